#pragma once

#include "projecttypes.h"

#include <QUndoCommand>

namespace Hone {

class Project;

// Adds one class at the end of the class list.
class AddClassCommand : public QUndoCommand
{
public:
    AddClassCommand(Project *project, const ClassInfo &info, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    Project *m_project;
    ClassInfo m_info;
};

} // namespace Hone
