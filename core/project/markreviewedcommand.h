#pragma once

#include <QStringList>
#include <QUndoCommand>
#include <QVector>

namespace Hone {

class Project;

// Marks data-doctor findings of one kind ("label", "duplicate", "quality", "outlier") as checked
// and not an issue, for a set of images, as one undoable step (or clears the mark).
class MarkReviewedCommand : public QUndoCommand
{
public:
    MarkReviewedCommand(Project *project, const QVector<int> &rows, const QString &kind, bool reviewed = true,
                        QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    Project *m_project;
    QVector<int> m_rows;
    QVector<QStringList> m_old;
    QVector<QStringList> m_new;
};

} // namespace Hone
