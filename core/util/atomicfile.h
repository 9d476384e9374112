#pragma once

// Files on disk: writing one so that what is there is either the old file or all of the new one,
// with the reason when it cannot be written (a full disk, a read-only folder, a file-size limit);
// and a file's content hash.
//
// Every write is unbuffered and checked. QSaveFile's buffered mode is never used: in Qt 6.4 its
// commit() succeeds even when flushing the buffer failed with "No space left on device", and puts
// an empty file in place of the old one.

#include <QByteArray>
#include <QSaveFile>
#include <QString>

#include <functional>

namespace Hone {

// beforeReplace runs after the new content is written and before it replaces the old file.
bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *error = nullptr,
                         const std::function<void()> &beforeReplace = {});

// Opens a QSaveFile for checked, unbuffered writes (for content written in pieces).
bool openForAtomicWrite(QSaveFile *file);

// The SHA-256 of a file's content (hex), or empty when it cannot be read.
QString fileSha256(const QString &path);

// The reason of the last failed operation on file, from errno when Qt has none to give.
QString writeErrorString(const QFileDevice &file, int savedErrno);

} // namespace Hone
