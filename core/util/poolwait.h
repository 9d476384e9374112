#pragma once

// Waiting for jobs of Qt's global thread pool from inside one of its threads. QtConcurrent's
// blocking map functions queue their work on the global pool and wait; a long task that runs on
// that pool and calls them holds a thread while it waits (with two cores the pool has two, so an
// export and an evaluation or a scan waiting at once would wait for ever). A PoolWait hands the
// thread back for the length of the wait, as QThreadPool::releaseThread() is meant for, and takes
// it back after; from any other thread it is harmless (the count goes down and up again).

#include <QThreadPool>

namespace Hone {

class PoolWait
{
public:
    PoolWait() { QThreadPool::globalInstance()->releaseThread(); }
    ~PoolWait() { QThreadPool::globalInstance()->reserveThread(); }
    PoolWait(const PoolWait &) = delete;
    PoolWait &operator=(const PoolWait &) = delete;
};

} // namespace Hone
