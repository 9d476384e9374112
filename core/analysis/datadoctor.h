#pragma once

// The data doctor: one scan of a project's images that finds label issues (confident learning on
// K-fold out-of-sample probabilities of a head trained on frozen embeddings), exact and near
// duplicates (with leakage across splits), image-quality problems, outliers and class imbalance.
// Everything is computed from one embedding pass (embeddingpass.h), so a repeated scan of an
// unchanged dataset costs only the heads.
//
// DoctorInput is a snapshot of the project taken on its thread; runDoctor() may run on any
// thread; DoctorReport holds plain values that lead back to project rows. Findings the user
// dismissed (ImageEntry::reviewed) are left out of the report and counted.

#include "confidentlearning.h"
#include "duplicatefinder.h"
#include "imagequality.h"
#include "nn/embeddingmath.h"
#include "project/projecttypes.h"

#include <QJsonObject>
#include <QStringList>
#include <QVector>

#include <atomic>
#include <functional>

namespace Hone {

class Project;

struct DoctorInput
{
    QString cacheDirectory;
    QStringList classNames;
    QStringList paths;          // absolute
    QStringList hashes;
    QVector<int> labels;        // class index into classNames, −1 unlabelled
    QVector<Split> splits;
    QVector<QStringList> reviewed;
    QVector<int> rows;          // project rows

    static DoctorInput fromProject(const Project &project);
};

struct DoctorOptions
{
    QString backbone;           // empty = the bundled backbone
    QString weights;            // a TrainingConfig weights value; see weightsSpecToConfig()
    int imageSize = 0;
    QString device = QStringLiteral("auto");
    int folds = 5;
    LabelRanking ranking = LabelRanking::SelfConfidence;
    quint64 seed = 0;
    Nn::SoftmaxHeadOptions head;
    DuplicateOptions duplicates;
    QualityThresholds quality;
    int neighbours = 5;
    double outlierFactor = 3.0;
    double smallClassShare = 0.5;   // of the median class size
};

struct QualityFinding
{
    int index = -1;             // into DoctorInput's lists
    QStringList issues;
};

struct OutlierFinding
{
    int index = -1;
    double score = 0.0;
};

struct ClassBalance
{
    int classIndex = -1;
    int images = 0;
    double ratio = 1.0;         // images / the median class's images
    QString effect;             // what it does to training, in words
};

struct DoctorReport
{
    QString backbone;
    int folds = 0;
    QString foldNote;
    QVector<LabelIssue> labelIssues;   // rows are indices into DoctorInput
    QVector<DuplicateGroup> duplicates;
    QVector<QualityFinding> quality;
    QVector<OutlierFinding> outliers;
    double outlierThreshold = 0.0;
    QVector<ClassBalance> imbalance;
    QVector<double> labelQuality;      // per index, −1 when not scored
    QVector<int> unreadable;
    QStringList unreadableReasons;
    int dismissed = 0;                 // findings left out because the user checked them
    int labelled = 0;
    int images = 0;
    int reusedFeatures = 0;
    int computedFeatures = 0;
    double embeddingSeconds = 0.0;
    double headSeconds = 0.0;
    double seconds = 0.0;
};

// `progress(stage, done, total)`: stage "embedding" then "folds". False with *error on failure,
// false with an empty error when stopped.
bool runDoctor(const DoctorInput &input, const DoctorOptions &options, DoctorReport *report, QString *error,
               const std::atomic_bool &stop,
               const std::function<void(const QString &, int, int)> &progress = {});

// The `hone-cli doctor --json` object (see the README): labelIssues, duplicates, quality,
// outliers, folds, backbone, seconds, and more.
QJsonObject doctorReportJson(const DoctorInput &input, const DoctorReport &report);

// A few lines for people: counts per kind and the first findings of each.
QString doctorSummary(const DoctorInput &input, const DoctorReport &report, int perKind = 5);

} // namespace Hone
