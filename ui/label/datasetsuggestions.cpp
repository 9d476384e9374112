// The Dataset workspace's labelling with the model: ghost tags, accepting suggestions, the "Label
// next" queue. (DatasetWorkspace's members, kept apart from the import and split code.)

#include "datasetworkspace.h"

#include "imagefiltermodel.h"
#include "imagegridmodel.h"
#include "imageviewer.h"
#include "label/labelassistant.h"

#include "project/acceptsuggestionscommand.h"
#include "project/project.h"

#include <QAction>
#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QListView>
#include <QSettings>
#include <QToolButton>

namespace Hone {

void DatasetWorkspace::createSuggestionActions()
{
    QSettings settings;
    m_showSuggestions = new QAction(tr("Show Su&ggested Labels"), this);
    m_showSuggestions->setObjectName(QStringLiteral("showSuggestions"));
    m_showSuggestions->setCheckable(true);
    m_showSuggestions->setChecked(settings.value(QStringLiteral("label/suggestions"), true).toBool());
    m_showSuggestions->setToolTip(tr("Suggest classes for unlabeled images with a head trained on the labeled "
                                     "ones; it retrains in the background as you label."));
    connect(m_showSuggestions, &QAction::toggled, this, [this](bool on) {
        QSettings().setValue(QStringLiteral("label/suggestions"), on);
        m_assistant->setEnabled(on);
    });

    m_acceptSuggestion = new QAction(tr("&Accept Suggested Label"), this);
    m_acceptSuggestion->setObjectName(QStringLiteral("acceptSuggestion"));
    m_acceptSuggestion->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter), QKeySequence(Qt::Key_Space)});
    m_acceptSuggestion->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_acceptSuggestion, &QAction::triggered, this, [this] {
        if (acceptSelectedSuggestions() == 0)
            Q_EMIT statusMessage(tr("No suggestion to accept here"));
    });
    m_view->addAction(m_acceptSuggestion);
    m_viewer->addAction(m_acceptSuggestion);

    m_acceptAbove = new QAction(tr("Accept All Suggestions A&bove…"), this);
    m_acceptAbove->setObjectName(QStringLiteral("acceptAbove"));
    connect(m_acceptAbove, &QAction::triggered, this, [this] {
        bool ok = false;
        const int percent = QInputDialog::getInt(this, tr("Accept Suggestions"),
                                                 tr("Accept every suggested label at or above this confidence (%):"),
                                                 QSettings().value(QStringLiteral("label/acceptAbove"), 90).toInt(), 50,
                                                 100, 1, &ok);
        if (!ok)
            return;
        QSettings().setValue(QStringLiteral("label/acceptAbove"), percent);
        const int accepted = acceptSuggestionsAbove(percent / 100.0);
        Q_EMIT statusMessage(tr("Accepted %n suggested label(s) (undo reverts them all)", nullptr, accepted));
    });

    m_queueMode = new QAction(tr("&Label Next Queue"), this);
    m_queueMode->setObjectName(QStringLiteral("labelNextQueue"));
    m_queueMode->setCheckable(true);
    m_queueMode->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_queueMode->setToolTip(tr("Show only unlabeled images, the ones whose labels teach the model most first"));
    connect(m_queueMode, &QAction::toggled, this, [this](bool on) {
        m_filter->setQueue(m_assistant->queueRows());
        m_filter->setQueueMode(on);
        if (on && m_filter->rowCount() > 0) {
            m_view->setCurrentIndex(m_filter->index(0, 0));
            m_view->scrollToTop();
        }
    });
    if (auto *button = findChild<QToolButton *>(QStringLiteral("labelNextButton")))
        button->setDefaultAction(m_queueMode);

    m_nextInQueue = new QAction(tr("Ne&xt in Label Queue"), this);
    m_nextInQueue->setObjectName(QStringLiteral("nextInQueue"));
    m_nextInQueue->setShortcut(QKeySequence(Qt::Key_N));
    m_nextInQueue->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_nextInQueue, &QAction::triggered, this, [this] {
        if (!selectNextInQueue())
            Q_EMIT statusMessage(tr("Nothing left to label"));
    });
    m_view->addAction(m_nextInQueue);
    m_viewer->addAction(m_nextInQueue);

    connect(m_strategy, &QComboBox::currentIndexChanged, this, [this] {
        m_assistant->setStrategy(QueryStrategy(m_strategy->currentData().toInt()));
    });
    connect(m_assistant, &LabelAssistant::statusChanged, m_assistStatus, &QLabel::setText);
    connect(m_assistant, &LabelAssistant::suggestionsChanged, this, [this] {
        m_filter->setQueue(m_assistant->queueRows());
        updateViewerSuggestion();
    });
    connect(m_project, &Project::labelsChanged, this, &DatasetWorkspace::updateViewerSuggestion);
    m_assistant->setEnabled(m_showSuggestions->isChecked());
}

void DatasetWorkspace::updateViewerSuggestion()
{
    const QModelIndex current = m_view->currentIndex();
    const QString name = current.isValid() ? current.data(ImageGridModel::SuggestedNameRole).toString() : QString();
    if (name.isEmpty()) {
        m_viewer->setSuggestion(QString(), QColor());
        return;
    }
    const int percent = qRound(100.0 * current.data(ImageGridModel::SuggestedConfidenceRole).toDouble());
    m_viewer->setSuggestion(tr("%1? %2 % — Enter accepts").arg(name).arg(percent),
                            current.data(ImageGridModel::SuggestedColorRole).value<QColor>());
}

int DatasetWorkspace::acceptSelectedSuggestions()
{
    QVector<int> rows, classIds;
    for (int row : selectedRows()) {
        const QModelIndex index = m_model->index(row);
        const int classId = index.data(ImageGridModel::SuggestedClassRole).toInt();
        if (classId >= 0) {
            rows.append(row);
            classIds.append(classId);
        }
    }
    if (rows.isEmpty())
        return 0;
    const int current = m_view->currentIndex().row();
    auto *command = new AcceptSuggestionsCommand(m_project, rows, classIds);
    const int accepted = command->accepted();
    m_project->undoStack()->push(command);   // an obsolete (empty) command is dropped by the stack
    moveOnAfterLabelling(rows, current);
    return accepted;
}

int DatasetWorkspace::acceptSuggestionsAbove(double threshold)
{
    QVector<int> rows, classIds;
    m_assistant->suggestionsAbove(threshold, &rows, &classIds);
    if (rows.isEmpty())
        return 0;
    auto *command = new AcceptSuggestionsCommand(m_project, rows, classIds);
    const int accepted = command->accepted();
    m_project->undoStack()->push(command);
    return accepted;
}

bool DatasetWorkspace::selectNextInQueue()
{
    const QVector<int> queue = m_assistant->queueRows();
    if (queue.isEmpty())
        return false;
    const int current = m_view->currentIndex().isValid() ? m_view->currentIndex().data(ImageGridModel::RowRole).toInt() : -1;
    // The top of the queue, or the one after the current image when that is the top already.
    int pick = queue.first();
    if (pick == current && queue.size() > 1)
        pick = queue[1];
    showImage(pick);
    return true;
}

} // namespace Hone
