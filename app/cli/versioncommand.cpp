#include "clicontext.h"
#include "commands.h"

#include "util/versioninfo.h"

#include <QCoreApplication>

namespace Hone::Cli {

int version(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Cli", "Print Hone's version, the versions of Qt, LibTorch and OpenCV, and whether CUDA is available."));
    int code = 0;
    if (!parse(parser, args, 0, &code))
        return code;
    // The first line stays "hone-cli VERSION": help2man and scripts read it.
    out() << "hone-cli " << versionText() << Qt::endl;
    return Success;
}

} // namespace Hone::Cli
