#include "demoproject.h"

#include "import/importer.h"
#include "project/project.h"
#include "training/trainingconfig.h"
#include "training/trainingdata.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <opencv2/core/mat.hpp>
#include <opencv2/imgcodecs.hpp>

#include <zlib.h>

namespace Hone {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DemoProject", text);
}

bool readGzip(const QString &path, QByteArray *out, QString *error)
{
    gzFile file = gzopen(QFile::encodeName(path).constData(), "rb");
    if (!file) {
        *error = tr("cannot open %1; install the dataset-fashion-mnist package").arg(path);
        return false;
    }
    char buffer[1 << 16];
    int n = 0;
    while ((n = gzread(file, buffer, sizeof buffer)) > 0)
        out->append(buffer, n);
    const bool ok = n == 0;
    gzclose(file);
    if (!ok)
        *error = tr("%1 is damaged").arg(path);
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

bool createDemoProject(const QString &directory, int perClass, QString *error)
{
    const QDir data(fashionMnistDirectory());
    QByteArray images, labels;
    if (!readGzip(data.filePath(QStringLiteral("t10k-images-idx3-ubyte.gz")), &images, error)
        || !readGzip(data.filePath(QStringLiteral("t10k-labels-idx1-ubyte.gz")), &labels, error))
        return false;
    if (images.size() < 16 || be32(images, 0) != 2051 || labels.size() < 8 || be32(labels, 0) != 2049) {
        *error = tr("the Fashion-MNIST files are not in IDX format");
        return false;
    }
    const int count = int(be32(images, 4));
    const int rows = int(be32(images, 8));
    const int cols = int(be32(images, 12));
    if (images.size() < 16 + qint64(count) * rows * cols || labels.size() < 8 + count) {
        *error = tr("the Fashion-MNIST files are truncated");
        return false;
    }

    // Four classes that look different enough to learn from a few dozen images each.
    const QList<QPair<int, QString>> classes = {{1, QStringLiteral("trouser")},
                                                {5, QStringLiteral("sandal")},
                                                {7, QStringLiteral("sneaker")},
                                                {8, QStringLiteral("bag")}};
    Project project;
    if (!project.create(directory, error))
        return false;
    const QDir root(project.directory());
    QHash<int, int> written;
    for (int i = 0; i < count; ++i) {
        const int label = uchar(labels[8 + i]);
        int classIndex = -1;
        for (int c = 0; c < classes.size(); ++c)
            classIndex = classes.at(c).first == label ? c : classIndex;
        if (classIndex < 0 || written.value(label) >= perClass)
            continue;
        const QString folder = QStringLiteral("images/") + classes.at(classIndex).second;
        root.mkpath(folder);
        const QString file = root.filePath(
            QStringLiteral("%1/%2-%3.png").arg(folder, classes.at(classIndex).second).arg(i, 5, 10, QLatin1Char('0')));
        const cv::Mat image(rows, cols, CV_8UC1,
                            const_cast<char *>(images.constData()) + 16 + qint64(i) * rows * cols);
        if (!cv::imwrite(QFile::encodeName(file).toStdString(), image)) {
            *error = tr("cannot write %1").arg(file);
            return false;
        }
        written[label] += 1;
    }

    const ImportResult result = Importer(project, ImportLayout::Folders)
                                    .run({root.filePath(QStringLiteral("images"))});
    applyImport(&project, result);
    assignMissingSplits(&project, 7);
    TrainingConfig defaults;
    defaults.imageSize = 64;
    defaults.epochs = 8;
    defaults.batchSize = 0;   // automatic
    project.setTrainingDefaults(defaults.toJson());
    return project.save(error);
}

} // namespace Hone
