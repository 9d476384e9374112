#include "commandtable.h"

#include "commands.h"

#include "zoo/backbonecatalog.h"

#include <QCoreApplication>

namespace Hone::Cli {

namespace {

// "@backbones": the architectures of Hone's catalogue, filled in where the table is rendered.
constexpr const char *backboneNames = "@backbones";
constexpr const char *weightSpecs = "default|imagenet|none|ID|FILE";
constexpr const char *devices = "auto|cpu|cuda|cuda:N";

const std::vector<CliOption> embeddingOptions = {
    {"backbone", "NAME", backboneNames},
    {"weights", "SPEC", weightSpecs},
    {"image-size", "N"},
    {"device", "DEVICE", devices},
};

std::vector<CliOption> withEmbedding(std::vector<CliOption> own)
{
    own.insert(own.end(), embeddingOptions.begin(), embeddingOptions.end());
    return own;
}

const CliOption runId{"run", "ID"};
const CliOption jsonSwitch{"json"};
const CliOption deviceName{"device", "DEVICE", devices};
const CliOption splitName{"split", "SPLIT", "val|test"};

} // namespace

const std::vector<CliOption> &trainingOptionTable()
{
    static const std::vector<CliOption> table = {
        {"backbone", "NAME", backboneNames},
        {"weights", "SPEC", weightSpecs},
        {"recipe", "NAME", "auto|custom|feature-extraction|fine-tune"},
        {"freeze", "N|STAGE"},
        {"head-epochs", "N"},
        {"stage-lr-decay", "X"},
        {"epochs", "N"},
        {"batch-size", "N"},
        {"lr", "X"},
        {"optimizer", "NAME", "adamw|sgd"},
        {"nesterov"},
        {"weight-decay", "X"},
        {"decay-all"},
        {"schedule", "NAME", "cosine|onecycle|step|constant"},
        {"warmup", "N"},
        {"label-smoothing", "X"},
        {"clip-grad", "X"},
        {"class-weights", "MODE", "none|balanced"},
        {"early-stop", "N"},
        {"early-stop-metric", "METRIC", "val_accuracy|val_loss"},
        {"keep-last"},
        {"augment", "LIST", "flip|crop|rotate|color|trivial"},
        {"no-augment"},
        {"cache-views", "N"},
        {"no-feature-cache"},
        {"image-size", "N"},
        {"seed", "N"},
        {"threads", "N"},
        {"device", "DEVICE", devices},
        {"precision", "MODE", "auto|fp32|fp16|bf16"},
        {"channels-last", "MODE", "auto|on|off"},
    };
    return table;
}

const std::vector<CliCommand> &commandTable()
{
    static const std::vector<CliCommand> table = {
        {"new", "DIR", {}, false, QT_TRANSLATE_NOOP("Cli", "Create an empty project."), newProject},
        {"import", "DIR SOURCE...",
         {{"layout", "LAYOUT", "auto|folders|flat|csv"}, {"copy"}, {"reference"}}, false,
         QT_TRANSLATE_NOOP("Cli", "Import image files and folders (folders per class, flat, or CSV)."), importImages},
        {"info", "DIR", {jsonSwitch}, false, QT_TRANSLATE_NOOP("Cli", "Classes, counts and splits."), info},
        {"label", "DIR IMAGE CLASS", {}, false, QT_TRANSLATE_NOOP("Cli", "Label one image."), label},
        {"recover", "DIR", {}, false, QT_TRANSLATE_NOOP("Cli", "Restore the last good project file."), recover},
        {"split", "DIR", {{"train", "X"}, {"val", "X"}, {"test", "X"}, {"seed", "N"}}, false,
         QT_TRANSLATE_NOOP("Cli", "Split the labelled images into train, validation and test."), split},
        {"backbones", "[ID]",
         {jsonSwitch, {"download", "NAME", backboneNames}, {"speed", "NAME", backboneNames}, {"image-size", "N"}, deviceName},
         false,
         QT_TRANSLATE_NOOP("Cli", "The backbone zoo: architectures, freeze stages and weights; downloads weights."),
         backbones},
        {"train", "DIR", {{"resume", "ID"}}, true,
         QT_TRANSLATE_NOOP("Cli", "Train a classifier; the run is kept in the project."), train},
        {"lr-find", "DIR", {{"min", "X"}, {"max", "X"}, {"steps", "N"}, jsonSwitch}, true,
         QT_TRANSLATE_NOOP("Cli", "Find a learning rate with a range test."), lrFind},
        {"evaluate", "DIR", {runId, splitName, jsonSwitch, deviceName}, false,
         QT_TRANSLATE_NOOP("Cli", "Accuracy, per-class metrics and the confusion matrix of a run."), evaluate},
#ifdef HONE_CLI_REPORT
        {"report", "DIR", {runId, splitName, {"output", "FILE", nullptr, true}, {"no-data-health"}, deviceName}, false,
         QT_TRANSLATE_NOOP("Cli", "A run's report as HTML or PDF (FILE.html, FILE.pdf)."), report},
#endif
        {"export", "DIR",
         {runId, {"format", "FORMAT", "torchscript|onnx"}, {"output", "FILE", nullptr, true}, {"no-verify"}, {"softmax"},
          {"embed-preprocessing"}, {"no-model-card"}},
         false,
         QT_TRANSLATE_NOOP("Cli", "Export a run as TorchScript or ONNX, with FILE.json and the model card FILE.md."),
         exportModel},
        {"save-backbone", "DIR", {runId, {"output", "FILE", nullptr, true}, {"float32"}}, false,
         QT_TRANSLATE_NOOP("Cli", "Save a run's trunk as a backbone (.safetensors)."), saveBackbone},
        {"pretrain", "OUTPUT",
         {{"fashion-mnist", "LIST"}, {"per-class", "N"}, {"project", "DIR"}, {"work", "DIR"}, {"id", "ID"},
          {"label", "TEXT"}},
         true, QT_TRANSLATE_NOOP("Cli", "Pretrain a backbone (.safetensors) with a reproducible manifest."), pretrain},
        {"doctor", "DIR",
         withEmbedding({{"folds", "K"}, {"rank", "self-confidence|margin", "self-confidence|margin"},
                        {"similarity", "X"}, {"hash-distance", "N"}, {"seed", "N"}, {"head-l2", "X"}, jsonSwitch}),
         false, QT_TRANSLATE_NOOP("Cli", "Label issues, duplicates, leakage and bad images."), doctor},
        {"suggest", "DIR",
         withEmbedding({{"strategy", "NAME", "margin|entropy|least-confidence|random"}, {"count", "N"},
                        {"batch", "N"}, {"seed", "N"}, jsonSwitch}),
         false, QT_TRANSLATE_NOOP("Cli", "What to label next, with suggested classes."), suggest},
        {"map", "DIR", withEmbedding({{"output", "FILE", nullptr, true}, {"neighbours", "N"}, {"seed", "N"}}), false,
         QT_TRANSLATE_NOOP("Cli", "The dataset in two dimensions (FILE.csv or FILE.png)."), map},
        {"embed", "IMAGE...",
         {{"backbone", "NAME", backboneNames}, {"weights", "SPEC", weightSpecs}, {"image-size", "N"}, jsonSwitch, deviceName},
         false, QT_TRANSLATE_NOOP("Cli", "Embeddings of images as JSON."), embed},
        {"predict", "MODEL PATH...",
         {jsonSwitch, {"csv", "FILE"}, {"threshold", "P"}, {"max-distance", "D"}, {"quiet"}, deviceName}, false,
         QT_TRANSLATE_NOOP("Cli", "Classify images or folders with an exported model (.pt or .onnx); reports unknowns."),
         predict},
        {"export-dataset", "DIR", {{"format", "FORMAT", "folders|csv"}, {"output", "PATH", nullptr, true}, {"split-folders"}},
         false, QT_TRANSLATE_NOOP("Cli", "Write the labelled images as class folders or a CSV file."), exportDataset},
        {"demo", "DIR", {{"per-class", "N"}}, false, QT_TRANSLATE_NOOP("Cli", "Create a Fashion-MNIST demo project."),
         demo},
        {"version", "", {}, false,
         QT_TRANSLATE_NOOP("Cli", "Hone's version and those of Qt, LibTorch and OpenCV; whether CUDA is available."),
         version},
    };
    return table;
}

bool isBackboneList(const CliOption &option)
{
    return option.choices && QLatin1String(option.choices) == QLatin1String(backboneNames);
}

QStringList choicesOf(const CliOption &option)
{
    if (!option.choices)
        return {};
    if (isBackboneList(option)) {
        QStringList names;
        for (const BackboneInfo &info : backboneCatalog())
            names.append(info.name);
        return names;
    }
    return QString::fromLatin1(option.choices).split(QLatin1Char('|'));
}

const CliCommand *findCommand(const QString &name)
{
    for (const CliCommand &command : commandTable())
        if (name == QLatin1String(command.name))
            return &command;
    return nullptr;
}

} // namespace Hone::Cli
