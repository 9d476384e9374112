#include "projectfile.h"

#include "util/atomicfile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>

#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace Hone::ProjectFile {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ProjectFile)
};

QJsonObject without(QJsonObject object, std::initializer_list<const char *> keys)
{
    for (const char *key : keys)
        object.remove(QLatin1String(key));
    return object;
}

// Relative POSIX paths, normalised. "../" may lead to images referenced outside the project folder.
bool validRelativePath(const QString &path)
{
    if (path.isEmpty() || path.startsWith(QLatin1Char('/')) || path.contains(QLatin1Char('\\'))
        || (path.size() > 1 && path.at(1) == QLatin1Char(':')))
        return false;
    const auto parts = path.split(QLatin1Char('/'));
    return !parts.contains(QString()) && !parts.contains(QStringLiteral(".")) && QDir::cleanPath(path) == path;
}

} // namespace

QString fileName()
{
    return QStringLiteral("project.hone.json");
}

QJsonObject toJson(const ProjectData &data)
{
    QJsonObject root = data.extra;
    root[QStringLiteral("schemaVersion")] = SchemaVersion;
    root[QStringLiteral("appVersion")] = QStringLiteral(HONE_VERSION);

    QJsonArray classes;
    for (const ClassInfo &c : data.classes) {
        QJsonObject o = c.extra;
        o[QStringLiteral("id")] = c.id;
        o[QStringLiteral("name")] = c.name;
        o[QStringLiteral("color")] = c.color;
        classes.append(o);
    }
    root[QStringLiteral("classes")] = classes;

    QJsonArray images;
    for (const ImageEntry &image : data.images) {
        QJsonObject o = image.extra;
        o[QStringLiteral("path")] = image.path;
        o[QStringLiteral("label")] = image.label >= 0 ? QJsonValue(image.label) : QJsonValue();
        o[QStringLiteral("split")] = image.split == Split::Unassigned
            ? QJsonValue()
            : QJsonValue(splitName(image.split));
        o[QStringLiteral("hash")] = image.hash;
        if (!image.reviewed.isEmpty())
            o[QStringLiteral("reviewed")] = QJsonArray::fromStringList(image.reviewed);
        images.append(o);
    }
    root[QStringLiteral("images")] = images;
    if (!data.training.isEmpty())
        root[QStringLiteral("training")] = data.training;
    return root;
}

bool fromJson(const QJsonObject &root, ProjectData *data, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const QJsonValue schema = root.value(QStringLiteral("schemaVersion"));
    if (!schema.isDouble())
        return fail(Text::tr("schemaVersion: missing or not a number"));
    if (schema.toInt() > SchemaVersion)
        return fail(Text::tr("schemaVersion: %1 is newer than this version of Hone understands (%2)")
                        .arg(schema.toInt())
                        .arg(SchemaVersion));

    ProjectData out;
    out.extra = without(root, {"schemaVersion", "appVersion", "classes", "images", "training"});
    out.training = root.value(QStringLiteral("training")).toObject();

    const QJsonValue classesValue = root.value(QStringLiteral("classes"));
    if (!classesValue.isArray() && !classesValue.isUndefined())
        return fail(Text::tr("classes: not an array"));
    QSet<int> ids;
    QSet<QString> names;
    const QJsonArray classes = classesValue.toArray();
    for (int i = 0; i < classes.size(); ++i) {
        const QString where = QStringLiteral("classes[%1]").arg(i);
        if (!classes.at(i).isObject())
            return fail(where + Text::tr(": not an object"));
        const QJsonObject o = classes.at(i).toObject();
        ClassInfo c;
        if (!o.value(QStringLiteral("id")).isDouble())
            return fail(where + Text::tr(".id: missing or not a number"));
        c.id = o.value(QStringLiteral("id")).toInt(-1);
        if (c.id < 0 || ids.contains(c.id))
            return fail(where + Text::tr(".id: %1 is negative or used twice").arg(c.id));
        c.name = o.value(QStringLiteral("name")).toString();
        if (c.name.trimmed().isEmpty() || names.contains(c.name))
            return fail(where + Text::tr(".name: empty or used twice"));
        c.color = o.value(QStringLiteral("color")).toString(defaultClassColor(i));
        c.extra = without(o, {"id", "name", "color"});
        ids.insert(c.id);
        names.insert(c.name);
        out.classes.append(c);
    }

    const QJsonValue imagesValue = root.value(QStringLiteral("images"));
    if (!imagesValue.isArray() && !imagesValue.isUndefined())
        return fail(Text::tr("images: not an array"));
    const QJsonArray images = imagesValue.toArray();
    QSet<QString> paths;
    out.images.reserve(images.size());
    for (int i = 0; i < images.size(); ++i) {
        const QString where = QStringLiteral("images[%1]").arg(i);
        if (!images.at(i).isObject())
            return fail(where + Text::tr(": not an object"));
        const QJsonObject o = images.at(i).toObject();
        ImageEntry image;
        image.path = o.value(QStringLiteral("path")).toString();
        if (!validRelativePath(image.path))
            return fail(where + Text::tr(".path: '%1' is not a relative path in normal form")
                                    .arg(image.path));
        if (paths.contains(image.path))
            return fail(where + Text::tr(".path: '%1' is listed twice").arg(image.path));
        const QJsonValue label = o.value(QStringLiteral("label"));
        if (label.isDouble()) {
            image.label = label.toInt(-1);
            if (!ids.contains(image.label))
                return fail(where + Text::tr(".label: unknown class id %1").arg(label.toInt()));
        } else if (!label.isNull() && !label.isUndefined()) {
            return fail(where + Text::tr(".label: not a class id"));
        }
        if (!splitFromName(o.value(QStringLiteral("split")).toString(), &image.split))
            return fail(where + Text::tr(".split: '%1' is not train, val or test")
                                    .arg(o.value(QStringLiteral("split")).toString()));
        image.hash = o.value(QStringLiteral("hash")).toString();
        const QJsonValue reviewed = o.value(QStringLiteral("reviewed"));
        if (!reviewed.isUndefined() && !reviewed.isArray())
            return fail(where + Text::tr(".reviewed: not a list"));
        for (const QJsonValue &kind : reviewed.toArray()) {
            if (!kind.isString() || kind.toString().isEmpty())
                return fail(where + Text::tr(".reviewed: not a list of names"));
            if (!image.reviewed.contains(kind.toString()))
                image.reviewed.append(kind.toString());
        }
        image.extra = without(o, {"path", "label", "split", "hash", "reviewed"});
        paths.insert(image.path);
        out.images.append(image);
    }
    *data = std::move(out);
    return true;
}

namespace {

// The current file becomes the backup: a hard link under a temporary name renamed over the old
// backup, so at no moment is there no backup. Where links are not possible, a copy.
void keepBackup(const QString &path)
{
    if (!QFileInfo::exists(path))
        return;
    const QString backup = backupPath(path);
    const QString part = backup + QStringLiteral(".part");
    QFile::remove(part);
    const QByteArray from = QFile::encodeName(path), to = QFile::encodeName(part);
    if (::link(from.constData(), to.constData()) != 0 && !QFile::copy(path, part))
        return;
    if (::rename(to.constData(), QFile::encodeName(backup).constData()) != 0)
        QFile::remove(part);
}

} // namespace

QString backupPath(const QString &path)
{
    return path + QStringLiteral(".bak");
}

bool backupReadable(const QString &path)
{
    ProjectData data;
    return QFileInfo::exists(backupPath(path)) && read(backupPath(path), &data, nullptr);
}

bool restoreBackup(const QString &path, QString *keptAs, QString *error)
{
    const QString backup = backupPath(path);
    ProjectData data;
    QString why;
    if (!QFileInfo::exists(backup) || !read(backup, &data, &why)) {
        if (error)
            *error = QFileInfo::exists(backup) ? Text::tr("the backup cannot be used either: %1").arg(why)
                                               : Text::tr("there is no backup %1").arg(backup);
        return false;
    }
    const QString damaged = QStringLiteral("%1.damaged-%2")
                                .arg(path, QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    if (QFileInfo::exists(path) && !QFile::rename(path, damaged)) {
        if (error)
            *error = Text::tr("cannot move the damaged %1 aside").arg(path);
        return false;
    }
    if (keptAs)
        *keptAs = QFileInfo::exists(damaged) ? damaged : QString();
    // Written anew rather than renamed, so the backup stays as it is.
    return write(path, data, error);
}

bool write(const QString &path, const ProjectData &data, QString *error)
{
    const QByteArray bytes = QJsonDocument(toJson(data)).toJson(QJsonDocument::Indented);
    return writeFileAtomically(path, bytes, error, [&path] { keepBackup(path); });
}

bool read(const QString &path, ProjectData *data, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = Text::tr("cannot open %1: %2").arg(path, file.errorString());
        return false;
    }
    if (file.size() > MaxFileBytes) {
        if (error)
            *error = Text::tr("%1: %2 MB is far larger than any project file; it is not read")
                         .arg(path)
                         .arg(file.size() / (1024 * 1024));
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = Text::tr("%1: not valid JSON at offset %2: %3")
                         .arg(path)
                         .arg(parseError.offset)
                         .arg(parseError.errorString());
        return false;
    }
    if (!doc.isObject()) {
        if (error)
            *error = Text::tr("%1: the top level is not a JSON object").arg(path);
        return false;
    }
    QString message;
    if (!fromJson(doc.object(), data, &message)) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, message);
        return false;
    }
    return true;
}

} // namespace Hone::ProjectFile
