#pragma once

// The data doctor's findings as the Doctor workspace keeps them: keyed by the images'
// project-relative paths and class ids rather than by rows and class indices, so that they still
// lead to the right images after images were removed, moved or relabelled since the scan.

#include "analysis/datadoctor.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace Hone {

enum class FindingKind { Label, Duplicate, Leakage, Quality, Outlier, SmallClass, Unreadable };
constexpr int FindingKindCount = 7;

// The ImageEntry::reviewed mark that dismisses a finding of this kind; empty when there is none.
QString reviewedMark(FindingKind kind);

struct DoctorFinding
{
    FindingKind kind = FindingKind::Label;
    QStringList paths;          // project-relative; a duplicate group's members, else one image
    int given = -1;             // label issues: class ids
    int suggested = -1;
    double score = 0.0;         // label quality or outlier score
    bool exact = false;         // duplicates
    bool crossSplit = false;    // at scan time
    double similarity = 1.0;
    QStringList issues;         // image problems
    int classId = -1;           // small classes
    int images = 0;
    QString text;               // a small class's effect, an unreadable image's reason
};

// `relativePaths` and `classIds` are the snapshot `input` was taken from: the project-relative
// path of each input index and the id of each class index. Duplicate groups come once, as
// FindingKind::Duplicate (leakage is a view of them).
QVector<DoctorFinding> findingsFromReport(const DoctorReport &report, const QStringList &relativePaths,
                                          const QVector<int> &classIds);

} // namespace Hone
