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

// Atomic write through QSaveFile: the file on disk is either the old or the new project.
bool write(const QString &path, const ProjectData &data, QString *error);
bool read(const QString &path, ProjectData *data, QString *error);

} // namespace ProjectFile
} // namespace Hone
