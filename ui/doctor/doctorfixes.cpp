#include "doctorfixes.h"

#include "project/assignlabelcommand.h"
#include "project/markreviewedcommand.h"
#include "project/project.h"
#include "project/removeimagescommand.h"
#include "project/setsplitscommand.h"

namespace Hone {

QUndoCommand *doctorFix(Project *project, const DoctorFinding &f, int image, const QVector<int> &rows, int key,
                        bool *consumed)
{
    *consumed = true;
    const bool group = f.kind == FindingKind::Duplicate || f.kind == FindingKind::Leakage;
    const QString mark = reviewedMark(f.kind);
    if (key == Qt::Key_Return || key == Qt::Key_Enter) {
        *consumed = f.kind == FindingKind::Label;
        if (f.kind != FindingKind::Label || image < 0 || !project->classById(f.suggested))
            return nullptr;
        return new AssignLabelCommand(project, {image}, f.suggested);
    }
    if (key >= Qt::Key_1 && key <= Qt::Key_9) {
        const int classIndex = key - Qt::Key_1;
        const QVector<int> targets = image >= 0 ? QVector<int>{image} : group ? rows : QVector<int>{};
        if (classIndex >= project->classes().size() || targets.isEmpty())
            return nullptr;
        const int classId = project->classes().at(classIndex).id;
        // Keeping the questioned label says it is right: the issue is checked.
        if (f.kind == FindingKind::Label && project->images().at(image).label == classId)
            return new MarkReviewedCommand(project, {image}, mark);
        return new AssignLabelCommand(project, targets, classId);
    }
    if (key == Qt::Key_Space || key == Qt::Key_C) {
        if (mark.isEmpty() || rows.isEmpty())
            return nullptr;
        return new MarkReviewedCommand(project, rows, mark);
    }
    if (key == Qt::Key_K) {
        if (!group || rows.size() < 2)
            return nullptr;
        const int keep = image >= 0 ? image : rows.first();
        QVector<int> others = rows;
        others.removeAll(keep);
        return new RemoveImagesCommand(project, others);   // one step, however many go
    }
    if (key == Qt::Key_S) {
        if (!group || rows.isEmpty())
            return nullptr;
        Split split = image >= 0 ? project->images().at(image).split : Split::Train;
        if (split == Split::Unassigned)
            split = Split::Train;
        return new SetSplitsCommand(project, rows, QVector<Split>(rows.size(), split));
    }
    if (key == Qt::Key_Delete || key == Qt::Key_Backspace)
        return image >= 0 ? new RemoveImagesCommand(project, {image}) : nullptr;
    *consumed = false;
    return nullptr;
}

} // namespace Hone
