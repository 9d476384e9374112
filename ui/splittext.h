#pragma once

#include "project/projecttypes.h"

#include <QCoreApplication>
#include <QString>

namespace Hone {

// A split as the GUI shows it, in the user's language; splitName() stays the key that files and the
// CLI use. Short: the image grid paints it beside the class name.
inline QString splitText(Split split)
{
    switch (split) {
    case Split::Train:
        //: the training split, short (shown on image tiles)
        return QCoreApplication::translate("SplitText", "train");
    case Split::Val:
        //: the validation split, short (shown on image tiles)
        return QCoreApplication::translate("SplitText", "val");
    case Split::Test:
        //: the test split (noun), short (shown on image tiles)
        return QCoreApplication::translate("SplitText", "test");
    case Split::Unassigned:
        break;
    }
    return QString();
}

// The split named in a sentence ("Run 12 on the validation split").
inline QString splitLongText(Split split)
{
    switch (split) {
    case Split::Train:
        //: the training split, as named in a sentence ("on the training split")
        return QCoreApplication::translate("SplitText", "training");
    case Split::Val:
        //: the validation split, as named in a sentence ("on the validation split")
        return QCoreApplication::translate("SplitText", "validation");
    case Split::Test:
        //: the test split, as named in a sentence ("on the test split")
        return QCoreApplication::translate("SplitText", "test", "sentence");
    case Split::Unassigned:
        break;
    }
    return QString();
}

inline QString splitLongText(const QString &name)
{
    Split split = Split::Unassigned;
    return splitFromName(name, &split) && split != Split::Unassigned ? splitLongText(split) : name;
}

// The same for a stored name ("train", "val", "test"); anything else comes back as it is.
inline QString splitText(const QString &name)
{
    Split split = Split::Unassigned;
    return splitFromName(name, &split) && split != Split::Unassigned ? splitText(split) : name;
}

} // namespace Hone
