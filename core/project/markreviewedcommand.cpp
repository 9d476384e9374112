#include "markreviewedcommand.h"

#include "project.h"

#include <QCoreApplication>

namespace Hone {

MarkReviewedCommand::MarkReviewedCommand(Project *project, const QVector<int> &rows, const QString &kind,
                                         bool reviewed, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_project(project)
    , m_rows(rows)
{
    for (int row : rows) {
        const QStringList old = project->images().at(row).reviewed;
        QStringList now = old;
        now.removeAll(kind);
        if (reviewed)
            now.append(kind);
        m_old.append(old);
        m_new.append(now);
    }
    setText(reviewed ? QCoreApplication::translate("UndoCommands", "Mark %n image(s) as checked", nullptr, rows.size())
                     : QCoreApplication::translate("UndoCommands", "Unmark %n image(s)", nullptr, rows.size()));
}

void MarkReviewedCommand::redo()
{
    m_project->setReviewed(m_rows, m_new);
}

void MarkReviewedCommand::undo()
{
    m_project->setReviewed(m_rows, m_old);
}

} // namespace Hone
