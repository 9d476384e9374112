#include "versioninfo.h"

#include "nn/runtime.h"

#include <QCoreApplication>
#include <QStringList>
#include <QtGlobal>

#include <opencv2/core/utility.hpp>

namespace Hone {

QString versionText()
{
    // The CUDA line asks the driver, so it tells whether this machine can train on a GPU, not
    // only whether LibTorch was built for one.
    const int devices = Nn::cudaAvailable() ? Nn::cudaDeviceCount() : 0;
    const QString cuda = devices > 0
        ? QCoreApplication::translate("VersionInfo", "CUDA: available (%n device(s))", nullptr, devices)
        : QCoreApplication::translate("VersionInfo", "CUDA: not available");
    return QStringList{
        QStringLiteral(HONE_VERSION),
        QStringLiteral("Qt %1 (built against %2)").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)),
        QStringLiteral("LibTorch ") + QString::fromStdString(Nn::torchVersion()),
        QStringLiteral("OpenCV ") + QString::fromStdString(cv::getVersionString()),
        cuda,
    }.join(QLatin1Char('\n'));
}

} // namespace Hone
