#pragma once

#include "projecttypes.h"

#include <QUndoCommand>

namespace Hone {

class Project;

// Removes a class. Its images move to another class (merge) or become unlabeled (replacementId
// -1). Undo puts the class back at its place and gives every image its label back.
class RemoveClassCommand : public QUndoCommand
{
public:
    static RemoveClassCommand *merge(Project *project, int fromId, int intoId);
    static RemoveClassCommand *remove(Project *project, int classId, int replacementId);

    void undo() override;
    void redo() override;

private:
    RemoveClassCommand(Project *project, int classId, int replacementId);

    Project *m_project;
    ClassInfo m_class;
    int m_index = -1;
    int m_replacement;
    QVector<int> m_rows;
};

} // namespace Hone
