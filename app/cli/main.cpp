// hone-cli: everything the GUI does, headless. Runs without a display: a QCoreApplication, except
// for `report`, whose plots are drawn by widgets on Qt's offscreen platform.

#include "clicontext.h"
#include "commands.h"

#include "languagemanager.h"
#include "util/failure.h"

#include <QCoreApplication>
#include <QGuiApplication>
#ifdef HONE_CLI_REPORT
#include <QApplication>
#endif

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <exception>

#include <functional>
#include <map>
#include <memory>

namespace {

QString overview()
{
    return QStringLiteral(
        "usage: hone-cli COMMAND [options]\n\n"
        "commands:\n"
        "  new DIR                                   create an empty project\n"
        "  import DIR SOURCE... [--layout auto|folders|flat|csv] [--copy|--reference]\n"
        "  info DIR [--json]                         classes, counts, splits\n"
        "  label DIR IMAGE CLASS                     label one image\n"
        "  recover DIR                               restore the last good project file\n"
        "  split DIR [--train X --val X --test X] [--seed N]\n"
        "  backbones [--json] [--download NAME [ID]]  the backbone zoo, its stages and weights\n"
        "  train DIR [--backbone NAME] [--weights default|imagenet|none|ID|FILE]\n"
        "            [--freeze N|STAGE] [--epochs N]\n"
        "            [--batch-size N] [--lr X] [--schedule cosine|onecycle|step|constant]\n"
        "            [--warmup N] [--image-size N] [--seed N] [--device auto|cpu|cuda]\n"
        "            [--augment flip,crop,rotate,color,trivial | --no-augment] [--cache-views N]\n"
        "            [--no-feature-cache] [--optimizer adamw|sgd] [--nesterov]\n"
        "            [--weight-decay X] [--decay-all] [--label-smoothing X] [--clip-grad X]\n"
        "            [--class-weights none|balanced] [--early-stop N]\n"
        "            [--early-stop-metric val_accuracy|val_loss] [--keep-last]\n"
        "            [--recipe custom|feature-extraction|fine-tune] [--head-epochs N]\n"
        "            [--stage-lr-decay X] [--resume RUN]\n"
        "  lr-find DIR [training options] [--min X --max X --steps N] [--json]\n"
        "  evaluate DIR [--run ID] [--split val|test] [--json]\n"
        "  report DIR [--run ID] [--split val|test] --output FILE.html|FILE.pdf\n"
        "  export DIR [--run ID] --format torchscript|onnx --output FILE [--no-verify] [--softmax]\n"
        "             [--embed-preprocessing] [--no-model-card]   also writes FILE.json and the model card FILE.md\n"
        "  save-backbone DIR [--run ID] --output FILE.safetensors [--float32]\n"
        "  pretrain OUTPUT.safetensors (--fashion-mnist LIST [--per-class N] | --project DIR)\n"
        "           [training options]          pretrain a backbone, with a reproducible manifest\n"
        "  doctor DIR [--backbone NAME] [--weights SPEC] [--folds K] [--rank self-confidence|margin]\n"
        "             [--similarity X] [--json]      label issues, duplicates, leakage, bad images\n"
        "  suggest DIR [--strategy margin|entropy|least-confidence|random] [--count N]\n"
        "              [--backbone NAME] [--weights SPEC] [--json]  what to label next, with suggestions\n"
        "  map DIR --output FILE.csv|FILE.png [--backbone NAME] [--weights SPEC]  the dataset in 2-D\n"
        "  embed IMAGE... [--backbone NAME] [--weights SPEC] [--image-size N] [--json]\n"
        "  predict MODEL PATH... [--csv OUT] [--threshold P] [--max-distance D] [--json]\n"
        "                                            images or folders; MODEL: .pt\n"
        "                                            (LibTorch) or .onnx (OpenCV DNN); reports unknowns\n"
        "  export-dataset DIR --format folders|csv --output PATH [--split-folders]\n"
        "  demo DIR [--per-class N]                  a Fashion-MNIST demo project\n\n"
        "'hone-cli COMMAND --help' describes a command.\n");
}

// An exception that escaped a thread of its own: one line on stderr rather than a bare
// "terminate called". Every project write is atomic, so what is on disk stays loadable.
[[noreturn]] void onTerminate()
{
    const QString message = std::current_exception() ? Hone::describeCurrentException()
                                                     : QStringLiteral("terminate called");
    std::fprintf(stderr, "hone-cli: fatal error: %s\n", qPrintable(message));
    std::abort();
}

} // namespace

int main(int argc, char *argv[])
{
    std::set_terminate(onTerminate);
    // `report` draws with widgets, `map` paints a picture with text: both on the offscreen platform.
    const bool needsWidgets = argc > 1 && std::strcmp(argv[1], "report") == 0;
    const bool needsGui = needsWidgets || (argc > 1 && std::strcmp(argv[1], "map") == 0);
    if (needsGui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#ifdef HONE_CLI_REPORT
    std::unique_ptr<QCoreApplication> application(needsWidgets ? new QApplication(argc, argv)
                                                  : needsGui   ? new QGuiApplication(argc, argv)
                                                               : new QCoreApplication(argc, argv));
#else
    std::unique_ptr<QCoreApplication> application(needsGui ? new QGuiApplication(argc, argv)
                                                           : new QCoreApplication(argc, argv));
#endif
    QCoreApplication &app = *application;
    QCoreApplication::setOrganizationName(QStringLiteral("Hone"));
    QCoreApplication::setApplicationName(QStringLiteral("Hone"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HONE_VERSION));
    Hone::LanguageManager::install();

    using Command = std::function<int(const QStringList &)>;
    const std::map<QString, Command> commands = {
        {QStringLiteral("new"), Hone::Cli::newProject},
        {QStringLiteral("import"), Hone::Cli::importImages},
        {QStringLiteral("info"), Hone::Cli::info},
        {QStringLiteral("recover"), Hone::Cli::recover},
        {QStringLiteral("label"), Hone::Cli::label},
        {QStringLiteral("split"), Hone::Cli::split},
        {QStringLiteral("backbones"), Hone::Cli::backbones},
        {QStringLiteral("embed"), Hone::Cli::embed},
        {QStringLiteral("doctor"), Hone::Cli::doctor},
        {QStringLiteral("suggest"), Hone::Cli::suggest},
        {QStringLiteral("map"), Hone::Cli::map},
        {QStringLiteral("pretrain"), Hone::Cli::pretrain},
        {QStringLiteral("save-backbone"), Hone::Cli::saveBackbone},
        {QStringLiteral("train"), Hone::Cli::train},
        {QStringLiteral("lr-find"), Hone::Cli::lrFind},
        {QStringLiteral("evaluate"), Hone::Cli::evaluate},
#ifdef HONE_CLI_REPORT
        {QStringLiteral("report"), Hone::Cli::report},
#endif
        {QStringLiteral("export"), Hone::Cli::exportModel},
        {QStringLiteral("predict"), Hone::Cli::predict},
        {QStringLiteral("demo"), Hone::Cli::demo},
        {QStringLiteral("export-dataset"), Hone::Cli::exportDataset},
    };
    QStringList args = app.arguments();
    if (args.size() < 2) {
        Hone::Cli::err() << overview() << Qt::flush;
        return Hone::Cli::UsageError;
    }
    const QString name = args.at(1);
    if (name == QLatin1String("--help") || name == QLatin1String("-h") || name == QLatin1String("help")) {
        Hone::Cli::out() << overview() << Qt::flush;
        return Hone::Cli::Success;
    }
    if (name == QLatin1String("--version")) {
        Hone::Cli::out() << "hone-cli " << HONE_VERSION << Qt::endl;
        return Hone::Cli::Success;
    }
    const auto it = commands.find(name);
    if (it == commands.end()) {
        Hone::Cli::err() << "hone-cli: unknown command '" << name << "'\n\n" << overview() << Qt::flush;
        return Hone::Cli::UsageError;
    }
    args.removeFirst();
    args[0] = QStringLiteral("hone-cli ") + name;
    // Core turns failures into messages; this is the last line of defence, never a core dump.
    try {
        return it->second(args);
    } catch (...) {
        return Hone::Cli::fail(Hone::describeCurrentException());
    }
}
