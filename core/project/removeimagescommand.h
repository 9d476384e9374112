#pragma once

#include "projecttypes.h"

#include <QUndoCommand>
#include <QVector>

namespace Hone {

class Project;

// Takes images out of the project as one undoable step. The files stay where they are: undo puts
// the entries back at their rows, labels, splits and marks included.
class RemoveImagesCommand : public QUndoCommand
{
public:
    RemoveImagesCommand(Project *project, const QVector<int> &rows, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    Project *m_project;
    QVector<int> m_rows;            // ascending, distinct
    QVector<ImageEntry> m_images;   // in m_rows' order
};

} // namespace Hone
