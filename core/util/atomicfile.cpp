#include "atomicfile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>

#include <cerrno>
#include <cstring>

namespace Hone {

bool openForAtomicWrite(QSaveFile *file)
{
    return file->open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

QString writeErrorString(const QFileDevice &file, int savedErrno)
{
    if (savedErrno != 0)
        return QString::fromLocal8Bit(std::strerror(savedErrno));
    const QString qt = file.errorString();
    return qt.isEmpty() ? QCoreApplication::translate("AtomicFile", "unknown error") : qt;
}

bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *error,
                         const std::function<void()> &beforeReplace)
{
    QSaveFile file(path);
    const auto fail = [&](int savedErrno) {
        if (error)
            *error = QCoreApplication::translate("AtomicFile", "cannot write %1: %2")
                         .arg(path, writeErrorString(file, savedErrno));
        file.cancelWriting();
        return false;
    };
    errno = 0;
    if (!openForAtomicWrite(&file))
        return fail(errno);
    errno = 0;
    if (file.write(bytes) != bytes.size())
        return fail(errno);
    if (beforeReplace)
        beforeReplace();
    errno = 0;
    if (!file.commit()) {
        const int savedErrno = errno;
        if (error)
            *error = QCoreApplication::translate("AtomicFile", "cannot write %1: %2")
                         .arg(path, writeErrorString(file, savedErrno));
        return false;
    }
    return true;
}

QString fileSha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return QString();
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace Hone
