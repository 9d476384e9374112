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

// The same for a stored name ("train", "val", "test"); anything else comes back as it is.
inline QString splitText(const QString &name)
{
    Split split = Split::Unassigned;
    return splitFromName(name, &split) && split != Split::Unassigned ? splitText(split) : name;
}

} // namespace Hone
