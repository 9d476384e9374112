#pragma once

// hone-cli's commands. Each takes its arguments (command name first) and returns the exit code.

#include <QStringList>

namespace Hone::Cli {

int newProject(const QStringList &args);
int importImages(const QStringList &args);
int info(const QStringList &args);
int label(const QStringList &args);
int split(const QStringList &args);
int demo(const QStringList &args);
int exportDataset(const QStringList &args);

int train(const QStringList &args);
int lrFind(const QStringList &args);
int evaluate(const QStringList &args);
int exportModel(const QStringList &args);
int predict(const QStringList &args);
// Needs a QApplication (the report's plots are widgets); main() makes one, offscreen.
int report(const QStringList &args);

} // namespace Hone::Cli
