#pragma once

// Value types of a Hone project: classes with stable ids, images with project-relative POSIX paths.

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

namespace Hone {

enum class Split { Unassigned, Train, Val, Test };

QString splitName(Split split);
// Returns false for a name that is not "train", "val", "test" or "" / "none".
bool splitFromName(const QString &name, Split *split);

struct ClassInfo
{
    int id = -1;
    QString name;
    QString color;       // "#rrggbb"
    QJsonObject extra;   // keys this version does not know, kept for the next save

    bool operator==(const ClassInfo &o) const
    {
        return id == o.id && name == o.name && color == o.color && extra == o.extra;
    }
};

struct ImageEntry
{
    QString path;        // relative to the project folder, '/' separated; "../…" for images
                         // referenced where they are rather than copied in
    int label = -1;      // a ClassInfo::id, or -1 when unlabeled
    Split split = Split::Unassigned;
    QString hash;        // SHA-256 of the file content, hex
    // Kinds of data-doctor finding the user checked and dismissed for this image ("label",
    // "duplicate", "quality", "outlier"): a later scan does not report them again.
    QStringList reviewed;
    QJsonObject extra;

    bool operator==(const ImageEntry &o) const
    {
        return path == o.path && label == o.label && split == o.split && hash == o.hash
            && reviewed == o.reviewed && extra == o.extra;
    }
};

// The palette new classes take their colours from, in order.
QString defaultClassColor(int index);

// A class name as one folder name: no separators, no leading dot, never empty.
QString classFolderName(const QString &className);

} // namespace Hone
