#include "imagesurvey.h"

#include "util/atomicfile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

#include <opencv2/core/mat.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace Hone {

namespace {

constexpr int WorkingSide = 512;
constexpr int SurveyVersion = 3;
constexpr int TinySide = 16;

cv::Mat workingImage(const cv::Mat &bgr)
{
    const int longer = std::max(bgr.cols, bgr.rows);
    if (longer <= WorkingSide)
        return bgr;
    const double f = double(WorkingSide) / longer;
    cv::Mat small;
    cv::resize(bgr, small, cv::Size(std::max(1, int(std::lround(bgr.cols * f))), std::max(1, int(std::lround(bgr.rows * f)))),
               0, 0, cv::INTER_AREA);
    return small;
}

QString pixelHash(const cv::Mat &bgr)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    const qint32 size[3] = {bgr.cols, bgr.rows, bgr.channels()};
    hash.addData(QByteArrayView(reinterpret_cast<const char *>(size), sizeof size));
    for (int y = 0; y < bgr.rows; ++y)
        hash.addData(QByteArrayView(reinterpret_cast<const char *>(bgr.ptr(y)), qsizetype(bgr.cols) * bgr.elemSize()));
    return QString::fromLatin1(hash.result().toHex());
}

QByteArray tinyImage(const cv::Mat &grey)
{
    cv::Mat small;
    cv::resize(grey, small, cv::Size(TinySide, TinySide), 0, 0, cv::INTER_AREA);
    QByteArray bytes(TinySide * TinySide, Qt::Uninitialized);
    for (int y = 0; y < TinySide; ++y)
        std::copy(small.ptr<uchar>(y), small.ptr<uchar>(y) + TinySide, bytes.data() + y * TinySide);
    return bytes;
}

// pHash: the signs of the 8 × 8 lowest DCT frequencies (without the constant) of the 32 × 32 grey
// image against their median. Unchanged by resizing, re-encoding and uniform brightness changes.
quint64 perceptualHash(const cv::Mat &grey)
{
    cv::Mat small, f, dct;
    cv::resize(grey, small, cv::Size(32, 32), 0, 0, cv::INTER_AREA);
    small.convertTo(f, CV_32F);
    cv::dct(f, dct);
    float values[64];
    for (int y = 0; y < 8; ++y)
        for (int x = 0; x < 8; ++x)
            values[y * 8 + x] = dct.at<float>(y, x);
    float sorted[63];
    std::copy(values + 1, values + 64, sorted);
    std::nth_element(sorted, sorted + 31, sorted + 63);
    const float median = sorted[31];
    quint64 bits = 0;
    for (int i = 1; i < 64; ++i) {
        if (values[i] > median)
            bits |= quint64(1) << i;
    }
    return bits;
}

double colourfulness(const cv::Mat &bgr)
{
    cv::Mat f;
    bgr.convertTo(f, CV_32F);
    cv::Mat ch[3];
    cv::split(f, ch);
    const cv::Mat rg = ch[2] - ch[1];
    const cv::Mat yb = 0.5 * (ch[2] + ch[1]) - ch[0];
    cv::Scalar mRg, sRg, mYb, sYb;
    cv::meanStdDev(rg, mRg, sRg);
    cv::meanStdDev(yb, mYb, sYb);
    return std::sqrt(sRg[0] * sRg[0] + sYb[0] * sYb[0]) + 0.3 * std::sqrt(mRg[0] * mRg[0] + mYb[0] * mYb[0]);
}

} // namespace

ImageSurvey surveyImage(const cv::Mat &bgr)
{
    ImageSurvey s;
    s.width = bgr.cols;
    s.height = bgr.rows;
    s.pixelHash = pixelHash(bgr);
    const cv::Mat work = workingImage(bgr);
    cv::Mat grey;
    cv::cvtColor(work, grey, cv::COLOR_BGR2GRAY);
    s.perceptualHash = perceptualHash(grey);
    const int dx = int(grey.cols * 0.06), dy = int(grey.rows * 0.06);
    const cv::Mat centre = grey(cv::Rect(dx, dy, grey.cols - 2 * dx, grey.rows - 2 * dy));
    s.cropHash = perceptualHash(centre);
    s.tiny = tinyImage(grey);
    s.tinyCrop = tinyImage(centre);

    int histogram[256] = {};
    for (int y = 0; y < grey.rows; ++y) {
        const uchar *p = grey.ptr<uchar>(y);
        for (int x = 0; x < grey.cols; ++x)
            ++histogram[p[x]];
    }
    const double total = double(grey.total());
    double sum = 0.0, entropy = 0.0, cumulative = 0.0;
    int p05 = -1, p95 = -1;
    for (int v = 0; v < 256; ++v) {
        const double share = histogram[v] / total;
        sum += v * share;
        if (share > 0)
            entropy -= share * std::log2(share);
        cumulative += share;
        if (p05 < 0 && cumulative >= 0.05)
            p05 = v;
        if (p95 < 0 && cumulative >= 0.95)
            p95 = v;
    }
    s.brightness = sum / 255.0;
    s.brightLevel = std::max(0, p05) / 255.0;
    s.darkLevel = std::max(0, p95) / 255.0;
    s.entropy = entropy;
    const int mode = int(std::max_element(histogram, histogram + 256) - histogram);
    int near = 0;
    for (int v = std::max(0, mode - 8); v <= std::min(255, mode + 8); ++v)
        near += histogram[v];
    s.flatShare = near / total;

    cv::Mat laplacian;
    cv::Laplacian(grey, laplacian, CV_64F);
    cv::Scalar mean, deviation;
    cv::meanStdDev(laplacian, mean, deviation);
    s.sharpness = deviation[0] * deviation[0];
    s.colourfulness = colourfulness(work);
    return s;
}

int hammingDistance(quint64 a, quint64 b)
{
    return __builtin_popcountll(a ^ b);
}

double tinyCorrelation(const QByteArray &a, const QByteArray &b)
{
    const int n = TinySide * TinySide;
    if (a.size() != n || b.size() != n)
        return 0.0;
    double ma = 0, mb = 0;
    for (int i = 0; i < n; ++i) {
        ma += uchar(a[i]);
        mb += uchar(b[i]);
    }
    ma /= n;
    mb /= n;
    double sab = 0, saa = 0, sbb = 0;
    for (int i = 0; i < n; ++i) {
        const double x = uchar(a[i]) - ma, y = uchar(b[i]) - mb;
        sab += x * y;
        saa += x * x;
        sbb += y * y;
    }
    if (saa < 1e-9 || sbb < 1e-9)   // a flat image: alike only to another flat one
        return saa < 1e-9 && sbb < 1e-9 ? 1.0 : 0.0;
    return sab / std::sqrt(saa * sbb);
}

QJsonObject ImageSurvey::toJson() const
{
    return {{QStringLiteral("w"), width},
            {QStringLiteral("h"), height},
            {QStringLiteral("pixels"), pixelHash},
            {QStringLiteral("phash"), QString::number(perceptualHash, 16)},
            {QStringLiteral("crophash"), QString::number(cropHash, 16)},
            {QStringLiteral("tiny"), QString::fromLatin1(tiny.toBase64())},
            {QStringLiteral("tinycrop"), QString::fromLatin1(tinyCrop.toBase64())},
            {QStringLiteral("brightness"), brightness},
            {QStringLiteral("dark"), darkLevel},
            {QStringLiteral("bright"), brightLevel},
            {QStringLiteral("sharpness"), sharpness},
            {QStringLiteral("entropy"), entropy},
            {QStringLiteral("flat"), flatShare},
            {QStringLiteral("colour"), colourfulness}};
}

bool ImageSurvey::fromJson(const QJsonObject &json, ImageSurvey *survey)
{
    ImageSurvey s;
    bool ok = false;
    s.width = json.value(QStringLiteral("w")).toInt();
    s.height = json.value(QStringLiteral("h")).toInt();
    s.pixelHash = json.value(QStringLiteral("pixels")).toString();
    s.perceptualHash = json.value(QStringLiteral("phash")).toString().toULongLong(&ok, 16);
    bool cropOk = false;
    s.cropHash = json.value(QStringLiteral("crophash")).toString().toULongLong(&cropOk, 16);
    s.tiny = QByteArray::fromBase64(json.value(QStringLiteral("tiny")).toString().toLatin1());
    s.tinyCrop = QByteArray::fromBase64(json.value(QStringLiteral("tinycrop")).toString().toLatin1());
    ok = ok && cropOk && s.tiny.size() == TinySide * TinySide && s.tinyCrop.size() == TinySide * TinySide;
    s.brightness = json.value(QStringLiteral("brightness")).toDouble(-1);
    s.darkLevel = json.value(QStringLiteral("dark")).toDouble(-1);
    s.brightLevel = json.value(QStringLiteral("bright")).toDouble(-1);
    s.sharpness = json.value(QStringLiteral("sharpness")).toDouble(-1);
    s.entropy = json.value(QStringLiteral("entropy")).toDouble(-1);
    s.flatShare = json.value(QStringLiteral("flat")).toDouble(-1);
    s.colourfulness = json.value(QStringLiteral("colour")).toDouble(-1);
    if (!ok || s.width <= 0 || s.height <= 0 || s.pixelHash.size() != 40 || s.brightness < 0 || s.darkLevel < 0
        || s.brightLevel < 0 || s.sharpness < 0 || s.entropy < 0 || s.flatShare < 0 || s.colourfulness < 0)
        return false;
    *survey = s;
    return true;
}

SurveyCache::SurveyCache(const QString &cacheDirectory)
    : m_path(QDir(cacheDirectory).filePath(QStringLiteral("analysis/surveys.json")))
{
    QFile file(m_path);
    if (file.size() > 256 * 1024 * 1024 || !file.open(QIODevice::ReadOnly))
        return;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    if (root.value(QStringLiteral("version")).toInt() != SurveyVersion)
        return;
    const QJsonObject entries = root.value(QStringLiteral("surveys")).toObject();
    for (auto it = entries.begin(); it != entries.end(); ++it)
        m_entries.insert(it.key(), it.value().toObject());
}

bool SurveyCache::find(const QString &contentHash, ImageSurvey *survey) const
{
    const auto it = m_entries.constFind(contentHash);
    return !contentHash.isEmpty() && it != m_entries.constEnd() && ImageSurvey::fromJson(*it, survey);
}

void SurveyCache::insert(const QString &contentHash, const ImageSurvey &survey)
{
    if (!contentHash.isEmpty())
        m_entries.insert(contentHash, survey.toJson());
}

bool SurveyCache::save(QString *error) const
{
    QJsonObject entries;
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it)
        entries.insert(it.key(), it.value());
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    const QJsonObject root{{QStringLiteral("version"), SurveyVersion}, {QStringLiteral("surveys"), entries}};
    return writeFileAtomically(m_path, QJsonDocument(root).toJson(QJsonDocument::Compact), error);
}

} // namespace Hone
