#pragma once

// Exact and near duplicates, as groups. Exact: the same decoded pixels (ImageSurvey::pixelHash),
// whatever the file format. Near: two images are linked when they look alike to the perceptual
// hash (≤ `hashDistance` bits of 64 apart, the whole of one against the whole or the central crop
// of the other: re-encodes, resizes, brightness changes,
// JPEG recompression, small central crops) while their embeddings (centred, cosine) do not
// contradict it (≥ `hashSimilarity`, 0: not opposed), or when the embeddings agree closely
// (≥ `similarity`) while
// the hashes are still near (≤ `looseHashDistance`). Both signals are needed: pictures of one
// kind of object on plain backgrounds share hashes, and one backbone's embeddings of different
// photos of one scene can agree. Candidates must also agree pixel by pixel at 16 × 16
// (`pixelCorrelation`). Linked images form groups (connected components).
// A group whose images lie in more than one of train, validation and test is leakage: the same
// photo scores in validation what it learned in training.

#include "project/projecttypes.h"

#include <QString>
#include <QVector>

#include <vector>

namespace Hone {

struct DuplicateOptions
{
    int hashDistance = 4;
    float hashSimilarity = 0.0f;
    float similarity = 0.97f;
    int looseHashDistance = 12;
    // And in every case the pixels must agree: the 16 × 16 grey images (whole or central crop)
    // correlate to at least this. Different objects of one kind on plain backgrounds do not.
    double pixelCorrelation = 0.95;
};

struct DuplicateGroup
{
    bool exact = false;
    QVector<int> rows;          // ascending
    bool crossSplit = false;
    double similarity = 1.0;    // the weakest link's cosine similarity (1 for exact groups)
    QVector<QVector<int>> exactSets;   // in a near group: the rows that share their pixels
};

struct DuplicateItem
{
    QString pixelHash;          // empty when the image could not be read
    quint64 perceptualHash = 0;
    quint64 cropHash = 0;
    Split split = Split::Unassigned;
    QByteArray tiny;            // ImageSurvey::tiny and tinyCrop; empty = no pixel check
    QByteArray tinyCrop;
};

// `unitEmbeddings` holds one unit-length row of `dims` values per item (may be empty: then only
// exact duplicates are found). Groups come largest first, exact before near.
QVector<DuplicateGroup> findDuplicates(const QVector<DuplicateItem> &items, const std::vector<float> &unitEmbeddings,
                                       int dims, const DuplicateOptions &options = {});

// True when `splits` holds more than one of train, validation and test.
bool spansSplits(const QVector<Split> &splits);

} // namespace Hone
