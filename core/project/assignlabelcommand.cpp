#include "assignlabelcommand.h"

#include "project.h"

#include <QCoreApplication>

namespace Hone {

AssignLabelCommand::AssignLabelCommand(Project *project, const QVector<int> &rows, int classId,
                                       QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_project(project)
    , m_rows(rows)
    , m_classId(classId)
{
    for (int row : rows)
        m_oldLabels.append(project->images().at(row).label);
    const ClassInfo *info = project->classById(classId);
    if (info)
        setText(QCoreApplication::translate("UndoCommands", "Label %n image(s) as %1", nullptr,
                                            rows.size())
                    .arg(info->name));
    else
        setText(QCoreApplication::translate("UndoCommands", "Clear the label of %n image(s)",
                                            nullptr, rows.size()));
}

void AssignLabelCommand::redo()
{
    m_project->setLabels(m_rows, QVector<int>(m_rows.size(), m_classId));
}

void AssignLabelCommand::undo()
{
    m_project->setLabels(m_rows, m_oldLabels);
}

} // namespace Hone
