#include "datasetexporter.h"

#include "util/atomicfile.h"

#include "project/project.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>

namespace Hone {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DatasetExporter)
};

QString csvField(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"'))
        && !value.contains(QLatin1Char('\n')) && !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

int exportFolders(const Project &project, const DatasetExportOptions &options, QStringList *skipped,
                  QString *error)
{
    QDir out(options.output);
    if (out.exists() && !out.isEmpty()) {
        *error = Text::tr("%1 is not empty; choose a new folder").arg(options.output);
        return -1;
    }
    if (!out.mkpath(QStringLiteral("."))) {
        *error = Text::tr("cannot create %1").arg(options.output);
        return -1;
    }
    // One folder per class, unique even where two names only differ by case or by a '/'.
    QHash<int, QString> folders;
    QSet<QString> usedFolders;
    for (const ClassInfo &c : project.classes()) {
        QString folder = classFolderName(c.name);
        for (int n = 2; usedFolders.contains(folder.toLower()); ++n)
            folder = classFolderName(c.name) + QStringLiteral("-%1").arg(n);
        usedFolders.insert(folder.toLower());
        folders.insert(c.id, folder);
    }
    QSet<QString> taken;
    int written = 0;
    QStringList missing;
    for (const ImageEntry &image : project.images()) {
        const ClassInfo *info = project.classById(image.label);
        if (!info)
            continue;
        if (!QFileInfo(project.absolutePath(image.path)).isFile()) {
            missing.append(image.path);   // a referenced image that was moved: skip it, say so
            continue;
        }
        QString folder = folders.value(info->id);
        if (options.splitFolders)
            folder = (image.split == Split::Unassigned ? QStringLiteral("unassigned") : splitName(image.split))
                + QLatin1Char('/') + folder;
        out.mkpath(folder);
        const QFileInfo source(project.absolutePath(image.path));
        QString name = source.fileName();
        for (int n = 1; taken.contains(folder + QLatin1Char('/') + name); ++n)
            name = QStringLiteral("%1-%2.%3").arg(source.completeBaseName()).arg(n).arg(source.suffix());
        taken.insert(folder + QLatin1Char('/') + name);
        if (!QFile::copy(source.filePath(), out.filePath(folder + QLatin1Char('/') + name))) {
            *error = Text::tr("cannot copy %1 into %2").arg(image.path, out.filePath(folder));
            return -1;
        }
        ++written;
    }
    if (skipped)
        *skipped = missing;
    return written;
}

int exportCsv(const Project &project, const DatasetExportOptions &options, QString *error)
{
    const QDir base = QFileInfo(options.output).absoluteDir();
    QByteArray text = "path,label,split\n";
    int written = 0;
    for (const ImageEntry &image : project.images()) {
        const ClassInfo *info = project.classById(image.label);
        const QString path = base.relativeFilePath(project.absolutePath(image.path));
        text += (csvField(path) + QLatin1Char(',') + csvField(info ? info->name : QString())
                 + QLatin1Char(',') + splitName(image.split) + QLatin1Char('\n'))
                    .toUtf8();
        ++written;
    }
    if (!writeFileAtomically(options.output, text, error))
        return -1;
    return written;
}

} // namespace

bool datasetFormatFromName(const QString &name, DatasetFormat *format)
{
    if (name == QLatin1String("folders"))
        *format = DatasetFormat::Folders;
    else if (name == QLatin1String("csv"))
        *format = DatasetFormat::Csv;
    else
        return false;
    return true;
}

int exportDataset(const Project &project, const DatasetExportOptions &options, QString *error,
                  QStringList *skipped)
{
    if (options.output.isEmpty()) {
        *error = Text::tr("no output path");
        return -1;
    }
    return options.format == DatasetFormat::Csv ? exportCsv(project, options, error)
                                                : exportFolders(project, options, skipped, error);
}

} // namespace Hone
