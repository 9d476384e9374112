#include "failure.h"

#include <QCoreApplication>
#include <QException>

#include <opencv2/core.hpp>

#include <cxxabi.h>
#include <cstdlib>
#include <new>
#include <typeinfo>

namespace Hone {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Failure)
};

QString firstLine(const char *text)
{
    return QString::fromUtf8(text).section(QLatin1Char('\n'), 0, 0).trimmed();
}

QString typeName(const std::type_info &type)
{
    int status = 0;
    char *name = abi::__cxa_demangle(type.name(), nullptr, nullptr, &status);
    const QString result = QString::fromLatin1(status == 0 && name ? name : type.name());
    std::free(name);
    return result;
}

} // namespace

QString describeException(const std::exception_ptr &exception)
{
    if (!exception)
        return Text::tr("an unknown error");
    try {
        std::rethrow_exception(exception);
    } catch (const QUnhandledException &e) {
        // Qt Concurrent wraps what a task threw; the inner exception holds the reason.
        if (e.exception())
            return describeException(e.exception());
        return Text::tr("an unknown error in a background task");
    } catch (const std::bad_alloc &) {
        return Text::tr("not enough memory");
    } catch (const cv::Exception &e) {
        const QString message = firstLine(e.err.c_str());
        return Text::tr("image processing failed: %1").arg(message.isEmpty() ? firstLine(e.what()) : message);
    } catch (const std::exception &e) {
        const QString message = firstLine(e.what());
        if (message.isEmpty() || message == QLatin1String("std::exception"))
            return Text::tr("an unexpected error (%1)").arg(typeName(typeid(e)));
        return message;
    } catch (...) {
        return Text::tr("an unknown error");
    }
}

QString describeCurrentException()
{
    return describeException(std::current_exception());
}

} // namespace Hone
