#include "confusiongallery.h"

#include "imaging/thumbnails.h"
#include "project/assignlabelcommand.h"
#include "project/project.h"

#include <QFileInfo>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace Hone {

ConfusionGallery::ConfusionGallery(Project *project, const QStringList &classNames,
                                   const QVector<ValPrediction> &predictions, int trueClass,
                                   int predictedClass, QWidget *parent)
    : QDialog(parent)
    , m_project(project)
    , m_classNames(classNames)
    , m_list(new QListWidget(this))
    , m_caption(new QLabel(this))
{
    setObjectName(QStringLiteral("confusionGallery"));
    setWindowTitle(tr("%1 predicted as %2").arg(classNames.value(trueClass), classNames.value(predictedClass)));
    for (const ValPrediction &p : predictions) {
        if (p.trueClass == trueClass && p.predicted == predictedClass && p.row >= 0
            && p.row < project->images().size())
            m_items.append(p);
    }
    // The most confident first: a confident mistake is the likeliest label error.
    std::stable_sort(m_items.begin(), m_items.end(),
                     [](const ValPrediction &a, const ValPrediction &b) { return a.confidence > b.confidence; });

    m_list->setViewMode(QListView::IconMode);
    m_list->setIconSize(QSize(ThumbnailSize, ThumbnailSize));
    m_list->setResizeMode(QListView::Adjust);
    m_list->setMovement(QListView::Static);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setWordWrap(true);
    m_list->setGridSize(QSize(ThumbnailSize + 24, ThumbnailSize + 56));
    for (const ValPrediction &p : m_items) {
        const ImageEntry &entry = project->images().at(p.row);
        const QString thumb = thumbnailPath(project->cacheDirectory(), entry.hash);
        QString error;
        ensureThumbnail(project->absolutePath(entry.path), thumb, &error);
        // Small images are scaled up to the grid size, so every cell can be judged at a glance.
        const QImage image = QImage(thumb).scaled(ThumbnailSize, ThumbnailSize, Qt::KeepAspectRatio,
                                                 Qt::SmoothTransformation);
        auto *item = new QListWidgetItem(QIcon(QPixmap::fromImage(image)), QString(), m_list);
        item->setData(Qt::UserRole, p.row);
        item->setToolTip(entry.path);
    }
    m_caption->setWordWrap(true);
    m_caption->setText(tr("%n image(s) of class %1 predicted as %2, most confident first. Press 1–9 to "
                          "give the selected images a class, 0 to unlabel them (Edit › Undo reverts); "
                          "double-click to open an image in the Dataset view.",
                          nullptr, int(m_items.size()))
                           .arg(classNames.value(trueClass), classNames.value(predictedClass)));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_caption);
    layout->addWidget(m_list, 1);
    resize(760, 520);
    refreshTexts();
    connect(m_list, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem *item) {
        Q_EMIT openImageRequested(item->data(Qt::UserRole).toInt());
    });
    connect(project, &Project::labelsChanged, this, &ConfusionGallery::refreshTexts);
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
}

int ConfusionGallery::imageCount() const
{
    return m_list->count();
}

QVector<int> ConfusionGallery::rows() const
{
    QVector<int> rows;
    for (int i = 0; i < m_list->count(); ++i)
        rows.append(m_list->item(i)->data(Qt::UserRole).toInt());
    return rows;
}

void ConfusionGallery::refreshTexts()
{
    for (int i = 0; i < m_list->count() && i < m_items.size(); ++i) {
        const ValPrediction &p = m_items.at(i);
        const ClassInfo *now = m_project->classById(m_project->images().at(p.row).label);
        QString text = tr("%1 → %2  %3 %")
                           .arg(m_classNames.value(p.trueClass), m_classNames.value(p.predicted))
                           .arg(qRound(p.confidence * 100));
        if (!now || now->name != m_classNames.value(p.trueClass))
            text += QLatin1Char('\n') + tr("now: %1").arg(now ? now->name : tr("unlabeled"));
        m_list->item(i)->setText(text);
    }
}

void ConfusionGallery::relabelSelection(int classId)
{
    QVector<int> rows;
    for (QListWidgetItem *item : m_list->selectedItems())
        rows.append(item->data(Qt::UserRole).toInt());
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end());
    m_project->undoStack()->push(new AssignLabelCommand(m_project, rows, classId));
}

void ConfusionGallery::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    if (key >= Qt::Key_0 && key <= Qt::Key_9 && event->modifiers() == Qt::NoModifier) {
        const int n = key - Qt::Key_0;
        if (n == 0)
            relabelSelection(-1);
        else if (n - 1 < m_project->classes().size())
            relabelSelection(m_project->classes().at(n - 1).id);
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

} // namespace Hone
