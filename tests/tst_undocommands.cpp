// Undo commands: do -> save -> undo -> compare -> redo -> compare, on the saved JSON (the file the
// autosave writes) and on the in-memory project. Also autosave itself.

#include "project/addclasscommand.h"
#include "project/addimagescommand.h"
#include "project/assignlabelcommand.h"
#include "project/changeclasscommand.h"
#include "project/project.h"
#include "project/projectfile.h"
#include "project/markreviewedcommand.h"
#include "project/removeclasscommand.h"
#include "project/removeimagescommand.h"
#include "project/setsplitscommand.h"

#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Hone;

namespace {

QByteArray fileBytes(const Project &project)
{
    QFile file(project.filePath());
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return file.readAll();
}

// The project as it is in memory, in file form.
QJsonObject memoryJson(const Project &project)
{
    ProjectData data;
    data.classes = project.classes();
    data.images = project.images();
    data.training = project.trainingDefaults();
    return ProjectFile::toJson(data);
}

ClassInfo makeClass(int id, const QString &name)
{
    return ClassInfo{id, name, defaultClassColor(id), {}};
}

ImageEntry makeImage(const QString &path, int label = -1, Split split = Split::Unassigned)
{
    return ImageEntry{path, label, split, QStringLiteral("hash-") + path, {}, {}};
}

} // namespace

// QCOMPARE in a helper returns from the helper only; stop the test function too.
#define CHECKED(call) \
    do { \
        call; \
        if (QTest::currentTestFailed()) \
            return; \
    } while (false)

class TestUndoCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void addImages();
    void assignLabel();
    void clearLabel();
    void addClass();
    void setSplits();
    void markReviewed();
    void removeImages();
    void renameAndRecolorClass();
    void mergeClasses();
    void deleteClassToUnlabeled();
    void sequenceUndoesToEmpty();
    void autosaveWritesEveryPush();
    void noAutosaveLeavesFileAndModified();

private:
    // Pushes the command made by `make` and checks do/undo/redo on file and memory.
    void checkDoUndoRedo(const std::function<QUndoCommand *()> &make);
    // Base project: classes a (0), b (1); images x, y (labeled a), z unlabeled.
    void populate();

    QTemporaryDir *m_dir = nullptr;
    Project *m_project = nullptr;
};

void TestUndoCommands::init()
{
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
    m_project = new Project;
    QString error;
    QVERIFY2(m_project->create(m_dir->path(), &error), qPrintable(error));
}

void TestUndoCommands::cleanup()
{
    delete m_project;
    m_project = nullptr;
    delete m_dir;
    m_dir = nullptr;
}

void TestUndoCommands::populate()
{
    m_project->undoStack()->push(new AddImagesCommand(
        m_project, {makeClass(0, QStringLiteral("a")), makeClass(1, QStringLiteral("b"))},
        {makeImage(QStringLiteral("images/a/x.png"), 0), makeImage(QStringLiteral("images/a/y.png"), 0),
         makeImage(QStringLiteral("images/unlabeled/z.png"))}));
    QCOMPARE(m_project->images().size(), 3);
    QCOMPARE(m_project->classes().size(), 2);
}

void TestUndoCommands::checkDoUndoRedo(const std::function<QUndoCommand *()> &make)
{
    const QByteArray beforeFile = fileBytes(*m_project);
    const QJsonObject beforeMemory = memoryJson(*m_project);
    QCOMPARE(QJsonDocument::fromJson(beforeFile).object(), beforeMemory);
    const int index = m_project->undoStack()->index();

    m_project->undoStack()->push(make());
    QCOMPARE(m_project->undoStack()->index(), index + 1);
    const QByteArray afterFile = fileBytes(*m_project);
    const QJsonObject afterMemory = memoryJson(*m_project);
    QVERIFY2(afterFile != beforeFile, "the command changed nothing on disk");
    QCOMPARE(QJsonDocument::fromJson(afterFile).object(), afterMemory);
    QVERIFY(!m_project->isModified());

    m_project->undoStack()->undo();
    QCOMPARE(fileBytes(*m_project), beforeFile);
    QCOMPARE(memoryJson(*m_project), beforeMemory);
    QVERIFY(!m_project->isModified());

    m_project->undoStack()->redo();
    QCOMPARE(fileBytes(*m_project), afterFile);
    QCOMPARE(memoryJson(*m_project), afterMemory);
    QVERIFY(!m_project->isModified());

    // And once more, to catch commands that only work the first time.
    m_project->undoStack()->undo();
    QCOMPARE(memoryJson(*m_project), beforeMemory);
    m_project->undoStack()->redo();
    QCOMPARE(memoryJson(*m_project), afterMemory);
}

void TestUndoCommands::addImages()
{
    CHECKED(populate());
    QSignalSpy inserted(m_project, &Project::imagesInserted);
    QSignalSpy removed(m_project, &Project::imagesRemoved);
    CHECKED(checkDoUndoRedo([this] {
        return new AddImagesCommand(
            m_project, {makeClass(2, QStringLiteral("Käfer"))},
            {makeImage(QStringLiteral("images/Käfer/ü.png"), 2),
             makeImage(QStringLiteral("images/unlabeled/w.png"))});
    }));
    QCOMPARE(m_project->images().size(), 5);
    QCOMPARE(m_project->classIdByName(QStringLiteral("Käfer")), 2);
    QCOMPARE(m_project->imageIndex(QStringLiteral("images/Käfer/ü.png")), 3);
    QVERIFY(!inserted.isEmpty());
    QCOMPARE(inserted.first().at(0).toInt(), 3);
    QCOMPARE(inserted.first().at(1).toInt(), 4);
    QVERIFY(!removed.isEmpty());
    QCOMPARE(removed.first().at(0).toInt(), 3);
    QCOMPARE(removed.first().at(1).toInt(), 4);
}

void TestUndoCommands::assignLabel()
{
    CHECKED(populate());
    CHECKED(checkDoUndoRedo([this] { return new AssignLabelCommand(m_project, {0, 2}, 1); }));
    QCOMPARE(m_project->images().at(0).label, 1);
    QCOMPARE(m_project->images().at(1).label, 0);
    QCOMPARE(m_project->images().at(2).label, 1);
    m_project->undoStack()->undo();
    // Undo restores each image's own old label, not one shared value.
    QCOMPARE(m_project->images().at(0).label, 0);
    QCOMPARE(m_project->images().at(2).label, -1);
}

void TestUndoCommands::clearLabel()
{
    CHECKED(populate());
    CHECKED(checkDoUndoRedo([this] { return new AssignLabelCommand(m_project, {1}, -1); }));
    QCOMPARE(m_project->images().at(1).label, -1);
    QCOMPARE(m_project->imageCount(0), 1);
}

void TestUndoCommands::addClass()
{
    CHECKED(populate());
    QSignalSpy changed(m_project, &Project::classesChanged);
    CHECKED(checkDoUndoRedo([this] { return new AddClassCommand(m_project, makeClass(5, QStringLiteral("c"))); }));
    QCOMPARE(m_project->classes().size(), 3);
    QCOMPARE(m_project->classes().last().name, QStringLiteral("c"));
    QCOMPARE(m_project->nextClassId(), 6);
    QVERIFY(changed.count() >= 3);
}

void TestUndoCommands::renameAndRecolorClass()
{
    CHECKED(populate());
    CHECKED(checkDoUndoRedo([this] { return ChangeClassCommand::rename(m_project, 0, QStringLiteral("Ähre")); }));
    QCOMPARE(m_project->classById(0)->name, QStringLiteral("Ähre"));
    QCOMPARE(m_project->imageCount(0), 2);   // the images keep their class id
    CHECKED(checkDoUndoRedo([this] { return ChangeClassCommand::recolor(m_project, 1, QStringLiteral("#123456")); }));
    QCOMPARE(m_project->classById(1)->color, QStringLiteral("#123456"));
}

void TestUndoCommands::mergeClasses()
{
    CHECKED(populate());
    CHECKED(checkDoUndoRedo([this] { return RemoveClassCommand::merge(m_project, 0, 1); }));
    QCOMPARE(m_project->classes().size(), 1);
    QCOMPARE(m_project->imageCount(1), 2);
    m_project->undoStack()->undo();
    // The class is back at its place, with its own images.
    QCOMPARE(m_project->classes().first().name, QStringLiteral("a"));
    QCOMPARE(m_project->imageCount(0), 2);
    QCOMPARE(m_project->imageCount(1), 0);
}

void TestUndoCommands::deleteClassToUnlabeled()
{
    CHECKED(populate());
    CHECKED(checkDoUndoRedo([this] { return RemoveClassCommand::remove(m_project, 0, -1); }));
    QCOMPARE(m_project->classes().size(), 1);
    QCOMPARE(m_project->images().at(0).label, -1);
    QCOMPARE(m_project->images().at(1).label, -1);
}

void TestUndoCommands::setSplits()
{
    CHECKED(populate());
    CHECKED(checkDoUndoRedo([this] {
        return new SetSplitsCommand(m_project, {0, 1, 2}, {Split::Train, Split::Val, Split::Test});
    }));
    QCOMPARE(m_project->images().at(0).split, Split::Train);
    QCOMPARE(m_project->images().at(1).split, Split::Val);
    QCOMPARE(m_project->images().at(2).split, Split::Test);

    // A second split over the first: undo goes back to the first split, not to none.
    CHECKED(checkDoUndoRedo([this] {
        return new SetSplitsCommand(m_project, {0, 1}, {Split::Val, Split::Unassigned});
    }));
    m_project->undoStack()->undo();
    QCOMPARE(m_project->images().at(0).split, Split::Train);
    QCOMPARE(m_project->images().at(1).split, Split::Val);
}

void TestUndoCommands::markReviewed()
{
    CHECKED(populate());
    CHECKED(checkDoUndoRedo([this] { return new MarkReviewedCommand(m_project, {0, 2}, QStringLiteral("label")); }));
    QCOMPARE(m_project->images().at(0).reviewed, QStringList{QStringLiteral("label")});
    QVERIFY(m_project->images().at(1).reviewed.isEmpty());
    CHECKED(checkDoUndoRedo([this] { return new MarkReviewedCommand(m_project, {0}, QStringLiteral("duplicate")); }));
    QCOMPARE(m_project->images().at(0).reviewed, (QStringList{QStringLiteral("label"), QStringLiteral("duplicate")}));
    // Clearing one mark keeps the other; the marks survive a reload.
    CHECKED(checkDoUndoRedo([this] { return new MarkReviewedCommand(m_project, {0}, QStringLiteral("label"), false); }));
    Project reloaded;
    QString error;
    QVERIFY2(reloaded.load(m_dir->path(), &error), qPrintable(error));
    QCOMPARE(reloaded.images().at(0).reviewed, QStringList{QStringLiteral("duplicate")});
    QCOMPARE(reloaded.images().at(2).reviewed, QStringList{QStringLiteral("label")});
}

void TestUndoCommands::removeImages()
{
    CHECKED(populate());
    CHECKED(checkDoUndoRedo([this] { return new SetSplitsCommand(m_project, {0, 1}, {Split::Train, Split::Val}); }));
    CHECKED(checkDoUndoRedo([this] { return new MarkReviewedCommand(m_project, {1}, QStringLiteral("duplicate")); }));
    const QVector<ImageEntry> before = m_project->images();
    // Rows out of order and repeated: the first and the last image go, the middle one stays.
    CHECKED(checkDoUndoRedo([this] { return new RemoveImagesCommand(m_project, {2, 0, 2}); }));
    QCOMPARE(m_project->images().size(), 1);
    QCOMPARE(m_project->images().at(0), before.at(1));
    m_project->undoStack()->undo();
    QCOMPARE(m_project->images(), before);
    // A run of neighbours goes (and comes back) in one piece.
    QSignalSpy removed(m_project, &Project::imagesRemoved);
    CHECKED(checkDoUndoRedo([this] { return new RemoveImagesCommand(m_project, {1, 0}); }));
    QCOMPARE(m_project->images().size(), 1);
    QCOMPARE(m_project->images().at(0), before.at(2));
    QCOMPARE(removed.size(), 3);   // one removal for each of the three redos
    m_project->undoStack()->undo();
    QCOMPARE(m_project->images(), before);
}

void TestUndoCommands::sequenceUndoesToEmpty()
{
    const QByteArray empty = fileBytes(*m_project);
    CHECKED(populate());
    m_project->undoStack()->push(new AddClassCommand(m_project, makeClass(2, QStringLiteral("c"))));
    m_project->undoStack()->push(new AssignLabelCommand(m_project, {2}, 2));
    m_project->undoStack()->push(new SetSplitsCommand(m_project, {0, 1, 2},
                                                      {Split::Train, Split::Train, Split::Val}));
    const QByteArray full = fileBytes(*m_project);
    QCOMPARE(m_project->undoStack()->count(), 4);
    while (m_project->undoStack()->canUndo())
        m_project->undoStack()->undo();
    QCOMPARE(fileBytes(*m_project), empty);
    QVERIFY(m_project->images().isEmpty());
    QVERIFY(m_project->classes().isEmpty());
    while (m_project->undoStack()->canRedo())
        m_project->undoStack()->redo();
    QCOMPARE(fileBytes(*m_project), full);
}

void TestUndoCommands::autosaveWritesEveryPush()
{
    CHECKED(populate());
    QString error;
    const auto compareWithDisk = [this, &error]() {
        Project reloaded;
        if (!reloaded.load(m_project->directory(), &error))
            return false;
        return reloaded.classes() == m_project->classes() && reloaded.images() == m_project->images();
    };

    m_project->undoStack()->push(new AssignLabelCommand(m_project, {2}, 1));
    QVERIFY(!m_project->isModified());
    QVERIFY2(m_project->lastSaveError().isEmpty(), qPrintable(m_project->lastSaveError()));
    QVERIFY2(compareWithDisk(), qPrintable(error));
    {
        Project reloaded;
        QVERIFY(reloaded.load(m_project->directory(), &error));
        QCOMPARE(reloaded.images().at(2).label, 1);
    }

    m_project->undoStack()->push(new AssignLabelCommand(m_project, {0, 1}, 1));
    QVERIFY(!m_project->isModified());
    QVERIFY2(compareWithDisk(), qPrintable(error));

    m_project->undoStack()->undo();
    QVERIFY(!m_project->isModified());
    QVERIFY2(compareWithDisk(), qPrintable(error));
    {
        Project reloaded;
        QVERIFY(reloaded.load(m_project->directory(), &error));
        QCOMPARE(reloaded.images().at(0).label, 0);
        QCOMPARE(reloaded.images().at(2).label, 1);
    }
}

void TestUndoCommands::noAutosaveLeavesFileAndModified()
{
    CHECKED(populate());
    const QByteArray saved = fileBytes(*m_project);
    m_project->setAutosave(false);
    m_project->undoStack()->push(new AssignLabelCommand(m_project, {2}, 1));
    QVERIFY(m_project->isModified());
    QCOMPARE(fileBytes(*m_project), saved);

    QString error;
    QVERIFY2(m_project->save(&error), qPrintable(error));
    QVERIFY(!m_project->isModified());
    Project reloaded;
    QVERIFY2(reloaded.load(m_project->directory(), &error), qPrintable(error));
    QCOMPARE(reloaded.images().at(2).label, 1);
}

QTEST_GUILESS_MAIN(TestUndoCommands)
#include "tst_undocommands.moc"
