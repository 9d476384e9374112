#pragma once

// A snapshot of what a run trains on, taken on the project's thread so the training thread never
// touches the Project. Labels are dense indices into classNames (project class order).

#include <QStringList>
#include <QVector>

namespace Hone {

class Project;

struct TrainingData
{
    QString projectDir;
    QStringList classNames;
    QStringList trainPaths;     // absolute
    QVector<int> trainLabels;
    QStringList trainHashes;    // content SHA-256 (hex) of each image, for the feature cache
    QStringList valPaths;
    QVector<int> valLabels;
    QStringList valHashes;
    QVector<int> valRows;       // the project rows of valPaths, to lead results back to the images

    // Fails with a message when there is nothing sensible to train on.
    static bool fromProject(const Project &project, TrainingData *data, QString *error);
    // A hash over every image's content hash, class and split, in a fixed order: what a run
    // trained on (run.json's datasetHash; a resumed run must see the same).
    QString contentHash() const;
};

// Labeled images without a split get a stratified 80/20 train/val split (one undo command).
// Returns the number of images that were assigned.
int assignMissingSplits(Project *project, quint64 seed);

} // namespace Hone
