#include "desktoprecentlist.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QDomDocument>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUrl>

namespace Hone::DesktopRecentList {

namespace {

const QString bookmarkNs = QStringLiteral("http://www.freedesktop.org/standards/desktop-bookmarks");
const QString mimeNs = QStringLiteral("http://www.freedesktop.org/standards/shared-mime-info");

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QDomDocument emptyList()
{
    QDomDocument doc;
    doc.appendChild(doc.createProcessingInstruction(QStringLiteral("xml"),
                                                    QStringLiteral("version=\"1.0\" encoding=\"UTF-8\"")));
    QDomElement root = doc.createElement(QStringLiteral("xbel"));
    root.setAttribute(QStringLiteral("version"), QStringLiteral("1.0"));
    root.setAttribute(QStringLiteral("xmlns:bookmark"), bookmarkNs);
    root.setAttribute(QStringLiteral("xmlns:mime"), mimeNs);
    doc.appendChild(root);
    return doc;
}

QDomElement child(QDomElement parent, const QString &tag)
{
    QDomElement element = parent.firstChildElement(tag);
    if (element.isNull())
        element = parent.appendChild(parent.ownerDocument().createElement(tag)).toElement();
    return element;
}

} // namespace

QString path()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("recently-used.xbel"));
}

bool add(const QString &file, const QString &mimeType, QString *error)
{
    const QString listPath = path();
    QDomDocument doc;
    QFile in(listPath);
    if (in.exists()) {
        if (!in.open(QIODevice::ReadOnly)) {
            if (error)
                *error = in.errorString();
            return false;
        }
        QString parseError;
        if (!doc.setContent(&in, false, &parseError)
            || doc.documentElement().tagName() != QLatin1String("xbel")) {
            if (error)
                *error = QCoreApplication::translate("Hone", "%1 is not a bookmark list (%2); left as it is")
                             .arg(listPath, parseError);
            return false;
        }
    } else {
        doc = emptyList();
    }

    const QString href = QUrl::fromLocalFile(QFileInfo(file).absoluteFilePath()).toString(QUrl::FullyEncoded);
    const QString stamp = now();
    QDomElement root = doc.documentElement();
    QDomElement bookmark;
    for (QDomElement e = root.firstChildElement(QStringLiteral("bookmark")); !e.isNull();
         e = e.nextSiblingElement(QStringLiteral("bookmark")))
        if (e.attribute(QStringLiteral("href")) == href)
            bookmark = e;
    if (bookmark.isNull()) {
        bookmark = root.appendChild(doc.createElement(QStringLiteral("bookmark"))).toElement();
        bookmark.setAttribute(QStringLiteral("href"), href);
        bookmark.setAttribute(QStringLiteral("added"), stamp);
    }
    bookmark.setAttribute(QStringLiteral("modified"), stamp);
    bookmark.setAttribute(QStringLiteral("visited"), stamp);

    QDomElement metadata = child(child(bookmark, QStringLiteral("info")), QStringLiteral("metadata"));
    metadata.setAttribute(QStringLiteral("owner"), QStringLiteral("http://freedesktop.org"));
    child(metadata, QStringLiteral("mime:mime-type")).setAttribute(QStringLiteral("type"), mimeType);
    QDomElement applications = child(metadata, QStringLiteral("bookmark:applications"));
    QDomElement application;
    for (QDomElement e = applications.firstChildElement(QStringLiteral("bookmark:application")); !e.isNull();
         e = e.nextSiblingElement(QStringLiteral("bookmark:application")))
        if (e.attribute(QStringLiteral("name")) == QLatin1String("Hone"))
            application = e;
    if (application.isNull()) {
        application = applications.appendChild(doc.createElement(QStringLiteral("bookmark:application"))).toElement();
        application.setAttribute(QStringLiteral("name"), QStringLiteral("Hone"));
        application.setAttribute(QStringLiteral("exec"), QStringLiteral("'hone %f'"));
    }
    application.setAttribute(QStringLiteral("modified"), stamp);
    application.setAttribute(QStringLiteral("count"), application.attribute(QStringLiteral("count")).toInt() + 1);

    QDir().mkpath(QFileInfo(listPath).absolutePath());
    QSaveFile out(listPath);
    if (!out.open(QIODevice::WriteOnly) || out.write(doc.toByteArray(2)) < 0 || !out.commit()) {
        if (error)
            *error = out.errorString();
        return false;
    }
    return true;
}

} // namespace Hone::DesktopRecentList
