// Import throughput: Hone's import (read, sniff, header check, decode, SHA-256, thumbnail, copy
// into the project) against a plain loop of cv::imread over the same files, in the same run.
// Prints images/s for both and the ratio (goal >= 0.8).
//
// usage: bench_import [--images 2000] [--width 640] [--height 480] [--dir DIR]

#include "import/importer.h"
#include "project/project.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int images = 2000, width = 640, height = 480;
    QString dirArg;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--images"))
            images = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--width"))
            width = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--height"))
            height = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--dir"))
            dirArg = args.at(i + 1);
    }
    QTemporaryDir tmp(dirArg.isEmpty() ? QDir::tempPath() + QStringLiteral("/hone-bench-XXXXXX")
                                       : dirArg + QStringLiteral("/hone-bench-XXXXXX"));
    const QDir root(tmp.path());
    root.mkpath(QStringLiteral("src/a"));
    root.mkpath(QStringLiteral("src/b"));

    // Photo-like JPEGs: smooth gradients plus a few shapes and noise, each different.
    std::fprintf(stderr, "writing %d JPEGs of %dx%d…\n", images, width, height);
    QStringList files;
    cv::RNG rng(1);
    for (int i = 0; i < images; ++i) {
        cv::Mat image(height, width, CV_8UC3);
        for (int y = 0; y < height; ++y)
            image.row(y).setTo(cv::Scalar(y * 255 / height, (i * 7) % 255, 255 - y * 255 / height));
        for (int k = 0; k < 6; ++k)
            cv::circle(image, cv::Point(rng.uniform(0, width), rng.uniform(0, height)), rng.uniform(10, 120),
                       cv::Scalar(rng.uniform(0, 255), rng.uniform(0, 255), rng.uniform(0, 255)), cv::FILLED);
        cv::Mat noise(height, width, CV_8UC3);
        rng.fill(noise, cv::RNG::UNIFORM, 0, 24);
        image += noise;
        const QString file = root.filePath(QStringLiteral("src/%1/%2.jpg").arg(i % 2 ? QStringLiteral("b") : QStringLiteral("a")).arg(i));
        cv::imwrite(file.toStdString(), image, {cv::IMWRITE_JPEG_QUALITY, 90});
        files.append(file);
    }

    QElapsedTimer timer;
    timer.start();
    long pixels = 0;
    for (const QString &file : files)
        pixels += long(cv::imread(file.toStdString(), cv::IMREAD_COLOR).total());
    const double plain = timer.elapsed() / 1000.0;

    Hone::Project project;
    QString error;
    if (!project.create(root.filePath(QStringLiteral("project")), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    timer.restart();
    const Hone::ImportResult result = Hone::Importer(project).run({root.filePath(QStringLiteral("src"))});
    Hone::applyImport(&project, result);
    const double hone = timer.elapsed() / 1000.0;
    if (result.images.size() != images || pixels == 0) {
        std::fprintf(stderr, "imported %d of %d\n", int(result.images.size()), images);
        return 1;
    }
    std::printf("cv::imread loop: %.1f images/s (%.2f s)\n", images / plain, plain);
    std::printf("hone import (decode, hash, thumbnail, copy, project saved): %.1f images/s (%.2f s)\n",
                images / hone, hone);
    std::printf("ratio hone/imread: %.2f\n", plain / hone);
    return 0;
}
