#pragma once

// Labelling with the model: suggested classes for unlabelled images, and the order in which to
// label them (active learning). Both come from a softmax head (embeddingmath.h) fitted on the
// embeddings of the labelled images, so a refresh after new labels costs a fraction of a second
// once the embeddings are cached (embeddingpass.h).
//
// The queue ranks unlabelled images by how unsure the head is about them (margin, entropy or least
// confidence), and keeps batches diverse: walking down the ranking, an image too similar to one
// already in the current batch of `batch` waits for a later batch, so a user labelling twenty in a
// row does not see twenty near-identical frames. With fewer than two classes labelled there is no
// head: the queue is then the cold start, typical and diverse images first (k-means on the
// embeddings, the image nearest each centre, largest cluster first; then the second nearest …).
//
// Plain values only; rows are indices into the caller's lists.

#include "nn/embeddingmath.h"

#include <QString>
#include <QVector>

#include <vector>

namespace Hone {

enum class QueryStrategy { Margin, Entropy, LeastConfidence, Random };

bool queryStrategyFromName(const QString &name, QueryStrategy *strategy);
QString queryStrategyName(QueryStrategy strategy);

// Per row of `probabilities` (rows × classes), how useful its label would be, higher first:
// margin 1 − (p₁ − p₂), entropy −Σ p log p / log C, least confidence 1 − p₁, random a seeded
// uniform draw per row.
std::vector<float> uncertaintyScores(const std::vector<float> &probabilities, int classes, QueryStrategy strategy,
                                     quint64 seed);

struct DiversityOptions
{
    int batch = 20;             // the images a user labels before the head retrains
    float redundancy = 0.95f;   // cosine similarity (centred embeddings) above which two are "the same"
    int lookAhead = 50;         // batches' worth of candidates scanned before redundancy is accepted
};

// `candidates` ordered by `scores` (indexed by row, higher first) with batch diversity, using
// `unitRows` (unit-length rows × dims, as normalizedRows() gives).
QVector<int> diverseOrder(const QVector<int> &candidates, const std::vector<float> &scores,
                          const std::vector<float> &unitRows, int dims, const DiversityOptions &options);

// The cold start: `candidates` ordered typical and diverse first (see above). `clusters` 0 picks
// about √(candidates), at most 50.
QVector<int> coldStartOrder(const QVector<int> &candidates, const std::vector<float> &unitRows, int dims,
                            int clusters, quint64 seed);

struct Suggestion
{
    int classIndex = -1;        // −1: no suggestion (labelled, unreadable, or no head yet)
    float confidence = 0.0f;    // the head's probability of that class
    float score = 0.0f;         // the strategy's usefulness of labelling this image
};

// The head's L2 penalty (per sample, as SoftmaxHeadOptions::l2) for `labelled` labelled images:
// 4 / labelled within [0.001, 0.1] — a prior of fixed total strength, as scikit-learn's
// LogisticRegression(C = 0.25) — strong while a few labels could be fitted any way, weak once
// there are hundreds. bench/run-active.sh: a fixed 0.1 stalls at 0.75 on ten Fashion-MNIST
// classes where 0.001 reaches 0.82 on the full pool, while 0.01 early on lets margin sampling
// fall behind random.
double suggestionPenalty(int labelled);

struct SuggestOptions
{
    SuggestOptions() { head.l2 = -1.0; }

    QueryStrategy strategy = QueryStrategy::Margin;
    DiversityOptions diversity;
    int clusters = 0;
    quint64 seed = 0;
    Nn::SoftmaxHeadOptions head;   // l2 < 0: suggestionPenalty() of the labels there are
};

struct SuggestionSet
{
    QVector<Suggestion> rows;   // one per input row
    QVector<int> queue;         // unlabelled readable rows, most useful to label first
    bool coldStart = false;     // no head: fewer than two classes have labels
    int labelled = 0;           // labelled readable rows the head was fitted on
    QVector<int> classesSeen;   // class indices with at least one label (those the head can suggest)
    double seconds = 0.0;
};

// `features` rows × dims (as an embedding pass gives), `labels` class indices or −1, `classes`
// the project's class count. May throw std::exception from the arithmetic; callers catch.
SuggestionSet suggestLabels(const std::vector<float> &features, int dims, const QVector<bool> &readable,
                            const QVector<int> &labels, int classes, const SuggestOptions &options);

// Like suggestLabels() with the unit rows already made (normalizedRows(features, dims, true,
// readable)), for callers that refresh often on fixed embeddings.
SuggestionSet suggestLabels(const std::vector<float> &features, const std::vector<float> &unitRows, int dims,
                            const QVector<bool> &readable, const QVector<int> &labels, int classes,
                            const SuggestOptions &options);

} // namespace Hone
