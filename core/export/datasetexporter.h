#pragma once

// Exports a project's images for other tools: an ImageFolder tree of the labeled images (one
// folder per class, optionally under train/val/test) or a CSV of `path,label,split` rows for every
// image (unlabeled ones with an empty label), paths relative to the CSV — which Hone's own CSV
// import reads back.

#include <QString>

namespace Hone {

class Project;

enum class DatasetFormat { Folders, Csv };
bool datasetFormatFromName(const QString &name, DatasetFormat *format);

struct DatasetExportOptions
{
    DatasetFormat format = DatasetFormat::Folders;
    QString output;               // a new or empty folder, or the CSV file
    bool splitFolders = false;    // folders: <output>/<split>/<class>/
};

// Returns the number of images written; -1 with *error on failure. Images whose file is missing
// (a referenced image moved away) are left out of a folder export and listed in *skipped.
int exportDataset(const Project &project, const DatasetExportOptions &options, QString *error,
                  QStringList *skipped = nullptr);

} // namespace Hone
