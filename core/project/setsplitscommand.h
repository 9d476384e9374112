#pragma once

#include "projecttypes.h"

#include <QUndoCommand>

namespace Hone {

class Project;

// Assigns train/val/test splits to a set of images as one undoable step.
class SetSplitsCommand : public QUndoCommand
{
public:
    SetSplitsCommand(Project *project, const QVector<int> &rows, const QVector<Split> &splits,
                     QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    Project *m_project;
    QVector<int> m_rows;
    QVector<Split> m_old;
    QVector<Split> m_new;
};

} // namespace Hone
