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

void RemoveImagesCommand::redo()
{
    for (int i = m_rows.size() - 1; i >= 0; --i)
        m_project->removeImages(m_rows.at(i), 1);
}

void RemoveImagesCommand::undo()
{
    for (int i = 0; i < m_rows.size(); ++i)
        m_project->insertImages(m_rows.at(i), {m_images.at(i)});
}

} // namespace Hone
