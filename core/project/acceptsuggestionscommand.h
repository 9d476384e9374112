#pragma once

#include <QUndoCommand>
#include <QVector>

namespace Hone {

class Project;

// Gives unlabelled images the classes suggested for them (core/analysis/activelearning.h) as one
// undoable step. A suggestion is made for an unlabelled image; one whose image has been labelled
// since, or whose class has been removed since, is stale and left out: accepting never overwrites
// a label the user gave.
class AcceptSuggestionsCommand : public QUndoCommand
{
public:
    AcceptSuggestionsCommand(Project *project, const QVector<int> &rows, const QVector<int> &classIds,
                             QUndoCommand *parent = nullptr);

    // The images the command labels (rows and classes of the suggestions that were not stale).
    int accepted() const { return m_rows.size(); }
    QVector<int> rows() const { return m_rows; }

    void undo() override;
    void redo() override;

private:
    Project *m_project;
    QVector<int> m_rows;
    QVector<int> m_classIds;
};

} // namespace Hone
