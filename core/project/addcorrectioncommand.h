#pragma once

#include "projecttypes.h"

#include <QByteArray>
#include <QUndoCommand>

namespace Hone {

class Project;

// Adds one image the model was just shown (a file, a pasted picture, a camera frame) to the
// dataset with the class the user confirmed or gave, as one undoable step. The image's encoded
// bytes are copied into the project as images/<class folder>/<name>, under a name that neither a
// file there nor an image of the project has (as the importer does), so nothing is overwritten.
//
// create() writes the file before the command exists: a write that fails changes nothing and
// says why. Undo removes the entry and the file the command wrote; redo writes the file again
// from the kept bytes if it is gone, and inserts the entry.
class AddCorrectionCommand : public QUndoCommand
{
public:
    // Null with *error set when the class is unknown, the bytes are empty, the same content is
    // in the project already, or the file cannot be written. `fileName` is only a name (any
    // folder part is dropped); an empty one becomes "image.png".
    static AddCorrectionCommand *create(Project *project, const QByteArray &bytes, const QString &fileName,
                                        int classId, QString *error);

    void undo() override;
    void redo() override;

    const ImageEntry &entry() const { return m_entry; }

private:
    AddCorrectionCommand(Project *project, const QByteArray &bytes, const ImageEntry &entry, const QString &className);

    Project *m_project;
    QByteArray m_bytes;
    ImageEntry m_entry;
    bool m_inserted = false;
};

} // namespace Hone
