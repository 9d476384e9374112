#pragma once

// The Auto recipe: a training config's recipe, freeze depth, learning rate, epochs, image size and
// augmentations chosen from the dataset and the starting weights, by the rule written down in the
// README ("How Auto chooses"). The GUI shows the choice before a run starts and hone-cli prints it;
// both call chooseAutoRecipe() on the same facts, so they agree. Torch-free.
//
// The rule was chosen on few-shot tasks of its own (bench/tune-auto.sh: Fashion-MNIST training
// images and synthetic photos), never on the tasks bench/run-recipes.sh reports.

#include "trainingconfig.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Hone {

struct TrainingData;

struct DatasetFacts
{
    int classes = 0;
    int trainImages = 0;
    int smallestClass = 0;   // training images of the class with the fewest
    int medianSide = 0;      // median shorter side of the source images in pixels, 0 = unknown
};

// From a training snapshot: counts, and the image sizes read from the headers of up to 64 files.
DatasetFacts datasetFacts(const TrainingData &data);

// The settings Auto chooses; a caller names those the user set himself (hone-cli's explicit
// options) and Auto keeps them.
namespace AutoField {
inline const QString Freeze = QStringLiteral("freeze");      // the freeze depth, and so the recipe
inline const QString LearningRate = QStringLiteral("lr");
inline const QString Epochs = QStringLiteral("epochs");
inline const QString ImageSize = QStringLiteral("image-size");
inline const QString Augment = QStringLiteral("augment");
}

struct AutoChoice
{
    TrainingConfig config;   // config.recipe is never "auto"; autoChose holds summary()
    QString summary;         // "full fine-tuning at 1e-3 for 20 epochs, 64 px, flips"
    QStringList reasons;     // one sentence each: why
    QStringList kept;        // the fields the user set, kept as given

    // "Auto chose: full fine-tuning … because …"
    QString text() const;
    QJsonObject toJson() const;
};

// config.recipe must be "auto"; `kept` lists AutoField names whose values in config stay.
AutoChoice chooseAutoRecipe(const TrainingConfig &config, const DatasetFacts &facts,
                            const QStringList &kept = {});

} // namespace Hone
