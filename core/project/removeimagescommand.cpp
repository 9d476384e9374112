#include "removeimagescommand.h"

#include "project.h"

#include <QCoreApplication>

#include <algorithm>

namespace Hone {

RemoveImagesCommand::RemoveImagesCommand(Project *project, const QVector<int> &rows, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_project(project)
    , m_rows(rows)
{
    std::sort(m_rows.begin(), m_rows.end());
    m_rows.erase(std::unique(m_rows.begin(), m_rows.end()), m_rows.end());
    for (int row : m_rows)
        m_images.append(project->images().at(row));
    setText(QCoreApplication::translate("UndoCommands", "Remove %n image(s)", nullptr, m_rows.size()));
}

// Runs of consecutive rows go in one call each: every call re-indexes the project and resets the
// views that follow it, so removing a whole class row by row would cost that once per image.
void RemoveImagesCommand::redo()
{
    for (int end = m_rows.size(); end > 0;) {
        int start = end - 1;
        while (start > 0 && m_rows.at(start - 1) == m_rows.at(start) - 1)
            --start;
        m_project->removeImages(m_rows.at(start), end - start);
        end = start;
    }
}

void RemoveImagesCommand::undo()
{
    for (int start = 0; start < m_rows.size();) {
        int end = start + 1;
        while (end < m_rows.size() && m_rows.at(end) == m_rows.at(end - 1) + 1)
            ++end;
        m_project->insertImages(m_rows.at(start), m_images.mid(start, end - start));
        start = end;
    }
}

} // namespace Hone
