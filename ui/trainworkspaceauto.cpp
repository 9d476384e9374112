// The Train view's Auto recipe: what it chooses, shown before a run starts, with the settings it
// chooses held at its values (chooseAutoRecipe() decides again at Train, on the same facts).

#include "trainworkspace.h"

#include "backbonepicker.h"

#include "project/project.h"
#include "training/autorecipe.h"
#include "training/trainingdata.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHash>
#include <QLabel>
#include <QScopedValueRollback>
#include <QSpinBox>

namespace Hone {

namespace {

// The training images a run would have: the train split, and four in five of the labeled images
// that have no split yet (Train assigns 80/20 per class).
DatasetFacts projectFacts(const Project &project)
{
    TrainingData data;
    QHash<int, int> index;
    for (const ClassInfo &c : project.classes()) {
        index.insert(c.id, int(data.classNames.size()));
        data.classNames.append(c.name);
    }
    QHash<int, int> unassigned;
    for (const ImageEntry &image : project.images()) {
        if (!index.contains(image.label))
            continue;
        const bool train = image.split == Split::Train
                           || (image.split == Split::Unassigned && unassigned[image.label]++ % 5 != 4);
        if (train) {
            data.trainPaths.append(project.absolutePath(image.path));
            data.trainLabels.append(index.value(image.label));
        }
    }
    return datasetFacts(data);
}

} // namespace

void TrainWorkspace::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!isTraining())
        refreshAuto();
}

void TrainWorkspace::refreshAuto()
{
    if (m_refreshingAuto)
        return;
    const QScopedValueRollback<bool> guard(m_refreshingAuto, true);
    const bool isAuto = m_recipe->currentData().toString() == QLatin1String("auto");
    for (QWidget *w : std::initializer_list<QWidget *>{m_epochs, m_learningRate, m_optimizer, m_schedule, m_imageSize,
                                                       m_augment, m_augmentCrop, m_augmentRotate, m_augmentColor,
                                                       m_augmentTrivial})
        w->setEnabled(!isAuto);
    m_picker->setFreezeEnabled(!isAuto);
    m_autoNote->setVisible(isAuto);
    if (!isAuto)
        return;
    const AutoChoice choice = chooseAutoRecipe(config(), projectFacts(*m_project));
    const TrainingConfig &c = choice.config;
    m_picker->set(c.backbone, c.weights, c.freezeDepth);
    m_epochs->setValue(c.epochs);
    m_learningRate->setValue(c.learningRate);
    m_optimizer->setCurrentIndex(std::max(0, m_optimizer->findData(c.optimizer)));
    m_schedule->setCurrentIndex(std::max(0, m_schedule->findData(c.schedule)));
    m_imageSize->setValue(c.imageSize);
    const AugmentOptions a = c.augment ? c.augmentations : AugmentOptions{false, false, false, false, false};
    m_augment->setChecked(a.flip);
    m_augmentCrop->setChecked(a.crop);
    m_augmentRotate->setChecked(a.rotate);
    m_augmentColor->setChecked(a.color);
    m_augmentTrivial->setChecked(a.trivial);
    // The choice and its main reason; every reason in the tooltip (and in the log at the start).
    m_autoNote->setText(tr("Auto chose: %1. %2").arg(choice.summary, choice.reasons.value(0)));
    m_autoNote->setToolTip(choice.reasons.join(QLatin1Char('\n')));
}

} // namespace Hone
