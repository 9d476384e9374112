#pragma once

// The demo project: a few Fashion-MNIST classes from Debian's dataset-fashion-mnist package,
// written as PNG files in class folders inside a new project and imported.

#include <QList>
#include <QString>
#include <QStringList>

namespace Hone {

struct TrainingConfig;

QString fashionMnistDirectory();

// Fashion-MNIST's ten class names, by label, as folder names ("t-shirt" ... "ankle-boot").
QStringList fashionMnistClassNames();

enum class FashionMnistSplit { Train, Test };

// Creates a project in `directory` with the first `perClass` images of each of `classes`
// (labels 0–9) from the training or test file, split 80/20 (seed 7), and training defaults
// suited to 28-pixel images (fashionMnistDefaults(), unless `defaults` is given).
bool createFashionMnistProject(const QString &directory, const QList<int> &classes, int perClass,
                               FashionMnistSplit split, QString *error,
                               const TrainingConfig *defaults = nullptr);
TrainingConfig fashionMnistDefaults();

// The demo: demoClasses() from the test images, trained by default on the bundled backbone.
bool createDemoProject(const QString &directory, int perClass, QString *error);
QList<int> demoClasses();

} // namespace Hone
