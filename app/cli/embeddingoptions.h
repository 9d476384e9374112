#pragma once

// The options of the commands that work on a project's embeddings (doctor, suggest, map):
// --backbone, --weights and --image-size, parsed and checked in one place, and the pass itself
// with its progress on stderr.

#include "analysis/datadoctor.h"
#include "analysis/embeddingpass.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

namespace Hone::Cli {

struct EmbeddingOptions
{
    QCommandLineOption backbone;
    QCommandLineOption weights;
    QCommandLineOption imageSize;

    EmbeddingOptions();
    void addTo(QCommandLineParser &parser) const;
    // Fills the request's backbone, weights (fetched when they are zoo weights) and size; on a
    // problem prints it and returns false with *code set.
    bool read(const QCommandLineParser &parser, EmbeddingRequest *request, int *code) const;
};

// The embedding pass over a project snapshot, progress as "COMMAND: embeddings done/total".
bool embedProject(const QString &command, const DoctorInput &input, EmbeddingRequest request,
                  EmbeddingPass *pass, QString *error);

} // namespace Hone::Cli
