#include "setsplitscommand.h"

#include "project.h"

#include <QCoreApplication>

namespace Hone {

SetSplitsCommand::SetSplitsCommand(Project *project, const QVector<int> &rows,
                                   const QVector<Split> &splits, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_project(project)
    , m_rows(rows)
    , m_new(splits)
{
    for (int row : rows)
        m_old.append(project->images().at(row).split);
    setText(QCoreApplication::translate("UndoCommands", "Split %n image(s)", nullptr, rows.size()));
}

void SetSplitsCommand::redo()
{
    m_project->setSplits(m_rows, m_new);
}

void SetSplitsCommand::undo()
{
    m_project->setSplits(m_rows, m_old);
}

} // namespace Hone
