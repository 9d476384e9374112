#include "importer.h"

#include "csvreader.h"

#include "imaging/decodelimits.h"
#include "imaging/imagedecoder.h"
#include "imaging/thumbnails.h"
#include "project/addimagescommand.h"
#include "project/project.h"
#include "util/atomicfile.h"
#include "util/failure.h"
#include "util/poolwait.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Hone {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Importer)
};

const QStringList &imageSuffixes()
{
    static const QStringList suffixes = {
        QStringLiteral("jpg"), QStringLiteral("jpeg"), QStringLiteral("jpe"), QStringLiteral("png"),
        QStringLiteral("bmp"), QStringLiteral("dib"), QStringLiteral("tif"), QStringLiteral("tiff"),
        QStringLiteral("webp")};
    return suffixes;
}

} // namespace

bool hasImageSuffix(const QString &path)
{
    return imageSuffixes().contains(QFileInfo(path).suffix().toLower());
}

namespace {

// A million rows of long paths; anything bigger is not a label file.
constexpr qint64 MaxCsvBytes = 256LL * 1024 * 1024;

struct Candidate
{
    QString path;
    QString className;
    Split split = Split::Unassigned;
    // Set for a file whose name is not UTF-8 (an old archive's Latin-1, say): Qt cannot name it,
    // so it is read through these bytes, and `path` shows the name read as Latin-1.
    QByteArray rawPath;
};

bool rawNameRoundTrips(const QByteArray &raw)
{
    return QFile::encodeName(QFile::decodeName(raw)) == raw;
}

// The image files under dir whose names (or a folder's on the way) Qt cannot represent; every
// other file is found by QDirIterator. Symbolic links are not followed into folders.
void unrepresentableImagesUnder(const QByteArray &dir, bool recursive, QVector<QByteArray> *out)
{
    DIR *d = ::opendir(dir.constData());
    if (!d)
        return;
    while (const dirent *entry = ::readdir(d)) {
        const QByteArray name(entry->d_name);
        if (name == "." || name == "..")
            continue;
        const QByteArray path = dir + '/' + name;
        struct stat st;
        if (::lstat(path.constData(), &st) != 0)
            continue;
        if (S_ISDIR(st.st_mode)) {
            if (recursive)
                unrepresentableImagesUnder(path, true, out);
        } else if ((S_ISREG(st.st_mode) || S_ISLNK(st.st_mode)) && !rawNameRoundTrips(path)
                   && hasImageSuffix(QString::fromLatin1(name))) {
            out->append(path);
        }
    }
    ::closedir(d);
}

void addUnrepresentable(const QString &dir, bool recursive, const QString &className, QVector<Candidate> *candidates)
{
    QVector<QByteArray> raw;
    unrepresentableImagesUnder(QFile::encodeName(dir), recursive, &raw);
    std::sort(raw.begin(), raw.end());
    for (const QByteArray &path : raw)
        candidates->append({QString::fromLatin1(path), className, Split::Unassigned, path});
}

// Reads a file by its raw name, with the limits readFileBytes() applies.
bool readRawFileBytes(const QByteArray &path, QByteArray *bytes, QString *error)
{
    const int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        *error = Text::tr("cannot be read: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    struct stat st;
    const DecodeLimits limits;
    if (::fstat(fd, &st) != 0 || st.st_size <= 0 || st.st_size > limits.maxFileBytes) {
        *error = st.st_size == 0 ? Text::tr("the file is empty") : Text::tr("the file is larger than %1 MB").arg(limits.maxFileBytes / (1024 * 1024));
        ::close(fd);
        return false;
    }
    bytes->resize(qsizetype(st.st_size));
    qsizetype done = 0;
    while (done < bytes->size()) {
        const ssize_t n = ::read(fd, bytes->data() + done, size_t(bytes->size() - done));
        if (n <= 0)
            break;
        done += n;
    }
    ::close(fd);
    if (done != bytes->size()) {
        *error = Text::tr("cannot be read completely");
        return false;
    }
    return true;
}

struct Probe
{
    QString hash;
    QString reason;   // empty when the file is a usable image
};

} // namespace

QStringList imagesUnder(const QString &dir, bool recursive)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Readable,
                    recursive ? QDirIterator::Subdirectories : QDirIterator::NoIteratorFlags);
    while (it.hasNext()) {
        const QString file = it.next();
        if (hasImageSuffix(file))
            files.append(file);
    }
    files.sort();
    return files;
}

namespace {

QStringList classFolders(const QString &dir)
{
    QStringList folders;
    const auto entries = QDir(dir).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo &info : entries) {
        if (info.fileName() == QLatin1String("cache") || info.fileName() == QLatin1String("runs"))
            continue;
        if (!imagesUnder(info.absoluteFilePath(), true).isEmpty())
            folders.append(info.absoluteFilePath());
    }
    return folders;
}

// Rows of a `path,label` CSV as candidates; bad rows are refused with the line they are on.
void readCsv(const QString &csvPath, QVector<Candidate> *candidates, QVector<ImportRejection> *rejected)
{
    QFile file(csvPath);
    if (!file.open(QIODevice::ReadOnly)) {
        rejected->append({csvPath, Text::tr("cannot be read: %1").arg(file.errorString())});
        return;
    }
    if (file.size() > MaxCsvBytes) {
        rejected->append({csvPath, Text::tr("%1 MB is far larger than any label file; it is not read")
                                       .arg(file.size() / (1024 * 1024))});
        return;
    }
    QVector<CsvRow> rows;
    QString error;
    if (!parseCsv(file.readAll(), &rows, &error)) {
        rejected->append({csvPath, error});
        return;
    }
    static const QStringList headerWords = {QStringLiteral("path"), QStringLiteral("file"),
                                            QStringLiteral("filename"), QStringLiteral("filepath"),
                                            QStringLiteral("image")};
    const QDir base = QFileInfo(csvPath).absoluteDir();
    for (int i = 0; i < rows.size(); ++i) {
        const CsvRow &row = rows.at(i);
        if (row.fields.join(QString()).trimmed().isEmpty())
            continue;   // blank rows, as spreadsheets write them (",,")
        const QString path = row.fields.value(0).trimmed();
        if (i == 0 && headerWords.contains(path.toLower()))
            continue;
        const QString where = Text::tr("%1, line %2").arg(csvPath).arg(row.line);
        if (path.isEmpty()) {
            rejected->append({where, Text::tr("the row has no image path")});
            continue;
        }
        const QString absolute = QDir::cleanPath(base.absoluteFilePath(path));
        if (!QFileInfo(absolute).isFile()) {
            rejected->append({absolute, Text::tr("listed in %1 but does not exist").arg(where)});
            continue;
        }
        if (!hasImageSuffix(absolute)) {
            rejected->append({absolute, Text::tr("listed in %1 but is not an image file type").arg(where)});
            continue;
        }
        Split split = Split::Unassigned;
        const QString splitText = row.fields.value(2).trimmed().toLower();   // optional third column
        if (!splitFromName(splitText, &split)) {
            rejected->append({absolute, Text::tr("listed in %1 with the split '%2' (expected train, val, test or nothing)")
                                            .arg(where, splitText)});
            continue;
        }
        candidates->append({absolute, row.fields.value(1).trimmed(), split, {}});
    }
}

QString uniqueTarget(const QString &dir, const QString &fileName, QSet<QString> *taken)
{
    const QFileInfo info(fileName);
    QString name = fileName;
    for (int n = 1; taken->contains(QDir(dir).filePath(name)) || QFileInfo::exists(QDir(dir).filePath(name)); ++n)
        name = QStringLiteral("%1-%2.%3").arg(info.completeBaseName()).arg(n).arg(info.suffix());
    const QString target = QDir(dir).filePath(name);
    taken->insert(target);
    return target;
}

bool copyAtomically(const QString &from, const QString &to, QString *error)
{
    QDir().mkpath(QFileInfo(to).absolutePath());
    const QString part = to + QStringLiteral(".part");
    QFile::remove(part);
    QFile source(from);
    if (!source.copy(part)) {
        *error = Text::tr("cannot copy into the project: %1").arg(source.errorString());
        QFile::remove(part);
        return false;
    }
    if (!QFile::rename(part, to)) {
        *error = Text::tr("cannot move the copy into place");
        QFile::remove(part);
        return false;
    }
    return true;
}

} // namespace

bool importLayoutFromName(const QString &name, ImportLayout *layout)
{
    if (name == QLatin1String("auto"))
        *layout = ImportLayout::Auto;
    else if (name == QLatin1String("folders"))
        *layout = ImportLayout::Folders;
    else if (name == QLatin1String("flat"))
        *layout = ImportLayout::Flat;
    else if (name == QLatin1String("csv"))
        *layout = ImportLayout::Csv;
    else
        return false;
    return true;
}

Importer::Importer(const Project &project, ImportLayout layout, bool copy)
    : m_projectDir(project.directory())
    , m_cacheDir(project.cacheDirectory())
    , m_layout(layout)
    , m_copy(copy)
{
    for (const ImageEntry &image : project.images()) {
        m_knownHashes.insert(image.hash);
        m_knownPaths.insert(image.path);
    }
}

ImportResult Importer::run(const QStringList &sources, const Progress &progress,
                           const std::atomic_bool *cancel) const
{
    ImportResult result;
    QVector<Candidate> candidates;
    for (const QString &given : sources) {
        // Absolute from here on: relative sources would otherwise give relative candidate paths.
        const QString source = QFileInfo(given).absoluteFilePath();
        const QFileInfo info(source);
        if (!info.exists()) {
            result.rejected.append({source, Text::tr("does not exist")});
            continue;
        }
        const bool csv = m_layout == ImportLayout::Csv
            || (m_layout == ImportLayout::Auto && info.suffix().toLower() == QLatin1String("csv"));
        if (info.isFile() && csv) {
            readCsv(info.absoluteFilePath(), &candidates, &result.rejected);
            continue;
        }
        if (m_layout == ImportLayout::Csv) {
            result.rejected.append({source, Text::tr("is not a CSV file")});
            continue;
        }
        if (info.isFile()) {
            if (!hasImageSuffix(source))
                result.rejected.append({source, Text::tr("is not an image file type (%1)")
                                                    .arg(imageSuffixes().join(QStringLiteral(", ")))});
            else
                candidates.append({info.absoluteFilePath(), QString(), Split::Unassigned, {}});
            continue;
        }
        if (!info.isReadable()) {
            result.rejected.append({source, Text::tr("the folder cannot be read")});
            continue;
        }
        const QStringList folders = classFolders(source);
        const bool byFolder = m_layout == ImportLayout::Folders
            || (m_layout == ImportLayout::Auto && !folders.isEmpty());
        if (byFolder) {
            for (const QString &file : imagesUnder(source, false))
                candidates.append({file, QString(), Split::Unassigned, {}});
            addUnrepresentable(source, false, QString(), &candidates);
            for (const QString &folder : folders) {
                const QString className = QFileInfo(folder).fileName();
                for (const QString &file : imagesUnder(folder, true))
                    candidates.append({file, className, Split::Unassigned, {}});
                addUnrepresentable(folder, true, className, &candidates);
            }
        } else {
            for (const QString &file : imagesUnder(source, true))
                candidates.append({file, QString(), Split::Unassigned, {}});
            addUnrepresentable(source, true, QString(), &candidates);
        }
    }

    // Stage 1, in parallel: read, check, decode, hash and thumbnail every file.
    const QString cacheDir = m_cacheDir;
    // Nothing may escape a task of blockingMapped (it would arrive as a QUnhandledException and end
    // the whole import): whatever one file does, it is that file's refusal.
    auto probe = [cacheDir](const Candidate &c) {
        Probe p;
        QString reason;
        const bool ok = catchAll([&] {
            QByteArray bytes;
            cv::Mat bgr;
            const bool read = c.rawPath.isEmpty() ? readFileBytes(c.path, &bytes, &reason)
                                                  : readRawFileBytes(c.rawPath, &bytes, &reason);
            if (!read || !decodeImage(bytes, &bgr, &reason))
                return false;
            p.hash = QString::fromLatin1(
                QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
            // A thumbnail that cannot be written is made again when the grid shows the image.
            QString thumbError;
            writeThumbnail(bgr, thumbnailPath(cacheDir, p.hash), ThumbnailSize, &thumbError);
            return true;
        }, &reason);
        if (!ok) {
            p.hash.clear();
            p.reason = reason.isEmpty() ? Text::tr("cannot be read") : reason;
        }
        return p;
    };
    QVector<Probe> probes;
    probes.reserve(candidates.size());
    const int chunk = 32;
    for (int start = 0; start < candidates.size(); start += chunk) {
        if (cancel && cancel->load()) {
            result.cancelled = true;
            break;
        }
        const QVector<Candidate> part = candidates.mid(start, chunk);
        const PoolWait wait;
        probes += QtConcurrent::blockingMapped<QVector<Probe>>(part, probe);
        if (progress)
            progress(probes.size(), candidates.size());
    }

    // Stage 2, in order: drop duplicates, copy into the project, build entries.
    QSet<QString> hashes = m_knownHashes;
    QSet<QString> taken;   // absolute targets: known project paths (even if their file is gone) and this run's
    for (const QString &known : m_knownPaths)
        taken.insert(QDir::cleanPath(QDir(m_projectDir).filePath(known)));
    const QDir project(m_projectDir);
    const QString projectPrefix = QDir(m_projectDir).absolutePath() + QLatin1Char('/');
    for (int i = 0; i < probes.size(); ++i) {
        const Candidate &c = candidates.at(i);
        const Probe &p = probes.at(i);
        if (!p.reason.isEmpty()) {
            result.rejected.append({c.path, p.reason});
            continue;
        }
        if (hashes.contains(p.hash)) {
            result.duplicates.append(c.path);
            continue;
        }
        QString relative;
        if (!c.rawPath.isEmpty() && (!m_copy || c.path.startsWith(projectPrefix))) {
            result.rejected.append({c.path, Text::tr("the file name is not UTF-8, so the project cannot refer to it where it "
                                               "is: rename it, or import with copying")});
            continue;
        }
        if (!c.rawPath.isEmpty()) {
            // Copied under its name read as Latin-1, the usual source of such names.
            const QString folder = project.filePath(
                QStringLiteral("images/")
                + (c.className.isEmpty() ? QStringLiteral("unlabeled") : classFolderName(c.className)));
            const QString target = uniqueTarget(folder, QFileInfo(c.path).fileName(), &taken);
            QByteArray bytes;
            QString error;
            QDir().mkpath(folder);
            if (!readRawFileBytes(c.rawPath, &bytes, &error) || !writeFileAtomically(target, bytes, &error)) {
                result.rejected.append({c.path, error});
                continue;
            }
            relative = project.relativeFilePath(target);
        } else if (c.path.startsWith(projectPrefix) || !m_copy) {
            relative = project.relativeFilePath(c.path);
            if (QDir::isAbsolutePath(relative)) {   // another drive: no relative path leads there
                result.rejected.append({c.path, Text::tr("cannot be referenced from this project's drive; copy it instead")});
                continue;
            }
            if (m_knownPaths.contains(relative)) {
                result.duplicates.append(c.path);
                continue;
            }
        } else {
            const QString folder = project.filePath(
                QStringLiteral("images/")
                + (c.className.isEmpty() ? QStringLiteral("unlabeled") : classFolderName(c.className)));
            // A copy left by an import that was killed before it saved the project has the same
            // name and content: it is taken as it is rather than copied a second time.
            const QString leftOver = QDir(folder).filePath(QFileInfo(c.path).fileName());
            if (!taken.contains(leftOver) && fileSha256(leftOver) == p.hash) {
                taken.insert(leftOver);
                relative = project.relativeFilePath(leftOver);
            } else {
                const QString target = uniqueTarget(folder, QFileInfo(c.path).fileName(), &taken);
                QString error;
                if (!copyAtomically(c.path, target, &error)) {
                    result.rejected.append({c.path, error});
                    continue;
                }
                relative = project.relativeFilePath(target);
            }
        }
        hashes.insert(p.hash);
        ImportedImage imported;
        imported.entry.path = relative;
        imported.entry.hash = p.hash;
        imported.entry.split = c.split;
        imported.className = c.className;
        result.images.append(imported);
    }
    return result;
}

void applyImport(Project *project, const ImportResult &result)
{
    // The project may have changed since the import started (undo/redo): never add a path or a
    // content hash twice.
    QSet<QString> paths, hashes;
    for (const ImageEntry &image : project->images()) {
        paths.insert(image.path);
        hashes.insert(image.hash);
    }
    QVector<ClassInfo> newClasses;
    QHash<QString, int> ids;
    int nextId = project->nextClassId();
    for (const ClassInfo &c : project->classes())
        ids.insert(c.name, c.id);
    QVector<ImageEntry> entries;
    entries.reserve(result.images.size());
    for (const ImportedImage &imported : result.images) {
        ImageEntry entry = imported.entry;
        if (paths.contains(entry.path) || hashes.contains(entry.hash))
            continue;
        paths.insert(entry.path);
        hashes.insert(entry.hash);
        if (!imported.className.isEmpty()) {
            if (!ids.contains(imported.className)) {
                ClassInfo info;
                info.id = nextId++;
                info.name = imported.className;
                info.color = defaultClassColor(project->classes().size() + newClasses.size());
                newClasses.append(info);
                ids.insert(info.name, info.id);
            }
            entry.label = ids.value(imported.className);
        }
        entries.append(entry);
    }
    if (entries.isEmpty())
        return;
    project->undoStack()->push(new AddImagesCommand(project, newClasses, entries));
}

} // namespace Hone
