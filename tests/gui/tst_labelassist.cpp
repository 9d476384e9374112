// Labelling with the model through the real main window offscreen: a project of drawn circles
// and squares (reddish and bluish) with two labels per class; the suggestions arrive in the background as ghost tags,
// Enter accepts one (one undo step), a suggestion made stale by a label given since is never
// applied, "accept all above" is one undo step, the Label next queue never shows a labelled
// image, the head retrains after N new labels, and the Map lays every image out, labels a lasso
// selection with a key and opens a clicked image in the Dataset workspace.

#include "datasetworkspace.h"
#include "imagefiltermodel.h"
#include "imagegridmodel.h"
#include "imageviewer.h"
#include "label/labelassistant.h"
#include "mainwindow.h"
#include "map/embeddingmapview.h"
#include "map/mapworkspace.h"
#include "trainworkspace.h"

#include "project/acceptsuggestionscommand.h"
#include "project/assignlabelcommand.h"
#include "project/project.h"

#include "../testimages.h"

#include <QAction>
#include <QLabel>
#include <QListView>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

#include <opencv2/imgproc.hpp>

#include <random>

using namespace Hone;

class TestLabelAssist : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void suggestionsArriveAsGhostTags();
    void enterAcceptsAsOneUndoStep();
    void staleSuggestionIsNeverApplied();
    void acceptAllAboveIsOneUndoStep();
    void queueNeverShowsALabelledImage();
    void retrainsAfterNewLabels();
    void mapLassoLabelsAndClickOpens();
    void finishedRunsTrunkBecomesTheSource();
    void cleanupTestCase();

private:
    // An unlabelled image with a suggestion, as a project row; −1 when there is none.
    int suggestedRow() const;
    void select(int row);

    QTemporaryDir m_tmp;
    MainWindow *m_window = nullptr;
    DatasetWorkspace *m_dataset = nullptr;
    LabelAssistant *m_assistant = nullptr;
    Project *m_project = nullptr;
};

void TestLabelAssist::initTestCase()
{
    QSettings().setValue(QStringLiteral("label/suggestions"), true);
    const QString images = m_tmp.filePath(QStringLiteral("shapes"));
    // Reddish circles and bluish squares: alike within a class, apart between them.
    std::mt19937 rng(3);
    std::uniform_int_distribution<int> jitter(-30, 30);
    for (int i = 0; i < 20; ++i) {
        for (int k = 0; k < 2; ++k) {
            cv::Mat image(64, 64, CV_8UC3, cv::Scalar(30 + jitter(rng) / 3, 30, 30));
            const cv::Scalar colour = k == 0 ? cv::Scalar(40 + jitter(rng), 40, 200 + jitter(rng) / 2)
                                             : cv::Scalar(200 + jitter(rng) / 2, 60, 40 + jitter(rng));
            if (k == 0)
                cv::circle(image, cv::Point(32 + jitter(rng) / 5, 32), 18 + jitter(rng) / 6, colour, cv::FILLED);
            else
                cv::rectangle(image, cv::Rect(12 + jitter(rng) / 5, 12, 40, 40), colour, cv::FILLED);
            QVERIFY(TestImages::write(QStringLiteral("%1/%2/img-%3.png").arg(images, k == 0 ? QStringLiteral("circles") : QStringLiteral("squares")).arg(i),
                                      image, ".png"));
        }
    }
    m_window = new MainWindow;
    QVERIFY(m_window->newProject(m_tmp.filePath(QStringLiteral("project"))));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_project = m_window->project();
    m_dataset = m_window->datasetWorkspace();
    m_assistant = m_dataset->labelAssistant();
    QVERIFY(m_assistant->isEnabled());
    QSignalSpy imported(m_dataset, &DatasetWorkspace::importFinished);
    m_dataset->importSources({images});
    QVERIFY(imported.wait(60000));
    QCOMPARE(m_project->images().size(), 40);
    // Two labels per class; the rest unlabelled.
    QVector<int> clear;
    QHash<int, int> kept;
    for (int row = 0; row < m_project->images().size(); ++row) {
        const int label = m_project->images()[row].label;
        if (kept[label]++ >= 2)
            clear.append(row);
    }
    m_project->undoStack()->push(new AssignLabelCommand(m_project, clear, -1));
    m_project->undoStack()->clear();
}

void TestLabelAssist::cleanupTestCase()
{
    delete m_window;
}

int TestLabelAssist::suggestedRow() const
{
    for (int row = 0; row < m_project->images().size(); ++row) {
        const ImageEntry &image = m_project->images()[row];
        if (image.label < 0 && m_assistant->suggestion(image.path).classId >= 0)
            return row;
    }
    return -1;
}

void TestLabelAssist::select(int row)
{
    m_dataset->showImage(row);
    QListView *view = m_dataset->gridView();
    view->selectionModel()->select(view->currentIndex(), QItemSelectionModel::ClearAndSelect);
    view->setFocus();
}

void TestLabelAssist::suggestionsArriveAsGhostTags()
{
    QTRY_VERIFY_WITH_TIMEOUT(m_assistant->fits() > 0, 120000);
    QVERIFY(!m_assistant->isColdStart());
    ImageGridModel *model = qobject_cast<ImageGridModel *>(m_dataset->filterModel()->sourceModel());
    QVERIFY(model);
    int suggested = 0, right = 0;
    for (int row = 0; row < m_project->images().size(); ++row) {
        const ImageEntry &image = m_project->images()[row];
        const QModelIndex index = model->index(row);
        const int classId = index.data(ImageGridModel::SuggestedClassRole).toInt();
        if (image.label >= 0) {
            QCOMPARE(classId, -1);   // labelled images show their label, never a ghost
            QVERIFY(index.data(ImageGridModel::SuggestedNameRole).toString().isEmpty());
            continue;
        }
        QVERIFY(classId >= 0);
        ++suggested;
        const double confidence = index.data(ImageGridModel::SuggestedConfidenceRole).toDouble();
        QVERIFY(confidence >= 0.5 && confidence <= 1.0);   // two classes: the top one has at least half
        const QString expected = image.path.contains(QLatin1String("circles/")) ? QStringLiteral("circles") : QStringLiteral("squares");
        right += index.data(ImageGridModel::SuggestedNameRole).toString() == expected;
    }
    QCOMPARE(suggested, 36);
    QVERIFY2(right >= 27, qPrintable(QStringLiteral("%1 of 36 suggestions right").arg(right)));
    QVERIFY(!m_assistant->statusText().isEmpty());
}

void TestLabelAssist::enterAcceptsAsOneUndoStep()
{
    const int row = suggestedRow();
    QVERIFY(row >= 0);
    const int classId = m_assistant->suggestion(m_project->images()[row].path).classId;
    select(row);
    QVERIFY(m_dataset->viewer()->suggestionText().contains(m_project->classById(classId)->name));
    const int before = m_project->undoStack()->index();
    QTest::keyClick(m_dataset->gridView(), Qt::Key_Return);
    QCOMPARE(m_project->images()[row].label, classId);
    QCOMPARE(m_project->undoStack()->index(), before + 1);
    m_project->undoStack()->undo();
    QCOMPARE(m_project->images()[row].label, -1);
    // Space does the same.
    select(row);
    QTest::keyClick(m_dataset->gridView(), Qt::Key_Space);
    QCOMPARE(m_project->images()[row].label, classId);
    m_project->undoStack()->undo();
    QCOMPARE(m_project->images()[row].label, -1);
}

void TestLabelAssist::staleSuggestionIsNeverApplied()
{
    const int row = suggestedRow();
    QVERIFY(row >= 0);
    const int suggested = m_assistant->suggestion(m_project->images()[row].path).classId;
    int other = -1;
    for (const ClassInfo &c : m_project->classes()) {
        if (c.id != suggested)
            other = c.id;
    }
    // The user labels it otherwise before the head has retrained.
    m_project->undoStack()->push(new AssignLabelCommand(m_project, {row}, other));
    auto *stale = new AcceptSuggestionsCommand(m_project, {row}, {suggested});
    QCOMPARE(stale->accepted(), 0);
    m_project->undoStack()->push(stale);
    QCOMPARE(m_project->images()[row].label, other);
    select(row);
    QCOMPARE(m_dataset->acceptSelectedSuggestions(), 0);
    QCOMPARE(m_project->images()[row].label, other);
    // Accept-all skips it too.
    m_dataset->acceptSuggestionsAbove(0.0);
    QCOMPARE(m_project->images()[row].label, other);
    m_project->undoStack()->undo();   // accept-all
    m_project->undoStack()->undo();   // the user's label
    QCOMPARE(m_project->images()[row].label, -1);
}

void TestLabelAssist::acceptAllAboveIsOneUndoStep()
{
    QVector<int> rows, classIds;
    m_assistant->suggestionsAbove(0.6, &rows, &classIds);
    QVERIFY(!rows.isEmpty());
    const int before = m_project->undoStack()->index();
    QCOMPARE(m_dataset->acceptSuggestionsAbove(0.6), rows.size());
    QCOMPARE(m_project->undoStack()->index(), before + 1);
    for (int i = 0; i < rows.size(); ++i)
        QCOMPARE(m_project->images()[rows[i]].label, classIds[i]);
    m_project->undoStack()->undo();
    for (int row : rows)
        QCOMPARE(m_project->images()[row].label, -1);
}

void TestLabelAssist::queueNeverShowsALabelledImage()
{
    ImageFilterModel *filter = m_dataset->filterModel();
    m_dataset->queueModeAction()->setChecked(true);
    QVERIFY(filter->queueMode());
    int unlabelled = 0;
    for (const ImageEntry &image : m_project->images())
        unlabelled += image.label < 0;
    QCOMPARE(filter->rowCount(), unlabelled);
    for (int i = 0; i < filter->rowCount(); ++i)
        QCOMPARE(filter->index(i, 0).data(ImageGridModel::LabelIdRole).toInt(), -1);
    // The top of the queue is its first image.
    QCOMPARE(filter->index(0, 0).data(ImageGridModel::RowRole).toInt(), m_assistant->queueRows().first());
    // Labelling the current image with a key takes it out of the queue at once.
    QListView *view = m_dataset->gridView();
    view->setCurrentIndex(filter->index(0, 0));
    view->selectionModel()->select(view->currentIndex(), QItemSelectionModel::ClearAndSelect);
    const int labelled = view->currentIndex().data(ImageGridModel::RowRole).toInt();
    view->setFocus();
    QTest::keyClick(view, Qt::Key_1);
    QVERIFY(m_project->images()[labelled].label >= 0);
    QCOMPARE(filter->rowCount(), unlabelled - 1);
    for (int i = 0; i < filter->rowCount(); ++i)
        QVERIFY(filter->index(i, 0).data(ImageGridModel::RowRole).toInt() != labelled);
    // N jumps to the most useful unlabelled image.
    m_dataset->queueModeAction()->setChecked(false);
    QVERIFY(m_dataset->selectNextInQueue());
    QCOMPARE(m_project->images()[view->currentIndex().data(ImageGridModel::RowRole).toInt()].label, -1);
    m_project->undoStack()->undo();
}

void TestLabelAssist::retrainsAfterNewLabels()
{
    QTRY_VERIFY_WITH_TIMEOUT(!m_assistant->isBusy(), 60000);
    m_assistant->setRetrainEvery(3);
    const int fits = m_assistant->fits();
    QVector<int> rows;
    for (int row = 0; row < m_project->images().size() && rows.size() < 2; ++row) {
        if (m_project->images()[row].label < 0)
            rows.append(row);
    }
    const int circles = m_project->classIdByName(QStringLiteral("circles"));
    for (int row : rows)
        m_project->undoStack()->push(new AssignLabelCommand(m_project, {row}, circles));
    QTest::qWait(300);
    QCOMPARE(m_assistant->fits(), fits);   // two new labels: no retrain yet
    for (int row = 0; row < m_project->images().size(); ++row) {
        if (m_project->images()[row].label < 0) {
            m_project->undoStack()->push(new AssignLabelCommand(m_project, {row}, circles));
            break;
        }
    }
    QTRY_VERIFY2_WITH_TIMEOUT(m_assistant->fits() > fits, qPrintable(m_assistant->statusText()), 30000);
    for (int i = 0; i < 3; ++i)
        m_project->undoStack()->undo();
    m_assistant->setRetrainEvery(10);
}

void TestLabelAssist::mapLassoLabelsAndClickOpens()
{
    MapWorkspace *map = m_window->mapWorkspace();
    QSignalSpy ready(map, &MapWorkspace::mapReady);
    m_window->tabs()->setCurrentWidget(map);
    if (map->view()->pointCount() == 0)
        QVERIFY2(ready.wait(60000), qPrintable(map->summaryLabel()->text()));
    EmbeddingMapView *view = map->view();
    QCOMPARE(view->pointCount(), 40);
    for (int i = 0; i < view->pointCount(); ++i) {
        const QPointF p = view->widgetPosition(i);
        QVERIFY(view->rect().contains(p.toPoint()));
    }
    // A lasso drawn with the mouse around the whole map selects every point.
    const auto send = [view](QEvent::Type type, const QPointF &at, Qt::MouseButtons buttons) {
        QMouseEvent event(type, at, view->mapToGlobal(at), type == QEvent::MouseMove ? Qt::NoButton : Qt::LeftButton,
                          buttons, Qt::NoModifier);
        QApplication::sendEvent(view, &event);
    };
    const QRectF box = QRectF(view->rect()).adjusted(2, 2, -2, -2);
    send(QEvent::MouseButtonPress, box.topLeft(), Qt::LeftButton);
    send(QEvent::MouseMove, box.topRight(), Qt::LeftButton);
    send(QEvent::MouseMove, box.bottomRight(), Qt::LeftButton);
    send(QEvent::MouseMove, box.bottomLeft(), Qt::LeftButton);
    send(QEvent::MouseButtonRelease, box.bottomLeft(), Qt::NoButton);
    QCOMPARE(view->selection().size(), 40);
    // Ctrl takes points out again, Shift adds: keep three.
    view->setSelection({});
    for (int i = 0; i < 3; ++i) {
        const QPointF p = view->widgetPosition(i);
        view->selectInside(QPolygonF({p + QPointF(-1.5, -1.5), p + QPointF(1.5, -1.5), p + QPointF(1.5, 1.5), p + QPointF(-1.5, 1.5)}),
                           Qt::ShiftModifier);
    }
    const QVector<int> selected = view->selection();
    QVERIFY(selected.size() >= 3);   // and any point drawn on top of those three
    const int squares = m_project->classIdByName(QStringLiteral("squares"));
    const int key = m_project->classIndex(squares) + 1;
    const int before = m_project->undoStack()->index();
    view->setFocus();
    QTest::keyClick(view, Qt::Key(Qt::Key_0 + key));
    QCOMPARE(m_project->undoStack()->index(), before + 1);
    const QVector<int> rows = map->selectedRows();
    QCOMPARE(rows.size(), selected.size());
    for (int row : rows)
        QCOMPARE(m_project->images()[row].label, squares);
    m_project->undoStack()->undo();

    // A click on a point opens it in the Dataset workspace.
    const QPoint at = view->widgetPosition(5).toPoint();
    QTest::mouseClick(view, Qt::LeftButton, Qt::NoModifier, at);
    QCOMPARE(m_window->tabs()->currentWidget(), m_dataset);
    const int row = m_dataset->gridView()->currentIndex().data(ImageGridModel::RowRole).toInt();
    QVERIFY(row >= 0);
    m_window->tabs()->setCurrentWidget(map);
    // Back on the map the point is there (where it is now: the window's layout may have moved).
    QCOMPARE(view->idAt(view->widgetPosition(5).toPoint()) >= 0, true);
}

void TestLabelAssist::finishedRunsTrunkBecomesTheSource()
{
    // Every image labelled by its folder, one short run that trains the whole network.
    const int undoBase = m_project->undoStack()->index();
    for (const ClassInfo &c : m_project->classes()) {
        QVector<int> rows;
        for (int row = 0; row < m_project->images().size(); ++row) {
            if (m_project->images()[row].path.contains(QStringLiteral("/%1/").arg(c.name)))
                rows.append(row);
        }
        m_project->undoStack()->push(new AssignLabelCommand(m_project, rows, c.id));
    }
    QVERIFY(m_assistant->embeddings());
    const QString before = m_assistant->embeddings()->source;
    QVERIFY(!before.contains(QLatin1String("run")));
    TrainWorkspace *train = m_window->trainWorkspace();
    TrainingConfig config = train->config();
    config.epochs = 1;
    config.freezeDepth = 0;
    config.recipe = QStringLiteral("custom");
    train->setConfig(config);
    QSignalSpy finished(train, &TrainWorkspace::trainingFinished);
    train->startTraining();
    QVERIFY(train->isTraining());
    QVERIFY(finished.wait(180000));
    QTRY_VERIFY_WITH_TIMEOUT(m_assistant->embeddings() && m_assistant->embeddings()->source.contains(QLatin1String("run")),
                             60000);
    // Relabelling still works on the new features.
    while (m_project->undoStack()->index() > undoBase)
        m_project->undoStack()->undo();
    QTRY_VERIFY_WITH_TIMEOUT(!m_assistant->isBusy() && suggestedRow() >= 0, 60000);
}

QTEST_MAIN(TestLabelAssist)
#include "tst_labelassist.moc"
