#include "addclasscommand.h"

#include "project.h"

#include <QCoreApplication>

namespace Hone {

AddClassCommand::AddClassCommand(Project *project, const ClassInfo &info, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_project(project)
    , m_info(info)
{
    setText(QCoreApplication::translate("UndoCommands", "Add class %1").arg(info.name));
}

void AddClassCommand::redo()
{
    m_project->insertClass(m_project->classes().size(), m_info);
}

void AddClassCommand::undo()
{
    m_project->removeClass(m_project->classIndex(m_info.id));
}

} // namespace Hone
