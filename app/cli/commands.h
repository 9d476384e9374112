#pragma once

// hone-cli's commands. Each takes its arguments (command name first) and returns the exit code.

#include <QStringList>

namespace Hone {
class Project;
struct TrainingConfig;
}

namespace Hone::Cli {

int newProject(const QStringList &args);
int importImages(const QStringList &args);
int info(const QStringList &args);
int recover(const QStringList &args);
int label(const QStringList &args);
int split(const QStringList &args);
int demo(const QStringList &args);
int exportDataset(const QStringList &args);

int train(const QStringList &args);
int lrFind(const QStringList &args);
int evaluate(const QStringList &args);
int exportModel(const QStringList &args);
int predict(const QStringList &args);
int backbones(const QStringList &args);
int embed(const QStringList &args);
int doctor(const QStringList &args);
int suggest(const QStringList &args);
// Needs a QGuiApplication for a PNG (fonts); main() makes one, offscreen.
int map(const QStringList &args);
int pretrain(const QStringList &args);
int saveBackbone(const QStringList &args);
// Hone's and its libraries' versions (also `hone-cli --version`).
int version(const QStringList &args);

// Shared by train and pretrain: trains `project` with progress on stderr; *runId on success.
// autoKept: with the Auto recipe, the settings the command line gave (AutoField names).
int trainProject(Project &project, TrainingConfig config, const QString &resumeId, QString *runId,
                 const QStringList &autoKept = {});
// Makes sure a config's weights are on this machine, downloading zoo weights (progress on stderr).
bool fetchWeights(const QString &configValue, QString *error);

// Needs a QApplication (the report's plots are widgets); main() makes one, offscreen.
int report(const QStringList &args);

} // namespace Hone::Cli
