#pragma once

// Exact and near duplicates, as groups. Exact: the same decoded pixels (ImageSurvey::pixelHash),
// whatever the file format. Near: two images are linked when their embeddings' cosine similarity
// is at least `strongSimilarity`, or at least `similarity` while their perceptual hashes differ in
// at most `hashDistance` bits, or when the hashes differ in at most `strongHashDistance` bits and
// the embeddings still agree to `hashSimilarity`. Linked images form groups (connected components).
// A group whose images lie in more than one of train, validation and test is leakage: the same
// photo scores in validation what it learned in training.

#include "project/projecttypes.h"

#include <QString>
#include <QVector>

#include <vector>

namespace Hone {

struct DuplicateOptions
{
    float similarity = 0.92f;
    int hashDistance = 12;
    float strongSimilarity = 0.97f;
    int strongHashDistance = 4;
    float hashSimilarity = 0.80f;
};

struct DuplicateGroup
{
    bool exact = false;
    QVector<int> rows;          // ascending
    bool crossSplit = false;
    double similarity = 1.0;    // the weakest link's cosine similarity (1 for exact groups)
};

struct DuplicateItem
{
    QString pixelHash;          // empty when the image could not be read
    quint64 perceptualHash = 0;
    Split split = Split::Unassigned;
};

// `unitEmbeddings` holds one unit-length row of `dims` values per item (may be empty: then only
// exact duplicates are found). Groups come largest first, exact before near.
QVector<DuplicateGroup> findDuplicates(const QVector<DuplicateItem> &items, const std::vector<float> &unitEmbeddings,
                                       int dims, const DuplicateOptions &options = {});

// True when `splits` holds more than one of train, validation and test.
bool spansSplits(const QVector<Split> &splits);

} // namespace Hone
