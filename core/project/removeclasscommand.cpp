#include "removeclasscommand.h"

#include "project.h"

#include <QCoreApplication>

namespace Hone {

RemoveClassCommand::RemoveClassCommand(Project *project, int classId, int replacementId)
    : m_project(project)
    , m_class(*project->classById(classId))
    , m_index(project->classIndex(classId))
    , m_replacement(replacementId)
{
    for (int row = 0; row < project->images().size(); ++row) {
        if (project->images().at(row).label == classId)
            m_rows.append(row);
    }
}

RemoveClassCommand *RemoveClassCommand::merge(Project *project, int fromId, int intoId)
{
    auto *command = new RemoveClassCommand(project, fromId, intoId);
    command->setText(QCoreApplication::translate("UndoCommands", "Merge class %1 into %2")
                         .arg(project->classById(fromId)->name, project->classById(intoId)->name));
    return command;
}

RemoveClassCommand *RemoveClassCommand::remove(Project *project, int classId, int replacementId)
{
    auto *command = new RemoveClassCommand(project, classId, replacementId);
    command->setText(QCoreApplication::translate("UndoCommands", "Delete class %1").arg(project->classById(classId)->name));
    return command;
}

void RemoveClassCommand::redo()
{
    m_project->setLabels(m_rows, QVector<int>(m_rows.size(), m_replacement));
    m_project->removeClass(m_index);
}

void RemoveClassCommand::undo()
{
    m_project->insertClass(m_index, m_class);
    m_project->setLabels(m_rows, QVector<int>(m_rows.size(), m_class.id));
}

} // namespace Hone
