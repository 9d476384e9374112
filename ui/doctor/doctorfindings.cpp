#include "doctorfindings.h"

namespace Hone {

QString reviewedMark(FindingKind kind)
{
    switch (kind) {
    case FindingKind::Label:
        return QStringLiteral("label");
    case FindingKind::Duplicate:
    case FindingKind::Leakage:
        return QStringLiteral("duplicate");
    case FindingKind::Quality:
        return QStringLiteral("quality");
    case FindingKind::Outlier:
        return QStringLiteral("outlier");
    case FindingKind::SmallClass:
    case FindingKind::Unreadable:
        break;
    }
    return QString();
}

QVector<DoctorFinding> findingsFromReport(const DoctorReport &report, const QStringList &relativePaths,
                                          const QVector<int> &classIds)
{
    QVector<DoctorFinding> out;
    const auto path = [&](int index) { return relativePaths.value(index); };
    for (const LabelIssue &issue : report.labelIssues) {
        DoctorFinding f;
        f.kind = FindingKind::Label;
        f.paths = {path(issue.row)};
        f.given = classIds.value(issue.given, -1);
        f.suggested = classIds.value(issue.suggested, -1);
        f.score = issue.score;
        out.append(f);
    }
    for (const DuplicateGroup &group : report.duplicates) {
        DoctorFinding f;
        f.kind = FindingKind::Duplicate;
        for (int index : group.rows)
            f.paths.append(path(index));
        f.exact = group.exact;
        f.crossSplit = group.crossSplit;
        f.similarity = group.similarity;
        out.append(f);
    }
    for (const QualityFinding &q : report.quality) {
        DoctorFinding f;
        f.kind = FindingKind::Quality;
        f.paths = {path(q.index)};
        f.issues = q.issues;
        out.append(f);
    }
    for (const OutlierFinding &o : report.outliers) {
        DoctorFinding f;
        f.kind = FindingKind::Outlier;
        f.paths = {path(o.index)};
        f.score = o.score;
        out.append(f);
    }
    for (const ClassBalance &b : report.imbalance) {
        DoctorFinding f;
        f.kind = FindingKind::SmallClass;
        f.classId = classIds.value(b.classIndex, -1);
        f.images = b.images;
        f.text = b.effect;
        out.append(f);
    }
    for (int k = 0; k < report.unreadable.size(); ++k) {
        DoctorFinding f;
        f.kind = FindingKind::Unreadable;
        f.paths = {path(report.unreadable[k])};
        f.text = report.unreadableReasons.value(k);
        out.append(f);
    }
    return out;
}

} // namespace Hone
