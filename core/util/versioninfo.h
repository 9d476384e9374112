#pragma once

// What `hone --version` and `hone-cli --version` print after the program's name: Hone's version
// on the first line, then one line each for Qt (the one running and the one built against),
// LibTorch, OpenCV and whether CUDA can be used. Bug reports need all of them, and one function
// keeps the GUI and the CLI saying the same thing.

#include <QString>

namespace Hone {

// "0.1.0\nQt 6.4.2 (built against 6.4.2)\nLibTorch 1.13.0\nOpenCV 4.6.0\nCUDA: not available"
QString versionText();

} // namespace Hone
