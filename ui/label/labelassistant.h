#pragma once

// Labelling with the model, for the workspaces: keeps suggested classes for the project's
// unlabelled images and the "Label next" queue up to date while the user labels.
//
// The embeddings are the latest finished run's trunk when that run trained it, else the training
// settings' backbone, else the bundled one (see chooseBackbone()). One embedding pass
// (core/analysis/embeddingpass.h, cached in the project) runs in the
// background when the assistant is switched on and again when images come or go (only new images
// cost anything then); a softmax head on the labelled images' embeddings is refitted in the
// background after every `retrainEvery` new labels (and when classes change), and the suggestions
// and the queue refresh when it is done. Nothing here ever waits on the UI thread: a refresh
// asked for while one runs starts when it finishes.
//
// Suggestions are kept by image path, so they survive rows moving; each is for an image that was
// unlabelled when it was made, and AcceptSuggestionsCommand drops it if the image has been
// labelled since.

#include "analysis/activelearning.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QThreadPool>
#include <QTimer>

#include <atomic>
#include <memory>

namespace Hone {

class Project;

// The embeddings of one pass, shared read-only with the background work and the map.
struct ProjectEmbeddings
{
    QStringList paths;              // project-relative, the pass's rows
    QHash<QString, int> rowOf;      // path → row
    std::vector<float> features;    // rows × dims
    std::vector<float> unitRows;    // centred, unit length
    int dims = 0;
    QVector<bool> readable;
    QString backbone;
    QString source;                 // in words: "mobilenet_v3_small", "the trunk of run 20261203-0658"
};

class LabelAssistant : public QObject
{
    Q_OBJECT

public:
    struct Entry
    {
        int classId = -1;           // −1: no suggestion
        float confidence = 0.0f;
        float score = 0.0f;
    };

    explicit LabelAssistant(Project *project, QObject *parent = nullptr);
    ~LabelAssistant() override;

    bool isEnabled() const { return m_enabled; }
    void setEnabled(bool on);
    QueryStrategy strategy() const { return m_options.strategy; }
    void setStrategy(QueryStrategy strategy);
    int retrainEvery() const { return m_retrainEvery; }
    void setRetrainEvery(int labels);

    // The suggestion for an image (by project-relative path); classId −1 when there is none or
    // the image is labelled now.
    Entry suggestion(const QString &path) const;
    // Project rows of unlabelled images, most useful to label first.
    QVector<int> queueRows() const;
    // Project rows whose suggestion's confidence is at least `threshold`, with their classes.
    void suggestionsAbove(double threshold, QVector<int> *rows, QVector<int> *classIds) const;

    bool isBusy() const { return m_passRunning || m_fitRunning; }
    bool isColdStart() const { return m_coldStart; }
    int fits() const { return m_fits; }
    double lastFitSeconds() const { return m_lastFitSeconds; }
    std::shared_ptr<const ProjectEmbeddings> embeddings() const { return m_embeddings; }
    // "Suggestions from 120 labels in 0.2 s", "Embedding 120 of 500 images…", for a status line.
    QString statusText() const { return m_status; }

    // Refits now (in the background), whatever the label count since the last fit.
    void refresh();
    // Embeds again (after a run finished: its trunk may be the better source), then refits.
    void reload() { scheduleEmbedding(); }

Q_SIGNALS:
    void suggestionsChanged();
    void embeddingsChanged();
    void statusChanged(const QString &text);

private:
    void scheduleEmbedding();
    void startEmbedding();
    void startFit();
    void onLabelsChanged(const QVector<int> &rows);
    void setStatus(const QString &text);

    Project *m_project;
    bool m_enabled = false;
    SuggestOptions m_options;
    int m_retrainEvery = 10;
    int m_newLabels = 0;
    bool m_passRunning = false;
    bool m_fitRunning = false;
    bool m_passWanted = false;
    bool m_fitWanted = false;
    bool m_coldStart = false;
    int m_fits = 0;
    double m_lastFitSeconds = 0.0;
    quint64 m_generation = 0;   // bumped when the project is replaced; late results are dropped
    std::shared_ptr<std::atomic_bool> m_stop;
    std::shared_ptr<const ProjectEmbeddings> m_embeddings;
    QHash<QString, Entry> m_suggestions;
    QStringList m_queue;        // paths
    QThreadPool m_pool;         // the pass and the fits, one at a time
    QTimer m_embedTimer;
    QString m_status;
};

} // namespace Hone
