#pragma once

// Importing images into a project. Importer::run() works off the UI thread (it touches only the
// file system); applyImport() then records the result in the project as one undoable command on
// the thread that owns the project.
//
// Layouts: "folders" — each sub-folder of a source is a class, images directly inside the source
// are unlabeled; "flat" — every image unlabeled; "auto" — folders when the source has image-bearing
// sub-folders (a .csv source is read as a label file); "csv" — each source is a CSV file of
// `path,label[,split]` rows (header optional, paths relative to the CSV, empty label = unlabeled,
// quotes, BOM and CRLF handled). Every file is read, its format sniffed, its size checked from the header, decoded
// and hashed; refused files get a reason and do not stop the rest. Exact duplicates (same SHA-256,
// in the project already or twice in the sources) are reported and imported once. Images are
// copied into the project's images/<class>/ unless they already lie inside the project folder or
// the import references them.

#include "project/projecttypes.h"

#include <QStringList>

#include <atomic>
#include <functional>

namespace Hone {

// Whether a file name has the suffix of an image format Hone reads (jpg, png, bmp, tiff, webp).
bool hasImageSuffix(const QString &path);
// The image files in dir (and its subfolders when recursive), sorted.
QStringList imagesUnder(const QString &dir, bool recursive);

class Project;

enum class ImportLayout { Auto, Folders, Flat, Csv };
bool importLayoutFromName(const QString &name, ImportLayout *layout);

struct ImportRejection
{
    QString path;
    QString reason;
};

struct ImportedImage
{
    ImageEntry entry;    // path is project-relative; label unset
    QString className;   // empty for unlabeled
};

struct ImportResult
{
    QVector<ImportedImage> images;
    QVector<ImportRejection> rejected;
    QStringList duplicates;
    bool cancelled = false;
    QString error;   // set when the import as a whole failed (nothing else is then meaningful)
};

class Importer
{
public:
    using Progress = std::function<void(int done, int total)>;

    // copy: copy images from outside the project into images/<class>/; otherwise reference them
    // where they are (the project then records a relative path that may lead out of its folder).
    Importer(const Project &project, ImportLayout layout = ImportLayout::Auto, bool copy = true);

    ImportResult run(const QStringList &sources, const Progress &progress = {},
                     const std::atomic_bool *cancel = nullptr) const;

private:
    QString m_projectDir;
    QString m_cacheDir;
    QSet<QString> m_knownHashes;
    QSet<QString> m_knownPaths;
    ImportLayout m_layout;
    bool m_copy = true;
};

// Adds the imported images and any new classes to the project as one undo command.
void applyImport(Project *project, const ImportResult &result);

} // namespace Hone
