#pragma once

// The project's images as a list model for the thumbnail grid. Thumbnails load off the UI thread
// (from cache/thumbs, made on demand) and a placeholder shows until they arrive. The model
// refreshes from the Project's change signals and never edits the project itself.

#include "project/projecttypes.h"

#include <QAbstractListModel>
#include <QCache>
#include <QPixmap>
#include <QSet>

namespace Hone {

class LabelAssistant;
class Project;

class ImageGridModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Roles {
        LabelNameRole = Qt::UserRole + 1,
        LabelColorRole,
        SplitRole,     // "train", "val", "test" or ""
        PathRole,
        LabelIdRole,   // class id, -1 when unlabeled
        SplitIdRole,   // int(Split)
        RowRole,       // the image's row in the project
        SuggestedClassRole,        // the class id suggested for an unlabelled image, -1 none
        SuggestedNameRole,         // its name, "" none
        SuggestedConfidenceRole,   // the suggestion's confidence, 0–1
        SuggestedColorRole,        // its class's colour
    };

    explicit ImageGridModel(Project *project, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // Unlabelled images show the assistant's suggestions (ghost tags); null: none.
    void setAssistant(LabelAssistant *assistant);

private:
    static QString thumbnailKey(const ImageEntry &image);
    void requestThumbnail(int row) const;
    void onThumbnailReady(const QString &hash, const QImage &image, int hintRow);
    void onLabelsChanged(const QVector<int> &rows);

    Project *m_project;
    LabelAssistant *m_assistant = nullptr;
    QPixmap m_placeholder;
    mutable QCache<QString, QPixmap> m_thumbnails;
    mutable QSet<QString> m_pending;
};

} // namespace Hone
