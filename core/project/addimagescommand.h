#pragma once

#include "projecttypes.h"

#include <QUndoCommand>

namespace Hone {

class Project;

// Appends images (and the classes they introduce) as one undoable step, e.g. one import.
class AddImagesCommand : public QUndoCommand
{
public:
    AddImagesCommand(Project *project, const QVector<ClassInfo> &newClasses,
                     const QVector<ImageEntry> &images, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    Project *m_project;
    QVector<ClassInfo> m_classes;
    QVector<ImageEntry> m_images;
    int m_firstRow = -1;
};

} // namespace Hone
