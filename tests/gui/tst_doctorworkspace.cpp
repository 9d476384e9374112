// Drives the Doctor workspace through the real main window offscreen: a small project of drawn
// shapes with an exact duplicate across train and validation (the same pixels as PNG and BMP) and
// one square filed under circles; Scan, the counts per kind, then one-key fixes — checked, keep
// one of a duplicate group, one split for the group — each done, undone and redone, comparing the
// project file on disk each time.

#include "datasetworkspace.h"
#include "doctor/doctorfindingsmodel.h"
#include "doctor/doctorworkspace.h"
#include "mainwindow.h"
#include "trainworkspace.h"

#include "project/project.h"
#include "project/setsplitscommand.h"

#include "../testimages.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTreeView>
#include <QUndoStack>
#include <QtTest>

#include <opencv2/imgcodecs.hpp>

#include <random>

using namespace Hone;

namespace {

QJsonObject savedProject(const Project *project)
{
    return QJsonDocument::fromJson(TestImages::readBytes(project->filePath())).object();
}

// The number in "Duplicates (3)".
int shownCount(DoctorWorkspace *doctor, FindingKind kind)
{
    const QString text = doctor->kindList()->item(int(kind))->text();
    const int open = int(text.lastIndexOf(QLatin1Char('(')));
    return text.mid(open + 1, text.size() - open - 2).toInt();
}

} // namespace

class TestDoctorWorkspace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void scanShowsCounts();
    void markCheckedUndoRedo();
    void keepOneUndoRedo();
    void oneSplitForTheGroup();
    void acceptSuggestedLabel();
    void deleteImage();
    void retrainStartsTraining();
    void cleanupTestCase();

private:
    // The top-level index of the group that holds both copies, or an invalid one. (Near
    // duplicates of the circle may have joined the group.)
    QModelIndex duplicatePair(FindingKind kind) const;
    void selectAndPress(const QModelIndex &index, Qt::Key key);

    QTemporaryDir m_tmp;
    MainWindow *m_window = nullptr;
    DoctorWorkspace *m_doctor = nullptr;
    Project *m_project = nullptr;
    QString m_original = QStringLiteral("images/circles/circle-00.png");
    QString m_copy = QStringLiteral("images/circles/circle-copy.bmp");
};

void TestDoctorWorkspace::initTestCase()
{
    const QString images = m_tmp.filePath(QStringLiteral("shapes"));
    QVERIFY(TestImages::writeShapeDataset(images, 12, 48, 7));
    // The same pixels in another format: the import keeps both, the doctor calls them exact duplicates.
    const cv::Mat original = cv::imread((images + QStringLiteral("/circles/circle-00.png")).toStdString());
    QVERIFY(!original.empty());
    QVERIFY(TestImages::write(images + QStringLiteral("/circles/circle-copy.bmp"), original, ".bmp"));
    std::mt19937 rng(11);
    QVERIFY(TestImages::write(images + QStringLiteral("/circles/odd-one.png"),
                              TestImages::drawShape(TestImages::Shape::Square, 48, rng), ".png"));

    m_window = new MainWindow;
    QVERIFY(m_window->newProject(m_tmp.filePath(QStringLiteral("project"))));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_project = m_window->project();
    QSignalSpy imported(m_window->datasetWorkspace(), &DatasetWorkspace::importFinished);
    m_window->datasetWorkspace()->importSources({images});
    QVERIFY(imported.wait(60000));
    QCOMPARE(imported.first().at(0).toInt(), 26);
    QVERIFY(m_project->imageIndex(m_original) >= 0);
    QVERIFY(m_project->imageIndex(m_copy) >= 0);

    // Every fourth image in validation, the copy too, its original in training: leakage.
    QVector<int> rows;
    QVector<Split> splits;
    for (int row = 0; row < m_project->images().size(); ++row) {
        rows.append(row);
        splits.append(row % 4 == 3 ? Split::Val : Split::Train);
    }
    splits[m_project->imageIndex(m_original)] = Split::Train;
    splits[m_project->imageIndex(m_copy)] = Split::Val;
    m_project->undoStack()->push(new SetSplitsCommand(m_project, rows, splits));
    QVERIFY(!m_project->isModified());

    m_doctor = m_window->doctorWorkspace();
    QVERIFY(m_doctor);
    m_window->tabs()->setCurrentWidget(m_doctor);
}

void TestDoctorWorkspace::cleanupTestCase()
{
    delete m_window;
}

QModelIndex TestDoctorWorkspace::duplicatePair(FindingKind kind) const
{
    DoctorFindingsModel *model = m_doctor->findingsModel();
    if (model->kind() != kind)
        return QModelIndex();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        const DoctorFinding &f = model->findings().at(model->findingAt(index));
        if (f.paths.contains(m_original) && f.paths.contains(m_copy))
            return index;
    }
    return QModelIndex();
}

void TestDoctorWorkspace::selectAndPress(const QModelIndex &index, Qt::Key key)
{
    QTreeView *view = m_doctor->findingsView();
    view->setFocus();
    view->setCurrentIndex(index);
    QTest::keyClick(view, key);
}

void TestDoctorWorkspace::scanShowsCounts()
{
    QSignalSpy finished(m_doctor, &DoctorWorkspace::scanFinished);
    QVERIFY(m_doctor->scanButton()->isEnabled());
    QVERIFY(!m_doctor->retrainButton()->isEnabled());
    QTest::mouseClick(m_doctor->scanButton(), Qt::LeftButton);
    // The scan runs off the GUI thread: the click returns while it goes on.
    QVERIFY(m_doctor->isScanning() || finished.size() == 1);
    QVERIFY(!m_doctor->scanButton()->isEnabled() || finished.size() == 1);
    QVERIFY(finished.size() == 1 || finished.wait(240000));
    QCOMPARE(finished.first().at(0).toBool(), true);
    QVERIFY(m_doctor->scanButton()->isEnabled());
    QVERIFY(!m_doctor->cancelButton()->isEnabled());

    DoctorFindingsModel *model = m_doctor->findingsModel();
    QVERIFY(shownCount(m_doctor, FindingKind::Duplicate) >= 1);
    QVERIFY(shownCount(m_doctor, FindingKind::Leakage) >= 1);
    QCOMPARE(shownCount(m_doctor, FindingKind::Unreadable), 0);
    for (int k = 0; k < FindingKindCount; ++k)
        QCOMPARE(shownCount(m_doctor, FindingKind(k)), model->count(FindingKind(k)));

    // Choosing "Leakage" on the left lists the leaking groups, the pair among them.
    QListWidget *kinds = m_doctor->kindList();
    QTest::mouseClick(kinds->viewport(), Qt::LeftButton, {},
                      kinds->visualItemRect(kinds->item(int(FindingKind::Leakage))).center());
    QCOMPARE(model->kind(), FindingKind::Leakage);
    const QModelIndex pair = duplicatePair(FindingKind::Leakage);
    QVERIFY(pair.isValid());
    QVERIFY(model->rowCount(pair) >= 2);
    QCOMPARE(model->data(model->index(pair.row(), 4)).toString(), QStringLiteral("leak"));
}

void TestDoctorWorkspace::markCheckedUndoRedo()
{
    m_doctor->showKind(FindingKind::Duplicate);
    const QModelIndex pair = duplicatePair(FindingKind::Duplicate);
    QVERIFY(pair.isValid());
    const QJsonObject original = savedProject(m_project);
    const int groups = m_doctor->findingsModel()->count(FindingKind::Duplicate);
    const int commands = m_project->undoStack()->index();

    selectAndPress(pair, Qt::Key_Space);
    QCOMPARE(m_project->undoStack()->index(), commands + 1);
    QVERIFY(!m_project->isModified());
    QVERIFY(m_project->images().at(m_project->imageIndex(m_original)).reviewed.contains(QStringLiteral("duplicate")));
    QVERIFY(m_project->images().at(m_project->imageIndex(m_copy)).reviewed.contains(QStringLiteral("duplicate")));
    const QJsonObject done = savedProject(m_project);
    QVERIFY(done != original);
    QVERIFY(!duplicatePair(FindingKind::Duplicate).isValid());
    QCOMPARE(shownCount(m_doctor, FindingKind::Duplicate), groups - 1);
    QVERIFY(m_doctor->retrainButton()->isEnabled());

    m_project->undoStack()->undo();
    QCOMPARE(savedProject(m_project), original);
    QVERIFY(duplicatePair(FindingKind::Duplicate).isValid());
    QVERIFY(!m_doctor->retrainButton()->isEnabled());   // nothing fixed any more
    QCOMPARE(shownCount(m_doctor, FindingKind::Duplicate), groups);

    m_project->undoStack()->redo();
    QCOMPARE(savedProject(m_project), done);
    QVERIFY(!duplicatePair(FindingKind::Duplicate).isValid());

    m_project->undoStack()->undo();   // back to the scan's state for the next test
    QCOMPARE(savedProject(m_project), original);
}

void TestDoctorWorkspace::keepOneUndoRedo()
{
    m_doctor->showKind(FindingKind::Duplicate);
    DoctorFindingsModel *model = m_doctor->findingsModel();
    const QModelIndex pair = duplicatePair(FindingKind::Duplicate);
    QVERIFY(pair.isValid());
    const QByteArray originalBytes = TestImages::readBytes(m_project->filePath());
    const QJsonObject original = savedProject(m_project);
    const int images = int(m_project->images().size());
    const int commands = m_project->undoStack()->index();
    const int members = model->rowCount(pair);
    // Keep the copy (whichever child it is); the original and any near duplicates go.
    QModelIndex copy;
    for (int child = 0; child < model->rowCount(pair); ++child) {
        if (model->pathAt(model->index(child, 0, pair)) == m_copy)
            copy = model->index(child, 0, pair);
    }
    QVERIFY(copy.isValid());

    selectAndPress(copy, Qt::Key_K);
    QCOMPARE(m_project->undoStack()->index(), commands + 1);   // one step
    QCOMPARE(int(m_project->images().size()), images - (members - 1));
    QCOMPARE(m_project->imageIndex(m_original), -1);
    QVERIFY(m_project->imageIndex(m_copy) >= 0);
    QVERIFY(!duplicatePair(FindingKind::Duplicate).isValid());   // one image left: no group
    const QJsonObject done = savedProject(m_project);
    QVERIFY(done != original);

    m_project->undoStack()->undo();
    QCOMPARE(savedProject(m_project), original);
    QCOMPARE(TestImages::readBytes(m_project->filePath()), originalBytes);
    QCOMPARE(int(m_project->images().size()), images);
    QVERIFY(duplicatePair(FindingKind::Duplicate).isValid());

    m_project->undoStack()->redo();
    QCOMPARE(savedProject(m_project), done);
    QCOMPARE(m_project->imageIndex(m_original), -1);

    m_project->undoStack()->undo();
    QCOMPARE(savedProject(m_project), original);
}

void TestDoctorWorkspace::oneSplitForTheGroup()
{
    m_doctor->showKind(FindingKind::Leakage);
    DoctorFindingsModel *model = m_doctor->findingsModel();
    const QModelIndex pair = duplicatePair(FindingKind::Leakage);
    QVERIFY(pair.isValid());
    const QJsonObject original = savedProject(m_project);
    const int leaking = model->count(FindingKind::Leakage);
    QModelIndex trainChild;
    for (int child = 0; child < model->rowCount(pair); ++child) {
        if (model->pathAt(model->index(child, 0, pair)) == m_original)
            trainChild = model->index(child, 0, pair);
    }
    QVERIFY(trainChild.isValid());

    selectAndPress(trainChild, Qt::Key_S);
    QCOMPARE(m_project->images().at(m_project->imageIndex(m_copy)).split, Split::Train);
    QCOMPARE(model->count(FindingKind::Leakage), leaking - 1);
    QCOMPARE(shownCount(m_doctor, FindingKind::Leakage), leaking - 1);
    const QModelIndex after = duplicatePair(FindingKind::Leakage);
    QVERIFY(after.isValid());   // still a duplicate group, no longer leaking
    QVERIFY(model->data(model->index(after.row(), 4)).toString() != QStringLiteral("leak"));
    const QJsonObject done = savedProject(m_project);

    m_project->undoStack()->undo();
    QCOMPARE(savedProject(m_project), original);
    QCOMPARE(model->count(FindingKind::Leakage), leaking);
    m_project->undoStack()->redo();
    QCOMPARE(savedProject(m_project), done);
    m_project->undoStack()->undo();
}

void TestDoctorWorkspace::acceptSuggestedLabel()
{
    // Whether the shapes give label issues depends on the embeddings; when there is one, Enter
    // takes its suggestion and the issue leaves the list, and undo brings it back.
    m_doctor->showKind(FindingKind::Label);
    DoctorFindingsModel *model = m_doctor->findingsModel();
    if (model->rowCount() == 0)
        QSKIP("the scan found no label issue in this dataset");
    const QModelIndex first = model->index(0, 0);
    const DoctorFinding issue = model->findings().at(model->findingAt(first));
    const QString path = issue.paths.first();
    const QJsonObject original = savedProject(m_project);
    const int issues = model->count(FindingKind::Label);

    selectAndPress(first, Qt::Key_Return);
    QCOMPARE(m_project->images().at(m_project->imageIndex(path)).label, issue.suggested);
    QCOMPARE(model->count(FindingKind::Label), issues - 1);
    const QJsonObject done = savedProject(m_project);
    m_project->undoStack()->undo();
    QCOMPARE(savedProject(m_project), original);
    QCOMPARE(m_project->images().at(m_project->imageIndex(path)).label, issue.given);
    QCOMPARE(model->count(FindingKind::Label), issues);
    m_project->undoStack()->redo();
    QCOMPARE(savedProject(m_project), done);
}

void TestDoctorWorkspace::deleteImage()
{
    // Delete on an image of a group takes that image out; the group, down to one, goes.
    m_doctor->showKind(FindingKind::Duplicate);
    DoctorFindingsModel *model = m_doctor->findingsModel();
    const QModelIndex pair = duplicatePair(FindingKind::Duplicate);
    QVERIFY(pair.isValid());
    const QJsonObject original = savedProject(m_project);
    const int images = int(m_project->images().size());
    QModelIndex copy;
    for (int child = 0; child < model->rowCount(pair); ++child) {
        if (model->pathAt(model->index(child, 0, pair)) == m_copy)
            copy = model->index(child, 0, pair);
    }
    QVERIFY(copy.isValid());
    selectAndPress(copy, Qt::Key_Delete);
    QCOMPARE(int(m_project->images().size()), images - 1);
    QCOMPARE(m_project->imageIndex(m_copy), -1);
    const QJsonObject done = savedProject(m_project);
    m_project->undoStack()->undo();
    QCOMPARE(savedProject(m_project), original);
    QVERIFY(duplicatePair(FindingKind::Duplicate).isValid());
    m_project->undoStack()->redo();
    QCOMPARE(savedProject(m_project), done);
    m_project->undoStack()->undo();
}

void TestDoctorWorkspace::retrainStartsTraining()
{
    // After fixes, Retrain hands over to the Train workspace, which starts a run at once.
    QStringList boxes;   // a message box would block the test: close it and fail with its text
    QTimer closer;
    connect(&closer, &QTimer::timeout, this, [&boxes] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible()) {
                boxes << box->text();
                box->reject();
            }
        }
    });
    closer.start(200);
    QVERIFY(m_doctor->retrainButton()->isEnabled());
    TrainWorkspace *train = m_window->trainWorkspace();
    QSignalSpy finished(train, &TrainWorkspace::trainingFinished);
    QTest::mouseClick(m_doctor->retrainButton(), Qt::LeftButton);
    QCOMPARE(m_window->tabs()->currentWidget(), train);
    QVERIFY2(train->isTraining(), qPrintable(boxes.join(QLatin1Char('\n'))));
    train->stopTraining();
    QVERIFY(finished.wait(120000));
}

QTEST_MAIN(TestDoctorWorkspace)
#include "tst_doctorworkspace.moc"
