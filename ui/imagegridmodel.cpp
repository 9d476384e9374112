#include "imagegridmodel.h"
#include "splittext.h"

#include "label/labelassistant.h"

#include "imaging/thumbnails.h"
#include "project/project.h"
#include "util/failure.h"

#include <QColor>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace Hone {

ImageGridModel::ImageGridModel(Project *project, QObject *parent)
    : QAbstractListModel(parent)
    , m_project(project)
    , m_thumbnails(4000 * 160 * 160 / (ThumbnailSize * ThumbnailSize))   // ~400 MB at most
{
    QPixmap placeholder(ThumbnailSize, ThumbnailSize);
    placeholder.fill(QColor(0xe8, 0xe8, 0xe8));
    m_placeholder = placeholder;

    connect(project, &Project::reset, this, [this] {
        beginResetModel();
        m_thumbnails.clear();
        m_pending.clear();
        endResetModel();
    });
    connect(project, &Project::imagesAboutToBeInserted, this, [this](int first, int last) {
        beginInsertRows(QModelIndex(), first, last);
    });
    connect(project, &Project::imagesInserted, this, [this] { endInsertRows(); });
    connect(project, &Project::imagesAboutToBeRemoved, this, [this](int first, int last) {
        beginRemoveRows(QModelIndex(), first, last);
    });
    connect(project, &Project::imagesRemoved, this, [this] { endRemoveRows(); });
    connect(project, &Project::labelsChanged, this, &ImageGridModel::onLabelsChanged);
    connect(project, &Project::splitsChanged, this, &ImageGridModel::onLabelsChanged);
    connect(project, &Project::classesChanged, this, [this] {
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0), index(rowCount() - 1));
    });
}

int ImageGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_project->images().size());
}

QVariant ImageGridModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return QVariant();
    const ImageEntry &image = m_project->images().at(index.row());
    const ClassInfo *info = m_project->classById(image.label);
    switch (role) {
    case Qt::DisplayRole:
        return QFileInfo(image.path).fileName();
    case Qt::ToolTipRole:
        return tr("%1\nclass: %2\nsplit: %3")
            .arg(image.path, info ? info->name : tr("unlabeled"),
                 image.split == Split::Unassigned ? tr("none") : splitText(image.split));
    case Qt::DecorationRole:
        if (QPixmap *pixmap = m_thumbnails.object(thumbnailKey(image)))
            return *pixmap;
        requestThumbnail(index.row());
        return m_placeholder;
    case LabelNameRole:
        return info ? info->name : QString();
    case LabelColorRole:
        return info ? QColor::fromString(info->color) : QColor();
    case SplitRole:
        return splitName(image.split);
    case PathRole:
        return image.path;
    case LabelIdRole:
        return image.label;
    case SplitIdRole:
        return int(image.split);
    case RowRole:
        return index.row();
    case SuggestedClassRole:
    case SuggestedNameRole:
    case SuggestedConfidenceRole:
    case SuggestedColorRole: {
        const LabelAssistant::Entry s = m_assistant && image.label < 0 ? m_assistant->suggestion(image.path)
                                                                       : LabelAssistant::Entry();
        const ClassInfo *suggested = m_project->classById(s.classId);
        if (role == SuggestedClassRole)
            return suggested ? s.classId : -1;
        if (role == SuggestedNameRole)
            return suggested ? suggested->name : QString();
        if (role == SuggestedColorRole)
            return suggested ? QColor::fromString(suggested->color) : QColor();
        return suggested ? double(s.confidence) : 0.0;
    }
    default:
        return QVariant();
    }
}

void ImageGridModel::setAssistant(LabelAssistant *assistant)
{
    if (m_assistant)
        disconnect(m_assistant, nullptr, this, nullptr);
    m_assistant = assistant;
    const auto refresh = [this] {
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0), index(rowCount() - 1),
                               {SuggestedClassRole, SuggestedNameRole, SuggestedConfidenceRole, SuggestedColorRole});
    };
    if (assistant)
        connect(assistant, &LabelAssistant::suggestionsChanged, this, refresh);
    refresh();
}

void ImageGridModel::requestThumbnail(int row) const
{
    const ImageEntry &image = m_project->images().at(row);
    const QString hash = thumbnailKey(image);
    if (m_pending.contains(hash))
        return;
    m_pending.insert(hash);
    const QString source = m_project->absolutePath(image.path);
    const QString target = thumbnailPath(m_project->cacheDirectory(), hash);
    const int hintRow = row;
    QPointer<ImageGridModel> self(const_cast<ImageGridModel *>(this));
    // Never throws: a continuation is skipped when its task threw, and the entry would stay pending.
    auto future = QtConcurrent::run([source, target]() {
        QImage image;
        QString error;
        catchAll([&] {
            if (ensureThumbnail(source, target, &error))
                image = QImage(target);
            return true;
        }, &error);
        return image;
    });
    future.then(const_cast<ImageGridModel *>(this), [self, hash, hintRow](const QImage &image) {
        if (self)
            self->onThumbnailReady(hash, image, hintRow);
    });
}

void ImageGridModel::onThumbnailReady(const QString &hash, const QImage &image, int hintRow)
{
    QPixmap pixmap(ThumbnailSize, ThumbnailSize);
    pixmap.fill(Qt::transparent);
    if (!image.isNull()) {
        QPainter painter(&pixmap);
        const QImage scaled = image.scaled(ThumbnailSize, ThumbnailSize, Qt::KeepAspectRatio,
                                           Qt::SmoothTransformation);
        painter.drawImage((ThumbnailSize - scaled.width()) / 2, (ThumbnailSize - scaled.height()) / 2,
                          scaled);
    } else {
        pixmap.fill(QColor(0xf4, 0xcc, 0xcc));   // the image could not be read
    }
    m_thumbnails.insert(hash, new QPixmap(pixmap));
    m_pending.remove(hash);
    // Rows may have moved since the request; the hint is right unless images were removed.
    if (hintRow < rowCount() && thumbnailKey(m_project->images().at(hintRow)) == hash) {
        Q_EMIT dataChanged(index(hintRow), index(hintRow), {Qt::DecorationRole});
        return;
    }
    for (int row = 0; row < rowCount(); ++row) {
        if (thumbnailKey(m_project->images().at(row)) == hash)
            Q_EMIT dataChanged(index(row), index(row), {Qt::DecorationRole});
    }
}

QString ImageGridModel::thumbnailKey(const ImageEntry &image)
{
    // Content hash when the project has one; a project file written by hand may not.
    if (!image.hash.isEmpty())
        return image.hash;
    return QString::fromLatin1(QCryptographicHash::hash(image.path.toUtf8(), QCryptographicHash::Sha256).toHex());
}

void ImageGridModel::onLabelsChanged(const QVector<int> &rows)
{
    for (int row : rows)
        Q_EMIT dataChanged(index(row), index(row));
}

} // namespace Hone
