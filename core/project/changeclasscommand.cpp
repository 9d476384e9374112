#include "changeclasscommand.h"

#include "project.h"

#include <QCoreApplication>

namespace Hone {

ChangeClassCommand::ChangeClassCommand(Project *project, const ClassInfo &before, const ClassInfo &after)
    : m_project(project)
    , m_before(before)
    , m_after(after)
{
}

ChangeClassCommand *ChangeClassCommand::rename(Project *project, int classId, const QString &name)
{
    const ClassInfo before = *project->classById(classId);
    ClassInfo after = before;
    after.name = name;
    auto *command = new ChangeClassCommand(project, before, after);
    command->setText(QCoreApplication::translate("UndoCommands", "Rename class %1 to %2").arg(before.name, name));
    return command;
}

ChangeClassCommand *ChangeClassCommand::recolor(Project *project, int classId, const QString &color)
{
    const ClassInfo before = *project->classById(classId);
    ClassInfo after = before;
    after.color = color;
    auto *command = new ChangeClassCommand(project, before, after);
    command->setText(QCoreApplication::translate("UndoCommands", "Recolour class %1").arg(before.name));
    return command;
}

void ChangeClassCommand::redo()
{
    m_project->setClassInfo(m_project->classIndex(m_after.id), m_after);
}

void ChangeClassCommand::undo()
{
    m_project->setClassInfo(m_project->classIndex(m_before.id), m_before);
}

} // namespace Hone
