#pragma once

#include <QCoreApplication>
#include <QString>

namespace Hone {

// A run's status as run.json stores it ("finished", "stopped", …) in the user's language; the stored
// word stays the key that code compares, so only what is shown goes through here.
inline QString runStatusText(const QString &status)
{
    if (status == QLatin1String("running"))
        return QCoreApplication::translate("RunStatus", "running");
    if (status == QLatin1String("finished"))
        return QCoreApplication::translate("RunStatus", "finished");
    if (status == QLatin1String("stopped"))
        return QCoreApplication::translate("RunStatus", "stopped");
    if (status == QLatin1String("failed"))
        return QCoreApplication::translate("RunStatus", "failed");
    if (status == QLatin1String("interrupted"))
        //: the application ended while the run was training
        return QCoreApplication::translate("RunStatus", "interrupted");
    return status;
}

} // namespace Hone
