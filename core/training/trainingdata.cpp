#include "trainingdata.h"

#include "dataset/splitter.h"
#include "project/project.h"
#include "project/setsplitscommand.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSet>

namespace Hone {

namespace {

// lupdate files these under the same context as the one looked up at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TrainingData)
};

} // namespace

bool TrainingData::fromProject(const Project &project, TrainingData *data, QString *error)
{
    TrainingData d;
    d.projectDir = project.directory();
    QHash<int, int> dense;
    for (const ClassInfo &c : project.classes()) {
        dense.insert(c.id, d.classNames.size());
        d.classNames.append(c.name);
    }
    QSet<int> trainClasses;
    for (const ImageEntry &image : project.images()) {
        if (image.label < 0)
            continue;
        const int label = dense.value(image.label);
        if (image.split == Split::Train) {
            d.trainPaths.append(project.absolutePath(image.path));
            d.trainLabels.append(label);
            d.trainHashes.append(image.hash);
            trainClasses.insert(label);
        } else if (image.split == Split::Val) {
            d.valPaths.append(project.absolutePath(image.path));
            d.valLabels.append(label);
            d.valHashes.append(image.hash);
            d.valRows.append(int(&image - project.images().constData()));
        }
    }
    if (d.classNames.size() < 2 || trainClasses.size() < 2) {
        if (error)
            *error = QCoreApplication::translate(
                "TrainingData",
                "training needs labeled training images in at least two classes "
                "(this project has %n class(es) with training images)",
                nullptr, int(trainClasses.size()));
        return false;
    }
    if (d.valPaths.isEmpty()) {
        if (error)
            *error = Text::tr("training needs validation images: split the dataset first");
        return false;
    }
    *data = d;
    return true;
}

int assignMissingSplits(Project *project, quint64 seed)
{
    QVector<int> rows;
    QVector<int> labels;
    for (int i = 0; i < project->images().size(); ++i) {
        const ImageEntry &image = project->images().at(i);
        if (image.label >= 0 && image.split == Split::Unassigned) {
            rows.append(i);
            labels.append(image.label);
        }
    }
    if (rows.isEmpty())
        return 0;
    const QVector<Split> splits = stratifiedSplit(labels, SplitRatios{0.8, 0.2, 0.0}, seed);
    project->undoStack()->push(new SetSplitsCommand(project, rows, splits));
    return rows.size();
}

QString TrainingData::contentHash() const
{
    QStringList lines;
    for (int i = 0; i < trainPaths.size(); ++i)
        lines.append(QStringLiteral("train %1 %2").arg(trainHashes.value(i), classNames.value(trainLabels.at(i))));
    for (int i = 0; i < valPaths.size(); ++i)
        lines.append(QStringLiteral("val %1 %2").arg(valHashes.value(i), classNames.value(valLabels.at(i))));
    lines.sort();
    return QString::fromLatin1(QCryptographicHash::hash(lines.join(QLatin1Char('\n')).toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace Hone
