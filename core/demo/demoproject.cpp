#include "demoproject.h"

#include "import/importer.h"
#include "project/project.h"
#include "training/trainingconfig.h"
#include "training/trainingdata.h"
#include "zoo/backbonecatalog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>

#include <opencv2/core/mat.hpp>
#include <opencv2/imgcodecs.hpp>

#include <zlib.h>

namespace Hone {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DemoProject)
};

bool readGzip(const QString &path, QByteArray *out, QString *error)
{
    gzFile file = gzopen(QFile::encodeName(path).constData(), "rb");
    if (!file) {
        *error = Text::tr("cannot open %1; install the dataset-fashion-mnist package").arg(path);
        return false;
    }
    char buffer[1 << 16];
    int n = 0;
    while ((n = gzread(file, buffer, sizeof buffer)) > 0)
        out->append(buffer, n);
    const bool ok = n == 0;
    gzclose(file);
    if (!ok)
        *error = Text::tr("%1 is damaged").arg(path);
    return ok;
}

quint32 be32(const QByteArray &b, int at)
{
    return (quint32(uchar(b[at])) << 24) | (quint32(uchar(b[at + 1])) << 16)
        | (quint32(uchar(b[at + 2])) << 8) | quint32(uchar(b[at + 3]));
}

} // namespace

QString fashionMnistDirectory()
{
    const QByteArray env = qgetenv("HONE_FASHION_MNIST_DIR");
    return env.isEmpty() ? QStringLiteral("/usr/share/datasets/fashion-mnist")
                         : QString::fromLocal8Bit(env);
}

QStringList fashionMnistClassNames()
{
    return {QStringLiteral("t-shirt"), QStringLiteral("trouser"), QStringLiteral("pullover"),
            QStringLiteral("dress"),   QStringLiteral("coat"),    QStringLiteral("sandal"),
            QStringLiteral("shirt"),   QStringLiteral("sneaker"), QStringLiteral("bag"),
            QStringLiteral("ankle-boot")};
}

bool createFashionMnistProject(const QString &directory, const QList<int> &classes, int perClass,
                               FashionMnistSplit split, QString *error, const TrainingConfig *defaults)
{
    const QDir data(fashionMnistDirectory());
    const QString prefix = split == FashionMnistSplit::Train ? QStringLiteral("train") : QStringLiteral("t10k");
    QByteArray images, labels;
    if (!readGzip(data.filePath(prefix + QStringLiteral("-images-idx3-ubyte.gz")), &images, error)
        || !readGzip(data.filePath(prefix + QStringLiteral("-labels-idx1-ubyte.gz")), &labels, error))
        return false;
    if (images.size() < 16 || be32(images, 0) != 2051 || labels.size() < 8 || be32(labels, 0) != 2049) {
        *error = Text::tr("the Fashion-MNIST files are not in IDX format");
        return false;
    }
    const int count = int(be32(images, 4));
    const int rows = int(be32(images, 8));
    const int cols = int(be32(images, 12));
    if (images.size() < 16 + qint64(count) * rows * cols || labels.size() < 8 + count) {
        *error = Text::tr("the Fashion-MNIST files are truncated");
        return false;
    }
    const QStringList names = fashionMnistClassNames();
    for (int c : classes) {
        if (c < 0 || c >= names.size()) {
            *error = Text::tr("Fashion-MNIST has no class %1 (0 to 9)").arg(c);
            return false;
        }
    }

    Project project;
    if (!project.create(directory, error))
        return false;
    const QDir root(project.directory());
    QHash<int, int> written;
    for (int i = 0; i < count; ++i) {
        const int label = uchar(labels[8 + i]);
        if (!classes.contains(label) || written.value(label) >= perClass)
            continue;
        const QString name = names.at(label);
        const QString folder = QStringLiteral("images/") + name;
        root.mkpath(folder);
        const QString file = root.filePath(QStringLiteral("%1/%2-%3.png").arg(folder, name).arg(i, 5, 10, QLatin1Char('0')));
        const cv::Mat image(rows, cols, CV_8UC1,
                            const_cast<char *>(images.constData()) + 16 + qint64(i) * rows * cols);
        if (!cv::imwrite(QFile::encodeName(file).toStdString(), image)) {
            *error = Text::tr("cannot write %1").arg(file);
            return false;
        }
        written[label] += 1;
    }

    const ImportResult result = Importer(project, ImportLayout::Folders)
                                    .run({root.filePath(QStringLiteral("images"))});
    applyImport(&project, result);
    assignMissingSplits(&project, 7);
    project.setTrainingDefaults((defaults ? *defaults : fashionMnistDefaults()).toJson());
    return project.save(error);
}

TrainingConfig fashionMnistDefaults()
{
    TrainingConfig defaults;
    defaults.imageSize = 64;
    defaults.epochs = 8;
    defaults.batchSize = 0;   // automatic
    return defaults;
}

bool createDemoProject(const QString &directory, int perClass, QString *error)
{
    // Four classes that look different enough to learn from a few dozen images each, from the
    // test images: the bundled backbone was pretrained on the other six classes' training images.
    // A fresh install trains it with that backbone and the Auto recipe, as a new project does.
    TrainingConfig defaults = userDefaults();
    defaults.batchSize = 0;   // automatic
    return createFashionMnistProject(directory, demoClasses(), perClass, FashionMnistSplit::Test, error,
                                     &defaults);
}

QList<int> demoClasses()
{
    return {1, 5, 7, 8};   // trouser, sandal, sneaker, bag
}

} // namespace Hone
