#pragma once

// The event loop's responsiveness for the GUI benches: the longest gap between turns of a
// zero-interval timer while work goes on.

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <cstdio>

// Gaps between event-loop turns: the longest, when it happened, and how many exceeded 50 ms and
// 16 ms (one frame at 60 Hz).
struct StallMeter
{
    QElapsedTimer since;
    QElapsedTimer elapsed;
    QTimer tick;
    qint64 turns = 0;
    qint64 worst = 0;
    qint64 worstAt = 0;
    qint64 overFrame = 0;
    qint64 overGoal = 0;

    StallMeter()
    {
        tick.setInterval(0);
        QObject::connect(&tick, &QTimer::timeout, [this] {
            const qint64 gap = since.restart();
            ++turns;
            overFrame += gap > 16 ? 1 : 0;
            overGoal += gap > 50 ? 1 : 0;
            if (gap > worst) {
                worst = gap;
                worstAt = elapsed.elapsed();
            }
        });
    }
    void start()
    {
        turns = worst = worstAt = overFrame = overGoal = 0;
        since.start();
        elapsed.start();
        tick.start();
    }
    // The turn in progress counts too: it may be the one that shows the results.
    void stop()
    {
        const qint64 gap = since.elapsed();
        if (gap > worst) {
            worst = gap;
            worstAt = elapsed.elapsed();
        }
        tick.stop();
    }
    void report(const char *what) const
    {
        std::printf("%-34s longest stall %4lld ms (at %.1f of %.1f s); %lld turns over 16 ms, %lld over 50 ms "
                    "(goal: longest <= 50 ms)\n",
                    what, worst, worstAt / 1000.0, elapsed.elapsed() / 1000.0, overFrame, overGoal);
    }
};

