// Training-time augmentation: identity when off, the exact flip, every operation changing the
// picture and keeping its size, random choices fixed by the seed and independent of which
// augmentations are on, and the parallel batch builder equal to one image at a time.

#include "dataset/augment.h"

#include <QTest>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <random>

using namespace Hone;

namespace {

constexpr int Size = 64;

// A picture with structure (gradients and a disc) and values in 40–210, so that every
// operation, autocontrast included, has something to change.
std::vector<uint8_t> picture(unsigned seed)
{
    cv::Mat image(Size, Size, CV_8UC3);
    cv::RNG rng(seed);
    for (int y = 0; y < Size; ++y)
        for (int x = 0; x < Size; ++x)
            image.at<cv::Vec3b>(y, x) = cv::Vec3b(uchar(40 + 2 * x), uchar(40 + 2 * y), uchar(40 + rng.uniform(0, 100)));
    cv::circle(image, {20, 30}, 10, cv::Scalar(200, 60, 90), cv::FILLED);
    return std::vector<uint8_t>(image.data, image.data + image.total() * 3);
}

std::vector<uint8_t> augmented(const std::vector<uint8_t> &src, const AugmentParams &p)
{
    std::vector<uint8_t> dst(src.size());
    applyAugment(src.data(), dst.data(), Size, p);
    return dst;
}

} // namespace

class TestAugment : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void identity();
    void flipIsExact();
    void eachOperationChangesThePicture();
    void drawsAreSeededAndIndependent();
    void cropWindow();
    void parallelBatchMatchesOneByOne();
};

void TestAugment::identity()
{
    const auto src = picture(1);
    QVERIFY(AugmentParams().isIdentity());
    QVERIFY(augmented(src, AugmentParams()) == src);
    std::mt19937_64 rng(3);
    const AugmentOptions none{false, false, false, false, false};
    for (int i = 0; i < 20; ++i)
        QVERIFY(drawAugmentParams(none, rng).isIdentity());
}

void TestAugment::flipIsExact()
{
    const auto src = picture(2);
    AugmentParams p;
    p.flip = true;
    cv::Mat expected;
    cv::flip(cv::Mat(Size, Size, CV_8UC3, const_cast<uint8_t *>(src.data())), expected, 1);
    QVERIFY(augmented(src, p) == std::vector<uint8_t>(expected.data, expected.data + expected.total() * 3));
}

void TestAugment::eachOperationChangesThePicture()
{
    const auto src = picture(3);
    QVector<AugmentParams> cases;
    AugmentParams p;
    p.cropX = 0.1f; p.cropY = 0.2f; p.cropW = 0.6f; p.cropH = 0.7f;
    cases.append(p);
    p = AugmentParams();
    p.angle = 10.0f;
    cases.append(p);
    p = AugmentParams();
    p.brightness = 1.2f;
    cases.append(p);
    p = AugmentParams();
    p.contrast = 0.8f;
    cases.append(p);
    p = AugmentParams();
    p.saturation = 0.5f;
    cases.append(p);
    for (int op = 1; op < TrivialAugmentOps; ++op) {
        p = AugmentParams();
        p.trivialOp = op;
        p.trivialMagnitude = op % 2 ? 0.8f : -0.8f;
        cases.append(p);
    }
    const auto original = src;
    for (int i = 0; i < cases.size(); ++i) {
        QVERIFY(!cases.at(i).isIdentity());
        const auto out = augmented(src, cases.at(i));
        QCOMPARE(out.size(), src.size());
        QVERIFY2(out != src, qPrintable(QStringLiteral("case %1 changed nothing").arg(i)));
        // The source, the decoded training image, is never written to.
        QVERIFY2(src == original, qPrintable(QStringLiteral("case %1 wrote into its source").arg(i)));
    }
}

void TestAugment::drawsAreSeededAndIndependent()
{
    const AugmentOptions flips{true, false, false, false, false};
    const AugmentOptions all{true, true, true, true, true};
    std::mt19937_64 a(7), b(7), c(7);
    int flipped = 0;
    for (int i = 0; i < 200; ++i) {
        const AugmentParams pa = drawAugmentParams(flips, a);
        const AugmentParams pb = drawAugmentParams(all, b);
        const AugmentParams pc = drawAugmentParams(all, c);
        QCOMPARE(pa.flip, pb.flip);   // turning more on does not change the flips
        QCOMPARE(pb.angle, pc.angle);  // the same seed, the same choices
        QCOMPARE(pb.trivialOp, pc.trivialOp);
        QVERIFY(pb.angle >= -15.0f && pb.angle <= 15.0f);
        QVERIFY(pb.brightness >= 0.7f && pb.brightness <= 1.3f);
        QVERIFY(pb.trivialOp >= 0 && pb.trivialOp < TrivialAugmentOps);
        flipped += pa.flip ? 1 : 0;
    }
    QVERIFY(flipped > 70 && flipped < 130);   // about half
}

void TestAugment::cropWindow()
{
    const AugmentOptions crop{false, true, false, false, false};
    std::mt19937_64 rng(11);
    for (int i = 0; i < 500; ++i) {
        const AugmentParams p = drawAugmentParams(crop, rng);
        QVERIFY(p.cropX >= 0.0f && p.cropY >= 0.0f);
        QVERIFY(p.cropX + p.cropW <= 1.0f + 1e-6f && p.cropY + p.cropH <= 1.0f + 1e-6f);
        const float area = p.cropW * p.cropH;
        QVERIFY2(area >= 0.35f * 0.74f && area <= 1.0f + 1e-6f, qPrintable(QString::number(area)));   // clipped at the sides
    }
}

void TestAugment::parallelBatchMatchesOneByOne()
{
    Nn::ImageBatch all;
    all.height = all.width = Size;
    for (unsigned i = 0; i < 12; ++i) {
        const auto image = picture(10 + i);
        all.pixels.insert(all.pixels.end(), image.begin(), image.end());
        all.labels.push_back(i % 3);
        ++all.count;
    }
    const AugmentOptions everything{true, true, true, true, true};
    std::mt19937_64 rng(5);
    const QVector<int> indices = {11, 3, 3, 0, 7, 5, 9, 1};
    QVector<AugmentParams> params;
    for (int i = 0; i < indices.size(); ++i)
        params.append(drawAugmentParams(everything, rng));
    const Nn::ImageBatch batch = gatherAugmented(all, indices, params);
    QCOMPARE(batch.count, qint64(indices.size()));
    for (int k = 0; k < indices.size(); ++k) {
        const std::vector<uint8_t> src(all.pixels.begin() + all.imageBytes() * size_t(indices.at(k)),
                                       all.pixels.begin() + all.imageBytes() * size_t(indices.at(k) + 1));
        const std::vector<uint8_t> one(batch.pixels.begin() + all.imageBytes() * size_t(k),
                                       batch.pixels.begin() + all.imageBytes() * size_t(k + 1));
        QVERIFY(one == augmented(src, params.at(k)));
        QCOMPARE(batch.labels.at(size_t(k)), all.labels.at(size_t(indices.at(k))));
    }
}

QTEST_GUILESS_MAIN(TestAugment)
#include "tst_augment.moc"
