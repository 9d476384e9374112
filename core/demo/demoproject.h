#pragma once

// The demo project: a few Fashion-MNIST classes from Debian's dataset-fashion-mnist package,
// written as PNG files in class folders inside a new project and imported.

#include <QString>

namespace Hone {

QString fashionMnistDirectory();

// Creates a project in `directory` with `perClass` images of each demo class, split 80/20, and
// training defaults suited to 28-pixel images.
bool createDemoProject(const QString &directory, int perClass, QString *error);

} // namespace Hone
