#pragma once

#include "projecttypes.h"

#include <QUndoCommand>

namespace Hone {

class Project;

// Renames or recolours a class (its id, and so its images, stay the same).
class ChangeClassCommand : public QUndoCommand
{
public:
    static ChangeClassCommand *rename(Project *project, int classId, const QString &name);
    static ChangeClassCommand *recolor(Project *project, int classId, const QString &color);

    void undo() override;
    void redo() override;

private:
    ChangeClassCommand(Project *project, const ClassInfo &before, const ClassInfo &after);

    Project *m_project;
    ClassInfo m_before;
    ClassInfo m_after;
};

} // namespace Hone
