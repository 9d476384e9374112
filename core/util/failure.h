#pragma once

// Failures thrown by libraries (OpenCV, LibTorch, the standard library, Qt Concurrent) turned into
// one line a person can act on. Every place where work crosses a thread or the event loop catches
// there and reports with these, so that no exception ever reaches Qt or terminates the process.

#include <QString>

#include <exception>

namespace Hone {

// "not enough memory", the first line of an OpenCV or LibTorch message, the nested exception of a
// QUnhandledException; never a bare "std::exception".
QString describeException(const std::exception_ptr &exception);

// Inside a catch block: describes the exception being handled.
QString describeCurrentException();

// Runs f (returning bool); any exception becomes false with *error set.
template <class F>
bool catchAll(F &&f, QString *error)
{
    try {
        return f();
    } catch (...) {
        if (error)
            *error = describeCurrentException();
        return false;
    }
}

} // namespace Hone
