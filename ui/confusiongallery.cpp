#include "confusiongallery.h"

#include "predictiongallery.h"

#include <QKeyEvent>
#include <QVBoxLayout>

namespace Hone {

ConfusionGallery::ConfusionGallery(Project *project, const QStringList &classNames,
                                   const QVector<ValPrediction> &predictions, int trueClass,
                                   int predictedClass, QWidget *parent)
    : QDialog(parent)
    , m_gallery(new PredictionGallery(project, this))
{
    setObjectName(QStringLiteral("confusionGallery"));
    setWindowTitle(tr("%1 predicted as %2").arg(classNames.value(trueClass), classNames.value(predictedClass)));
    QVector<ValPrediction> items;
    for (const ValPrediction &p : predictions) {
        if (p.trueClass == trueClass && p.predicted == predictedClass)
            items.append(p);
    }
    // The most confident first: a confident mistake is the likeliest label error.
    std::stable_sort(items.begin(), items.end(),
                     [](const ValPrediction &a, const ValPrediction &b) { return a.confidence > b.confidence; });
    m_gallery->setItems(classNames, items,
                        tr("%n image(s) of class %1 predicted as %2, most confident first. Press 1–9 to "
                           "give the selected images a class, 0 to unlabel them (Edit › Undo reverts); "
                           "double-click to open an image in the Dataset view.",
                           nullptr, int(items.size()))
                            .arg(classNames.value(trueClass), classNames.value(predictedClass)));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_gallery);
    resize(760, 520);
    connect(m_gallery, &PredictionGallery::openImageRequested, this, &ConfusionGallery::openImageRequested);
}

QListWidget *ConfusionGallery::list() const
{
    return m_gallery->list();
}

int ConfusionGallery::imageCount() const
{
    return m_gallery->imageCount();
}

QVector<int> ConfusionGallery::rows() const
{
    return m_gallery->rows();
}

void ConfusionGallery::keyPressEvent(QKeyEvent *event)
{
    if (!m_gallery->handleKey(event))
        QDialog::keyPressEvent(event);
}

} // namespace Hone
