// Test helper for tst_crashsafety: labels the images of a project one after another, forever,
// through the undo stack (which autosaves), and prints "ack ROW CLASSID" after each label is
// acknowledged — the moment the UI would show it. The test kills it at random moments.

#include "project/assignlabelcommand.h"
#include "project/project.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: labelstress PROJECT\n");
        return 2;
    }
    Hone::Project project;
    QString error;
    if (!project.load(QString::fromLocal8Bit(argv[1]), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const int rows = int(project.images().size());
    const int classes = int(project.classes().size());
    if (rows == 0 || classes == 0)
        return 1;
    for (long step = 0;; ++step) {
        const int row = int(step % rows);
        const int classId = project.classes().at(int((step / rows + row) % classes)).id;
        project.undoStack()->push(new Hone::AssignLabelCommand(&project, {row}, classId));
        if (project.isModified()) {
            std::fprintf(stderr, "save failed: %s\n", qPrintable(project.lastSaveError()));
            return 1;
        }
        // Keep the undo stack small; the autosave has written the file already.
        if (project.undoStack()->count() > 100)
            project.undoStack()->clear();
        std::printf("ack %d %d\n", row, classId);
        std::fflush(stdout);
    }
}
