#include "addcorrectioncommand.h"

#include "project.h"
#include "util/atomicfile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Hone {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(UndoCommands)
};

// A name under `folder` (project-relative) that no file and no image of the project has.
QString uniqueRelativePath(const Project &project, const QString &folder, const QString &fileName)
{
    const QFileInfo info(fileName);
    const QString base = info.completeBaseName().isEmpty() ? QStringLiteral("image") : info.completeBaseName();
    const QString suffix = info.suffix().isEmpty() ? QStringLiteral("png") : info.suffix();
    QString relative = folder + QLatin1Char('/') + base + QLatin1Char('.') + suffix;
    for (int n = 1; project.imageIndex(relative) >= 0 || QFileInfo::exists(project.absolutePath(relative)); ++n)
        relative = QStringLiteral("%1/%2-%3.%4").arg(folder, base).arg(n).arg(suffix);
    return relative;
}

} // namespace

AddCorrectionCommand *AddCorrectionCommand::create(Project *project, const QByteArray &bytes,
                                                   const QString &fileName, int classId, QString *error)
{
    const ClassInfo *info = project->classById(classId);
    if (!info) {
        *error = Text::tr("The class does not exist in this project.");
        return nullptr;
    }
    if (bytes.isEmpty()) {
        *error = Text::tr("The image is empty.");
        return nullptr;
    }
    ImageEntry entry;
    entry.label = classId;
    entry.hash = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    for (const ImageEntry &image : project->images()) {
        if (image.hash == entry.hash) {
            *error = Text::tr("This image is in the dataset already, as %1.").arg(image.path);
            return nullptr;
        }
    }
    const QString folder = QStringLiteral("images/") + classFolderName(info->name);
    entry.path = uniqueRelativePath(*project, folder, QFileInfo(fileName).fileName());
    const QString target = project->absolutePath(entry.path);
    QString reason;
    if (!QDir().mkpath(QFileInfo(target).absolutePath())) {
        *error = Text::tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(QFileInfo(target).absolutePath()));
        return nullptr;
    }
    if (!writeFileAtomically(target, bytes, &reason)) {
        *error = Text::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(target), reason);
        return nullptr;
    }
    return new AddCorrectionCommand(project, bytes, entry, info->name);
}

AddCorrectionCommand::AddCorrectionCommand(Project *project, const QByteArray &bytes, const ImageEntry &entry,
                                           const QString &className)
    : m_project(project)
    , m_bytes(bytes)
    , m_entry(entry)
{
    setText(QCoreApplication::translate("UndoCommands", "Add %1 as %2")
                .arg(QFileInfo(entry.path).fileName(), className));
}

void AddCorrectionCommand::redo()
{
    const QString target = m_project->absolutePath(m_entry.path);
    // The file create() wrote, or the one undo removed: written again unless what lies there
    // now is this very image.
    if (fileSha256(target) != m_entry.hash) {
        QString reason;
        if (QFileInfo::exists(target) || !QDir().mkpath(QFileInfo(target).absolutePath())
            || !writeFileAtomically(target, m_bytes, &reason)) {
            qWarning("Cannot add %s again: %s", qPrintable(target),
                     qPrintable(reason.isEmpty() ? Text::tr("another file has taken its place") : reason));
            setObsolete(true);   // the stack drops a command that cannot be redone
            return;
        }
    }
    m_project->insertImages(m_project->images().size(), {m_entry});
    m_inserted = true;
}

void AddCorrectionCommand::undo()
{
    if (!m_inserted)
        return;
    m_inserted = false;
    const int row = m_project->imageIndex(m_entry.path);
    if (row >= 0)
        m_project->removeImages(row, 1);
    const QString target = m_project->absolutePath(m_entry.path);
    if (fileSha256(target) == m_entry.hash)
        QFile::remove(target);
}

} // namespace Hone
