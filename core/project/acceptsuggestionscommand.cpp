#include "acceptsuggestionscommand.h"

#include "project.h"

#include <QCoreApplication>

namespace Hone {

AcceptSuggestionsCommand::AcceptSuggestionsCommand(Project *project, const QVector<int> &rows,
                                                   const QVector<int> &classIds, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_project(project)
{
    const int images = int(project->images().size());
    for (int i = 0; i < rows.size() && i < classIds.size(); ++i) {
        const int row = rows[i];
        if (row < 0 || row >= images || m_rows.contains(row))
            continue;
        if (project->images().at(row).label >= 0 || !project->classById(classIds[i]))
            continue;   // labelled since the suggestion was made, or its class is gone
        m_rows.append(row);
        m_classIds.append(classIds[i]);
    }
    setText(QCoreApplication::translate("UndoCommands", "Accept %n suggested label(s)", nullptr, m_rows.size()));
    if (m_rows.isEmpty())
        setObsolete(true);
}

void AcceptSuggestionsCommand::redo()
{
    if (!m_rows.isEmpty())
        m_project->setLabels(m_rows, m_classIds);
}

void AcceptSuggestionsCommand::undo()
{
    if (!m_rows.isEmpty())
        m_project->setLabels(m_rows, QVector<int>(m_rows.size(), -1));
}

} // namespace Hone
