#pragma once

#include <QUndoCommand>
#include <QVector>

namespace Hone {

class Project;

// Gives a set of images one class (or none, classId = -1) as one undoable step.
class AssignLabelCommand : public QUndoCommand
{
public:
    AssignLabelCommand(Project *project, const QVector<int> &rows, int classId,
                       QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    Project *m_project;
    QVector<int> m_rows;
    QVector<int> m_oldLabels;
    int m_classId;
};

} // namespace Hone
