#include "addimagescommand.h"

#include "project.h"

#include <QCoreApplication>

namespace Hone {

AddImagesCommand::AddImagesCommand(Project *project, const QVector<ClassInfo> &newClasses,
                                   const QVector<ImageEntry> &images, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_project(project)
    , m_classes(newClasses)
    , m_images(images)
{
    setText(QCoreApplication::translate("UndoCommands", "Import %n image(s)", nullptr,
                                        images.size()));
}

void AddImagesCommand::redo()
{
    for (const ClassInfo &c : m_classes)
        m_project->insertClass(m_project->classes().size(), c);
    m_firstRow = m_project->images().size();
    m_project->insertImages(m_firstRow, m_images);
}

void AddImagesCommand::undo()
{
    m_project->removeImages(m_firstRow, m_images.size());
    for (int i = 0; i < m_classes.size(); ++i)
        m_project->removeClass(m_project->classes().size() - 1);
}

} // namespace Hone
