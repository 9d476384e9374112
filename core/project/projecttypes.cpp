#include "projecttypes.h"

#include <QStringList>

namespace Hone {

QString splitName(Split split)
{
    switch (split) {
    case Split::Train:
        return QStringLiteral("train");
    case Split::Val:
        return QStringLiteral("val");
    case Split::Test:
        return QStringLiteral("test");
    case Split::Unassigned:
        break;
    }
    return QString();
}

bool splitFromName(const QString &name, Split *split)
{
    if (name == QLatin1String("train"))
        *split = Split::Train;
    else if (name == QLatin1String("val"))
        *split = Split::Val;
    else if (name == QLatin1String("test"))
        *split = Split::Test;
    else if (name.isEmpty() || name == QLatin1String("none"))
        *split = Split::Unassigned;
    else
        return false;
    return true;
}

QString defaultClassColor(int index)
{
    // Tableau 10: distinct, readable on light and dark backgrounds.
    static const QStringList palette = {
        QStringLiteral("#4e79a7"), QStringLiteral("#f28e2b"), QStringLiteral("#e15759"),
        QStringLiteral("#76b7b2"), QStringLiteral("#59a14f"), QStringLiteral("#edc948"),
        QStringLiteral("#b07aa1"), QStringLiteral("#ff9da7"), QStringLiteral("#9c755f"),
        QStringLiteral("#bab0ac")};
    return palette.at(((index % palette.size()) + palette.size()) % palette.size());
}

QString classFolderName(const QString &className)
{
    QString name = className;
    name.replace(QLatin1Char('/'), QLatin1Char('_')).replace(QLatin1Char('\\'), QLatin1Char('_'));
    while (name.startsWith(QLatin1Char('.')))
        name[0] = QLatin1Char('_');
    return name.trimmed().isEmpty() ? QStringLiteral("_") : name;
}

} // namespace Hone
