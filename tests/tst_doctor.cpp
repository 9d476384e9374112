// The data doctor: folds that never score an image with a head that saw it, confident learning on
// known flips, duplicate groups and leakage, the image-quality checks, the caches that make a
// second scan cheap, dismissed findings, and the `hone-cli doctor --json` contract.

#include "analysis/confidentlearning.h"
#include "analysis/crossvalidation.h"
#include "analysis/datadoctor.h"
#include "analysis/duplicatefinder.h"
#include "analysis/imagequality.h"
#include "analysis/imagesurvey.h"
#include "import/importer.h"
#include "nn/runtime.h"
#include "project/addimagescommand.h"
#include "project/markreviewedcommand.h"
#include "project/project.h"
#include "project/setsplitscommand.h"
#include "zoo/backbonecatalog.h"

#include "clirunner.h"
#include "testfeatures.h"
#include "testimages.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <random>

using namespace Hone;

namespace {

using TestFeatures::Clusters;
using TestFeatures::clusters;

cv::Mat texture(int w, int h, unsigned seed)
{
    cv::Mat image = TestImages::noise(w / 4 + 1, h / 4 + 1, seed);
    cv::resize(image, image, cv::Size(w, h), 0, 0, cv::INTER_LINEAR);
    return image;
}

} // namespace

class TestDoctor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void foldsNeverScoreWithAHeadThatSawTheImage();
    void smallClassesGetFewerFolds();
    void confidentLearningFindsFlippedLabels();
    void cleanDataHasNoConfidentIssues();
    void rankingScores();
    void stoppedFitsAndUnusedRows();
    void duplicateGroupsAndLeakage();
    void qualityChecks();
    void perceptualHashSurvivesResizeAndBrightness();
    void surveyCacheRoundTripAndDamage();
    void scanProjectTwiceAndDismiss();
    void cliJsonContract();

private:
    // A project of three classes of OpenCV-drawn images, an exact duplicate (the same pixels in
    // another file) across train and val, and one file that cannot be decoded.
    void makeProject(const QString &dir);
    DoctorOptions bundledOptions() const;
};

void TestDoctor::initTestCase()
{
    Nn::setThreadCount(0);
}

void TestDoctor::foldsNeverScoreWithAHeadThatSawTheImage()
{
    const Clusters c = clusters(3, 17, 8, 1.0, 1);
    const FoldPlan plan = stratifiedFolds(c.labels, 5, 42);
    QCOMPARE(plan.folds, 5);
    QVERIFY(plan.note.isEmpty());
    OutOfSample oos;
    std::atomic_bool stop{false};
    QVERIFY(outOfSampleProbabilities(c.features, c.dims, c.labels, 3, plan, {}, &oos, stop));
    QCOMPARE(oos.trainedOn.size(), 5);
    for (int fold = 0; fold < 5; ++fold) {
        const QSet<int> trained(oos.trainedOn[fold].begin(), oos.trainedOn[fold].end());
        int scored = 0;
        for (int r = 0; r < c.labels.size(); ++r) {
            if (plan.foldOf[r] != fold)
                continue;
            ++scored;
            QVERIFY2(!trained.contains(r), qPrintable(QStringLiteral("row %1 scored by a head that saw it").arg(r)));
        }
        // Everything else trained that head, and each fold holds every class.
        QCOMPARE(trained.size() + scored, c.labels.size());
        QSet<int> classes;
        for (int r = 0; r < c.labels.size(); ++r)
            if (plan.foldOf[r] == fold)
                classes.insert(c.labels[r]);
        QCOMPARE(classes.size(), 3);
    }
    for (int r = 0; r < c.labels.size(); ++r) {
        double sum = 0;
        for (int k = 0; k < 3; ++k)
            sum += oos.probabilities[size_t(r) * 3 + k];
        QVERIFY(qAbs(sum - 1.0) < 1e-4);
    }
}

void TestDoctor::smallClassesGetFewerFolds()
{
    QVector<int> labels;
    for (int i = 0; i < 10; ++i)
        labels << 0 << 1;
    labels << 2 << 2 << 2 << -1;
    FoldPlan plan = stratifiedFolds(labels, 5, 1);
    QCOMPARE(plan.folds, 3);
    QVERIFY(plan.note.contains(QLatin1String("3 folds instead of 5")));
    QCOMPARE(plan.foldOf.last(), -1);   // unlabelled

    labels = QVector<int>(20, 0);
    for (int i = 10; i < 20; ++i)
        labels[i] = 1;
    labels << 2;   // a class with a single image cannot be scored
    plan = stratifiedFolds(labels, 5, 1);
    QCOMPARE(plan.folds, 5);
    QCOMPARE(plan.foldOf.last(), -1);
    QVERIFY(plan.note.contains(QLatin1String("single image")));

    const FoldPlan none = stratifiedFolds({0, 1, 2}, 5, 1);
    QCOMPARE(none.folds, 0);   // nothing to cross-validate, and the user is told why
    QVERIFY(none.note.contains(QLatin1String("two labelled images")));
    QVERIFY(!stratifiedFolds({-1, -1}, 5, 1).note.isEmpty());
}

void TestDoctor::confidentLearningFindsFlippedLabels()
{
    Clusters c = clusters(4, 40, 16, 0.8, 7);
    const QVector<int> truth = c.labels;
    std::mt19937 rng(3);
    QSet<int> flipped;
    while (flipped.size() < 12) {
        const int r = std::uniform_int_distribution<int>(0, c.labels.size() - 1)(rng);
        if (flipped.contains(r))
            continue;
        flipped.insert(r);
        c.labels[r] = (c.labels[r] + 1 + r % 3) % 4;
    }
    OutOfSample oos;
    std::atomic_bool stop{false};
    QVERIFY(outOfSampleProbabilities(c.features, c.dims, c.labels, 4, stratifiedFolds(c.labels, 5, 0), {}, &oos, stop));
    for (LabelRanking ranking : {LabelRanking::SelfConfidence, LabelRanking::NormalizedMargin}) {
        const ConfidentLearning cl = findLabelIssues(oos.probabilities, c.labels, 4, ranking);
        int hits = 0;
        for (const LabelIssue &issue : cl.issues) {
            if (flipped.contains(issue.row)) {
                ++hits;
                QCOMPARE(issue.suggested, truth[issue.row]);
            }
            QCOMPARE(issue.given, c.labels[issue.row]);
            // Never an image the model itself puts in its given class (as cleanlab prunes).
            const float *p = oos.probabilities.data() + size_t(issue.row) * 4;
            QVERIFY(int(std::max_element(p, p + 4) - p) != issue.given);
        }
        QVERIFY2(hits >= 10, qPrintable(QStringLiteral("found %1 of 12 flips").arg(hits)));
        QVERIFY2(cl.issues.size() <= 15, qPrintable(QStringLiteral("%1 issues for 12 flips").arg(cl.issues.size())));
        for (int k = 1; k < cl.issues.size(); ++k)
            QVERIFY(cl.issues[k - 1].score <= cl.issues[k].score);
        // The joint is calibrated: it sums to one, and its off-diagonal share is near the noise rate.
        double total = 0, off = 0;
        for (int i = 0; i < 4; ++i)
            for (int j = 0; j < 4; ++j) {
                total += cl.joint[i][j];
                off += i == j ? 0 : cl.joint[i][j];
            }
        QVERIFY(qAbs(total - 1.0) < 1e-6);
        QVERIFY2(off > 0.04 && off < 0.12, qPrintable(QString::number(off)));
    }
}

void TestDoctor::cleanDataHasNoConfidentIssues()
{
    const Clusters c = clusters(4, 40, 16, 0.8, 11);
    OutOfSample oos;
    std::atomic_bool stop{false};
    QVERIFY(outOfSampleProbabilities(c.features, c.dims, c.labels, 4, stratifiedFolds(c.labels, 5, 0), {}, &oos, stop));
    const ConfidentLearning cl = findLabelIssues(oos.probabilities, c.labels, 4, LabelRanking::SelfConfidence);
    for (const LabelIssue &issue : cl.issues)
        QVERIFY2(issue.score >= 0.5, qPrintable(QStringLiteral("row %1 flagged with score %2").arg(issue.row).arg(issue.score)));
    QVERIFY(cl.issues.size() <= 2);
}

void TestDoctor::stoppedFitsAndUnusedRows()
{
    Clusters c = clusters(3, 30, 8, 1.0, 2);
    // A fit stops inside L-BFGS, not only between folds.
    std::atomic_bool stop{true};
    Nn::SoftmaxHeadOptions options;
    options.stop = &stop;
    const std::vector<int> labels(c.labels.begin(), c.labels.end());
    QVERIFY_THROWS_EXCEPTION(Nn::FitStopped, Nn::fitSoftmaxHead(c.features, c.dims, labels, 3, {}, options));
    stop = false;
    QCOMPARE(Nn::fitSoftmaxHead(c.features, c.dims, labels, 3, {}, options).classes, 3);

    // Rows left out of the centring mean (unreadable images) stay zero, so they are similar to
    // nothing, each other included.
    std::fill_n(c.features.begin(), 3 * c.dims, 0.0f);
    std::vector<bool> use(c.labels.size(), true);
    use[0] = use[1] = use[2] = false;
    const std::vector<float> unit = Nn::normalizedRows(c.features, c.dims, true, use);
    for (int d = 0; d < 3 * c.dims; ++d)
        QCOMPARE(unit[size_t(d)], 0.0f);
    for (const Nn::SimilarPair &pair : Nn::similarPairs(unit, c.dims, 0.5f))
        QVERIFY(pair.first > 2 && pair.second > 2);
}

void TestDoctor::rankingScores()
{
    // Row 0: labelled 0, p = (0.1, 0.7, 0.2); row 1: labelled 1, p = (0.3, 0.4, 0.3).
    const std::vector<float> p{0.1f, 0.7f, 0.2f, 0.3f, 0.4f, 0.3f, 0.f, 0.f, 0.f};
    const QVector<int> labels{0, 1, 2};
    const ConfidentLearning self = findLabelIssues(p, labels, 3, LabelRanking::SelfConfidence);
    QCOMPARE(self.quality[0], double(0.1f));
    QCOMPARE(self.quality[1], double(0.4f));
    QCOMPARE(self.quality[2], -1.0);   // all-zero probabilities: not scored
    const ConfidentLearning margin = findLabelIssues(p, labels, 3, LabelRanking::NormalizedMargin);
    QVERIFY(qAbs(margin.quality[0] - (0.1 - 0.7 + 1) / 2) < 1e-6);
    QVERIFY(qAbs(margin.quality[1] - (0.4 - 0.3 + 1) / 2) < 1e-6);
    LabelRanking ranking;
    QVERIFY(labelRankingFromName(QStringLiteral("margin"), &ranking) && ranking == LabelRanking::NormalizedMargin);
    QVERIFY(!labelRankingFromName(QStringLiteral("entropy"), &ranking));
}

void TestDoctor::duplicateGroupsAndLeakage()
{
    // 0 and 3: the same pixels (train, val); 1 and 2: embeddings that agree (and hashes close);
    // 4: unrelated; 5: unreadable.
    QVector<DuplicateItem> items(6);
    const QString a(40, QLatin1Char('a'));
    items[0] = {a, 0x0F0F, 0x0F0F, Split::Train, {}, {}};
    items[3] = {a, 0x0F0F, 0x0F0F, Split::Val, {}, {}};
    items[1] = {QString(40, QLatin1Char('b')), 0xFF00, 0xFF00, Split::Train, {}, {}};
    items[2] = {QString(40, QLatin1Char('c')), 0xFF01, 0xFF01, Split::Train, {}, {}};
    items[4] = {QString(40, QLatin1Char('d')), 0x1234567890ULL, 0x1234567890ULL, Split::Test, {}, {}};
    items[5] = {QString(), 0, 0, Split::Train, {}, {}};
    const int dims = 4;
    std::vector<float> unit{
        1, 0, 0, 0, //
        0, 1, 0, 0, //
        0, 0.995f, 0.0998f, 0, //
        1, 0, 0, 0, //
        0, 0, 0, 1, //
        0, 1, 0, 0, // the unreadable row's (meaningless) embedding never links it
    };
    const QVector<DuplicateGroup> groups = findDuplicates(items, unit, dims);
    QCOMPARE(groups.size(), 2);
    QVERIFY(groups[0].exact);
    QCOMPARE(groups[0].rows, (QVector<int>{0, 3}));
    QVERIFY(groups[0].crossSplit);
    QCOMPARE(groups[0].similarity, 1.0);
    QVERIFY(!groups[1].exact);
    QCOMPARE(groups[1].rows, (QVector<int>{1, 2}));
    QVERIFY(!groups[1].crossSplit);
    QVERIFY(groups[1].similarity > 0.99 && groups[1].similarity < 1.0);

    // Hashes far apart: the embeddings alone do not make a group.
    items[2].perceptualHash = items[2].cropHash = ~items[1].perceptualHash;
    QCOMPARE(findDuplicates(items, unit, dims).size(), 1);
    // Hashes alike but embeddings that contradict them (another object on the same background).
    items[2].perceptualHash = items[1].perceptualHash;
    std::vector<float> contradicting = unit;
    contradicting[2 * dims + 1] = -0.995f;
    QCOMPARE(findDuplicates(items, contradicting, dims).size(), 1);
    // A crop: its whole hash matches the other's central crop.
    items[2].perceptualHash = 0xABCDEF;
    items[1].cropHash = 0xABCDEF;
    QCOMPARE(findDuplicates(items, unit, dims).size(), 2);
    QVERIFY(!spansSplits({Split::Train, Split::Unassigned, Split::Train}));
    QVERIFY(spansSplits({Split::Val, Split::Test}));
}

void TestDoctor::qualityChecks()
{
    std::vector<ImageSurvey> s;
    s.push_back(surveyImage(texture(160, 120, 1)));                                     // 0 fine
    s.push_back(surveyImage(texture(160, 120, 2) * 0.08));                              // 1 dark
    s.push_back(surveyImage(cv::Mat(texture(160, 120, 3) * 0.1 + cv::Scalar::all(240)))); // 2 overexposed
    cv::Mat blurred;
    cv::GaussianBlur(texture(160, 120, 4), blurred, cv::Size(0, 0), 8);
    s.push_back(surveyImage(blurred));                                                   // 3 blurry
    s.push_back(surveyImage(cv::Mat(120, 160, CV_8UC3, cv::Scalar(90, 140, 200))));     // 4 flat
    s.push_back(surveyImage(texture(600, 40, 5)));                                       // 5 a strip
    cv::Mat grey;
    cv::cvtColor(texture(160, 120, 6), grey, cv::COLOR_BGR2GRAY);
    cv::cvtColor(grey, grey, cv::COLOR_GRAY2BGR);
    s.push_back(surveyImage(grey));                                                      // 6 grey
    for (unsigned k = 7; k < 12; ++k)
        s.push_back(surveyImage(texture(160, 120, k)));                                  // more fine colour
    QVector<const ImageSurvey *> pointers;
    for (const ImageSurvey &x : s)
        pointers.append(&x);
    pointers.append(nullptr);   // an unreadable image
    const QVector<QStringList> issues = qualityIssues(pointers);
    QVERIFY2(issues[0].isEmpty(), qPrintable(issues[0].join(QLatin1Char(','))));
    QCOMPARE(issues[1], QStringList{QStringLiteral("dark")});
    QCOMPARE(issues[2], QStringList{QStringLiteral("overexposed")});
    QCOMPARE(issues[3], QStringList{QStringLiteral("blurry")});
    QVERIFY2(issues[4].contains(QLatin1String("low-information")) && !issues[4].contains(QLatin1String("blurry")),
             qPrintable(issues[4].join(QLatin1Char(','))));
    QCOMPARE(issues[5], QStringList{QStringLiteral("odd-size")});
    QCOMPARE(issues[6], QStringList{QStringLiteral("grayscale")});
    for (int k = 7; k < 12; ++k)
        QVERIFY2(issues[k].isEmpty(), qPrintable(issues[k].join(QLatin1Char(','))));
    QVERIFY(issues.last().isEmpty());
    // Grey images among grey images are not worth a note.
    QVERIFY(qualityIssues({&s[6], &s[6], &s[6]}).at(0).isEmpty());
    QCOMPARE(qualityIssueNames().size(), 6);
}

void TestDoctor::perceptualHashSurvivesResizeAndBrightness()
{
    const cv::Mat image = texture(320, 240, 9);
    cv::Mat half, brighter;
    cv::resize(image, half, cv::Size(160, 120), 0, 0, cv::INTER_AREA);
    image.convertTo(brighter, -1, 1.0, 30.0);
    const ImageSurvey a = surveyImage(image);
    QVERIFY(hammingDistance(a.perceptualHash, surveyImage(half).perceptualHash) <= 6);
    QVERIFY(hammingDistance(a.perceptualHash, surveyImage(brighter).perceptualHash) <= 6);
    QVERIFY(hammingDistance(a.perceptualHash, surveyImage(texture(320, 240, 10)).perceptualHash) > 12);
    // A 6 % crop from every side looks like the original's central crop.
    const cv::Mat cropped = image(cv::Rect(19, 14, 320 - 38, 240 - 28)).clone();
    QVERIFY(hammingDistance(a.cropHash, surveyImage(cropped).perceptualHash) <= 6);
    // Pixel hashes: equal for equal pixels only.
    QCOMPARE(surveyImage(image.clone()).pixelHash, a.pixelHash);
    QVERIFY(surveyImage(half).pixelHash != a.pixelHash);
}

void TestDoctor::surveyCacheRoundTripAndDamage()
{
    QTemporaryDir dir;
    const ImageSurvey survey = surveyImage(texture(64, 48, 3));
    {
        SurveyCache cache(dir.path());
        cache.insert(QStringLiteral("h1"), survey);
        QString error;
        QVERIFY2(cache.save(&error), qPrintable(error));
    }
    SurveyCache again(dir.path());
    ImageSurvey read;
    QVERIFY(again.find(QStringLiteral("h1"), &read));
    QCOMPARE(read.pixelHash, survey.pixelHash);
    QCOMPARE(read.perceptualHash, survey.perceptualHash);
    QCOMPARE(read.cropHash, survey.cropHash);
    QCOMPARE(read.width, 64);
    QVERIFY(qAbs(read.sharpness - survey.sharpness) < 1e-9 * qMax(1.0, survey.sharpness));
    QVERIFY(!again.find(QStringLiteral("h2"), &read));

    QFile file(QDir(dir.path()).filePath(QStringLiteral("analysis/surveys.json")));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("{\"version\": 1, \"surveys\": {\"h1\": {\"w\": -3}}");
    file.close();
    SurveyCache damaged(dir.path());
    QVERIFY(!damaged.find(QStringLiteral("h1"), &read));
}

void TestDoctor::makeProject(const QString &dir)
{
    const QString src = dir + QStringLiteral("-src");
    std::mt19937 rng(5);
    for (int k = 0; k < 3; ++k) {
        for (int i = 0; i < 8; ++i) {
            cv::Mat image = texture(96, 96, 100 * k + i);
            const cv::Scalar colour = k == 0 ? cv::Scalar(0, 0, 255) : k == 1 ? cv::Scalar(0, 255, 0) : cv::Scalar(255, 0, 0);
            cv::circle(image, cv::Point(30 + 5 * i, 48), 20 + i, colour, cv::FILLED);
            QVERIFY(TestImages::write(QStringLiteral("%1/c%2/img%3.png").arg(src).arg(k).arg(i), image, ".png"));
            if (k == 0 && i == 0)   // the same pixels, written another way
                QVERIFY(TestImages::writeBytes(QStringLiteral("%1/c0/copy.png").arg(src),
                                               TestImages::encode(image, ".png", {cv::IMWRITE_PNG_COMPRESSION, 9})));
        }
    }
    Project project;
    QString error;
    QVERIFY2(project.create(dir, &error), qPrintable(error));
    applyImport(&project, Importer(project, ImportLayout::Folders).run({src}));
    QCOMPARE(project.images().size(), 25);
    QVector<int> rows;
    QVector<Split> splits;
    for (int r = 0; r < project.images().size(); ++r) {
        rows << r;
        const QString path = project.images()[r].path;
        splits << (path.endsWith(QLatin1String("copy.png")) ? Split::Val
                   : path.endsWith(QLatin1String("c0/img0.png")) ? Split::Train
                   : r % 5 == 4 ? Split::Val : Split::Train);
    }
    project.undoStack()->push(new SetSplitsCommand(&project, rows, splits));
    // A file that no longer decodes (damaged after the import).
    const int damaged = project.imageIndex(QStringLiteral("images/c2/img7.png"));
    QVERIFY(damaged >= 0);
    QVERIFY(TestImages::writeBytes(project.absolutePath(project.images()[damaged].path), QByteArray("\x89PNG\r\n\x1a\n broken")));
    QVERIFY(project.save(&error));
}

DoctorOptions TestDoctor::bundledOptions() const
{
    DoctorOptions options;
    options.backbone = bundledBackbone();
    QString error;
    weightsSpecToConfig(options.backbone, QStringLiteral("default"), &options.weights, &error);
    options.device = QStringLiteral("cpu");
    return options;
}

void TestDoctor::scanProjectTwiceAndDismiss()
{
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("p"));
    makeProject(dir);
    if (QTest::currentTestFailed())
        return;
    Project project;
    QString error;
    QVERIFY2(project.load(dir, &error), qPrintable(error));
    const DoctorOptions options = bundledOptions();
    std::atomic_bool stop{false};
    QStringList stages;
    DoctorReport first;
    QVERIFY2(runDoctor(DoctorInput::fromProject(project), options, &first, &error, stop,
                       [&](const QString &stage, int, int) {
                           if (!stages.contains(stage))
                               stages << stage;
                       }),
             qPrintable(error));
    QCOMPARE(stages, (QStringList{QStringLiteral("embedding"), QStringLiteral("folds")}));
    QCOMPARE(first.images, 25);
    const int damaged = project.imageIndex(QStringLiteral("images/c2/img7.png"));
    QCOMPARE(first.unreadable, QVector<int>{damaged});
    QCOMPARE(first.computedFeatures, 24);
    QCOMPARE(first.folds, 5);
    const DoctorInput input = DoctorInput::fromProject(project);
    QVERIFY(!first.duplicates.isEmpty());
    const DuplicateGroup &exact = first.duplicates.first();
    QVERIFY(exact.exact);
    QCOMPARE(exact.rows.size(), 2);
    QVERIFY(exact.crossSplit);
    QStringList names;
    for (int i : exact.rows)
        names << QFileInfo(input.paths[i]).fileName();
    names.sort();
    QCOMPARE(names, (QStringList{QStringLiteral("copy.png"), QStringLiteral("img0.png")}));
    for (const LabelIssue &issue : first.labelIssues)
        QVERIFY(issue.row != damaged);   // the unreadable image is not judged

    // The second scan decodes and embeds nothing, and finds the same.
    DoctorReport second;
    QVERIFY2(runDoctor(input, options, &second, &error, stop), qPrintable(error));
    QCOMPARE(second.computedFeatures, 0);
    QCOMPARE(second.reusedFeatures, 24);
    QCOMPARE(second.duplicates.size(), first.duplicates.size());
    QCOMPARE(second.labelIssues.size(), first.labelIssues.size());
    for (int k = 0; k < first.labelIssues.size(); ++k)
        QCOMPARE(second.labelIssues[k].row, first.labelIssues[k].row);

    // Checked and dismissed: the group does not come back.
    project.undoStack()->push(new MarkReviewedCommand(&project, exact.rows, QStringLiteral("duplicate")));
    DoctorReport third;
    QVERIFY2(runDoctor(DoctorInput::fromProject(project), options, &third, &error, stop), qPrintable(error));
    QCOMPARE(third.duplicates.size(), first.duplicates.size() - 1);
    QVERIFY(third.dismissed >= 1);

    // A file deleted since is unreadable, though everything about it is cached.
    const int gone = project.imageIndex(QStringLiteral("images/c1/img3.png"));
    QVERIFY(QFile::remove(project.absolutePath(project.images()[gone].path)));
    DoctorReport fourth;
    QVERIFY2(runDoctor(DoctorInput::fromProject(project), options, &fourth, &error, stop), qPrintable(error));
    QCOMPARE(fourth.computedFeatures, 0);
    QVERIFY(fourth.unreadable.contains(gone));
    QCOMPARE(fourth.unreadable.size(), 2);

    // Stopped: false with no error.
    stop = true;
    DoctorReport stopped;
    QVERIFY(!runDoctor(DoctorInput::fromProject(project), options, &stopped, &error, stop));
    QVERIFY(error.isEmpty());
}

void TestDoctor::cliJsonContract()
{
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("p"));
    makeProject(dir);
    if (QTest::currentTestFailed())
        return;
    const CliResult result = runCli({QStringLiteral("doctor"), dir, QStringLiteral("--json"), QStringLiteral("--folds"),
                                     QStringLiteral("4"), QStringLiteral("--rank"), QStringLiteral("margin"),
                                     QStringLiteral("--device"), QStringLiteral("cpu")});
    QVERIFY2(result.code == 0, qPrintable(result.describe()));
    QJsonParseError parseError;
    const QJsonObject json = QJsonDocument::fromJson(result.out, &parseError).object();
    QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));
    for (const char *key : {"labelIssues", "duplicates", "quality", "outliers"})
        QVERIFY2(json.value(QLatin1String(key)).isArray(), key);
    QCOMPARE(json.value(QStringLiteral("folds")).toInt(), 4);
    QCOMPARE(json.value(QStringLiteral("backbone")).toString(), bundledBackbone());
    QVERIFY(json.value(QStringLiteral("seconds")).isDouble());
    for (const QJsonValue &v : json.value(QStringLiteral("labelIssues")).toArray()) {
        const QJsonObject issue = v.toObject();
        QVERIFY(QFileInfo(issue.value(QStringLiteral("image")).toString()).isAbsolute());
        QVERIFY(QFileInfo::exists(issue.value(QStringLiteral("image")).toString()));
        QVERIFY(issue.value(QStringLiteral("label")).isString());
        QVERIFY(issue.value(QStringLiteral("suggested")).isString());
        QVERIFY(issue.value(QStringLiteral("label")) != issue.value(QStringLiteral("suggested")));
        const double score = issue.value(QStringLiteral("score")).toDouble(-1);
        QVERIFY(score >= 0 && score <= 1);
    }
    bool sawExact = false;
    for (const QJsonValue &v : json.value(QStringLiteral("duplicates")).toArray()) {
        const QJsonObject g = v.toObject();
        const QString kind = g.value(QStringLiteral("kind")).toString();
        QVERIFY(kind == QLatin1String("exact") || kind == QLatin1String("near"));
        QVERIFY(g.value(QStringLiteral("crossSplit")).isBool());
        QVERIFY(g.value(QStringLiteral("similarity")).isDouble());
        const QJsonArray images = g.value(QStringLiteral("images")).toArray();
        QVERIFY(images.size() >= 2);
        for (const QJsonValue &p : images)
            QVERIFY(QFileInfo(p.toString()).isAbsolute());
        if (kind == QLatin1String("exact")) {
            sawExact = true;
            QVERIFY(g.value(QStringLiteral("crossSplit")).toBool());
            QCOMPARE(g.value(QStringLiteral("similarity")).toDouble(), 1.0);
        }
    }
    QVERIFY(sawExact);
    const QStringList names = qualityIssueNames();
    for (const QJsonValue &v : json.value(QStringLiteral("quality")).toArray())
        for (const QJsonValue &name : v.toObject().value(QStringLiteral("issues")).toArray())
            QVERIFY(names.contains(name.toString()));
    QCOMPARE(json.value(QStringLiteral("unreadable")).toArray().size(), 1);

    // Readable summary, usage errors, a missing project.
    const CliResult text = runCli({QStringLiteral("doctor"), dir});
    QVERIFY2(text.code == 0 && text.out.contains("Duplicate groups:"), qPrintable(text.describe()));
    QCOMPARE(runCli({QStringLiteral("doctor"), dir, QStringLiteral("--folds"), QStringLiteral("1")}).code, 2);
    QCOMPARE(runCli({QStringLiteral("doctor"), dir, QStringLiteral("--rank"), QStringLiteral("entropy")}).code, 2);
    QCOMPARE(runCli({QStringLiteral("doctor"), tmp.filePath(QStringLiteral("none"))}).code, 1);
}

QTEST_GUILESS_MAIN(TestDoctor)
#include "tst_doctor.moc"
