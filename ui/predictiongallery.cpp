#include "predictiongallery.h"

#include "imaging/thumbnails.h"
#include "project/assignlabelcommand.h"
#include "project/project.h"

#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace Hone {

PredictionGallery::PredictionGallery(Project *project, QWidget *parent)
    : QWidget(parent)
    , m_project(project)
    , m_list(new QListWidget(this))
    , m_caption(new QLabel(this))
{
    m_list->setViewMode(QListView::IconMode);
    m_list->setIconSize(QSize(ThumbnailDisplaySize, ThumbnailDisplaySize));
    m_list->setResizeMode(QListView::Adjust);
    m_list->setMovement(QListView::Static);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setWordWrap(true);
    m_list->setGridSize(QSize(ThumbnailDisplaySize + 24, ThumbnailDisplaySize + 56));
    // Digits would otherwise go to the list's keyboard search.
    m_list->installEventFilter(this);
    m_caption->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_caption);
    layout->addWidget(m_list, 1);
    connect(m_list, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem *item) {
        Q_EMIT openImageRequested(item->data(Qt::UserRole).toInt());
    });
    connect(m_list, &QListWidget::currentRowChanged, this, &PredictionGallery::currentPredictionChanged);
    connect(project, &Project::labelsChanged, this, &PredictionGallery::refreshTexts);
    connect(project, &Project::reset, this, &PredictionGallery::clear);
    // Rows shift when images come or go: the predictions no longer name the right images.
    const auto outdated = [this] {
        if (m_items.isEmpty())
            return;
        clear();
        m_caption->setText(tr("The project's images changed since these predictions were made: "
                              "evaluate again to see them."));
    };
    connect(project, &Project::imagesAboutToBeInserted, this, outdated);
    connect(project, &Project::imagesAboutToBeRemoved, this, outdated);
}

void PredictionGallery::setItems(const QStringList &classNames, const QVector<ValPrediction> &items,
                                 const QString &caption)
{
    m_list->clear();
    m_items.clear();
    m_classNames = classNames;
    m_caption->setText(caption);
    for (const ValPrediction &p : items) {
        if (p.row < 0 || p.row >= m_project->images().size())
            continue;
        m_items.append(p);
        const ImageEntry &entry = m_project->images().at(p.row);
        const QString thumb = thumbnailPath(m_project->cacheDirectory(), entry.hash);
        QString error;
        ensureThumbnail(m_project->absolutePath(entry.path), thumb, &error);
        // Small images are scaled up to the grid size, so every cell can be judged at a glance.
        const QImage image = QImage(thumb).scaled(ThumbnailSize, ThumbnailSize, Qt::KeepAspectRatio,
                                                 Qt::SmoothTransformation);
        auto *item = new QListWidgetItem(QIcon(QPixmap::fromImage(image)), QString(), m_list);
        item->setData(Qt::UserRole, p.row);
        item->setToolTip(entry.path);
    }
    refreshTexts();
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
}

void PredictionGallery::clear()
{
    m_list->clear();
    m_items.clear();
    m_caption->clear();
}

int PredictionGallery::imageCount() const
{
    return m_list->count();
}

QVector<int> PredictionGallery::rows() const
{
    QVector<int> rows;
    for (const ValPrediction &p : m_items)
        rows.append(p.row);
    return rows;
}

const ValPrediction *PredictionGallery::currentPrediction() const
{
    const int i = m_list->currentRow();
    return i >= 0 && i < m_items.size() ? &m_items.at(i) : nullptr;
}

void PredictionGallery::refreshTexts()
{
    for (int i = 0; i < m_list->count() && i < m_items.size(); ++i) {
        const ValPrediction &p = m_items.at(i);
        if (p.row >= m_project->images().size())
            continue;
        const ClassInfo *now = m_project->classById(m_project->images().at(p.row).label);
        QString text = tr("%1 → %2  %3 %")
                           .arg(m_classNames.value(p.trueClass), m_classNames.value(p.predicted))
                           .arg(qRound(p.confidence * 100));
        if (!now || now->name != m_classNames.value(p.trueClass))
            text += QLatin1Char('\n') + tr("now: %1").arg(now ? now->name : tr("unlabeled"));
        m_list->item(i)->setText(text);
    }
}

void PredictionGallery::relabelSelection(int classId)
{
    QVector<int> rows;
    for (QListWidgetItem *item : m_list->selectedItems()) {
        const int row = item->data(Qt::UserRole).toInt();
        if (row >= 0 && row < m_project->images().size())
            rows.append(row);
    }
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end());
    m_project->undoStack()->push(new AssignLabelCommand(m_project, rows, classId));
}

bool PredictionGallery::handleKey(QKeyEvent *event)
{
    const int key = event->key();
    if ((key == Qt::Key_Return || key == Qt::Key_Enter) && m_list->currentItem()) {
        Q_EMIT openImageRequested(m_list->currentItem()->data(Qt::UserRole).toInt());
        event->accept();
        return true;
    }
    if (key < Qt::Key_0 || key > Qt::Key_9 || (event->modifiers() & ~Qt::KeypadModifier) != Qt::NoModifier)
        return false;
    const int n = key - Qt::Key_0;
    if (n == 0)
        relabelSelection(-1);
    else if (n - 1 < m_project->classes().size())
        relabelSelection(m_project->classes().at(n - 1).id);
    event->accept();
    return true;
}

bool PredictionGallery::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress)
        return handleKey(static_cast<QKeyEvent *>(event));
    return QWidget::eventFilter(watched, event);
}

} // namespace Hone
