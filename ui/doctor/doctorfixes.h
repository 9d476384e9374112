#pragma once

// The Doctor workspace's one-key fixes as undo commands (see doctorworkspace.h for the keys).

#include "doctorfindings.h"

#include <QVector>

class QUndoCommand;

namespace Hone {

class Project;

// The command `key` stands for on `finding`, where `imageRow` is the selected image (−1 when a
// whole group is selected) and `rows` the finding's remaining images; nullptr when there is
// nothing to do. *consumed says whether the key belongs to the Doctor (so that the list does not
// also search or select with it).
QUndoCommand *doctorFix(Project *project, const DoctorFinding &finding, int imageRow, const QVector<int> &rows,
                        int key, bool *consumed);

} // namespace Hone
