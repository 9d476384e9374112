#pragma once

// The project file `project.hone.json`: reading and writing, with errors that name the place.
//
// Format: {"schemaVersion": 1, "appVersion": "...", "classes": [{"id", "name", "color"}],
// "images": [{"path", "label" (class id or null), "split", "hash"}], "training": {...}}.
// Keys this version does not know survive a load/save round trip at every level.

#include "projecttypes.h"

#include <QJsonObject>

namespace Hone {

struct ProjectData
{
    QVector<ClassInfo> classes;
    QVector<ImageEntry> images;
    QJsonObject training;   // default training settings for this project
    QJsonObject extra;      // unknown top-level keys
};

namespace ProjectFile {

constexpr int SchemaVersion = 1;
QString fileName();

QJsonObject toJson(const ProjectData &data);
bool fromJson(const QJsonObject &json, ProjectData *data, QString *error);

// Atomic write through QSaveFile: the file on disk is either the old or the new project. The
// file being replaced is kept as the backup (a hard link, so no copy is made), so a project file
// damaged later — by another program, a disk error, a hand edit — still has its last good version.
bool write(const QString &path, const ProjectData &data, QString *error);
bool read(const QString &path, ProjectData *data, QString *error);

// Files bigger than this are refused before they are read (100,000 images make about 20 MB).
constexpr qint64 MaxFileBytes = 64LL * 1024 * 1024;

// "project.hone.json.bak" beside the project file.
QString backupPath(const QString &path);
// Whether the backup exists and reads as a valid project.
bool backupReadable(const QString &path);
// Puts the backup in place of the project file; the file it replaces is kept as
// project.hone.json.damaged-<time> (its name in *keptAs).
bool restoreBackup(const QString &path, QString *keptAs, QString *error);

} // namespace ProjectFile
} // namespace Hone
