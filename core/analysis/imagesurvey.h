#pragma once

// What the data doctor measures of one decoded image, once per file content: the decoded pixels'
// hash (exact duplicates whatever the file encoding), a 64-bit perceptual hash (near duplicates),
// and the statistics behind the image-quality checks (imagequality.h). Computed from the 8-bit BGR
// image the decoder gives; large images are measured at a working size of at most 512 px on the
// longer side, so scores compare across resolutions.
//
// Surveys depend on the file content alone and are kept in the project's cache, keyed by content
// hash (SurveyCache), so a repeated scan decodes nothing that it has measured before.

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QString>

namespace cv {
class Mat;
}

namespace Hone {

struct ImageSurvey
{
    int width = 0;               // of the file, in pixels
    int height = 0;
    QString pixelHash;           // SHA-1 of the decoded pixels and their size, hex
    quint64 perceptualHash = 0;  // DCT hash (pHash) of the 32 × 32 grey image
    quint64 cropHash = 0;        // the same of the central 88 % (what a small crop keeps)
    QByteArray tiny;             // the grey image at 16 × 16 (256 bytes), and its central 88 %:
    QByteArray tinyCrop;         // pixel-level evidence for near duplicates (tinyCorrelation())
    double brightness = 0.0;     // mean luminance, 0–1
    double darkLevel = 0.0;      // 95th percentile of luminance, 0–1: low means nearly all dark
    double brightLevel = 0.0;    // 5th percentile of luminance, 0–1: high means nearly all bright
    double sharpness = 0.0;      // variance of the Laplacian of the grey working image
    double entropy = 0.0;        // of the grey-level histogram, bits (0–8)
    double flatShare = 0.0;      // share of pixels within 8 grey levels of the commonest level
    double colourfulness = 0.0;  // Hasler and Süsstrunk's M, 0 for a grey image

    QJsonObject toJson() const;
    static bool fromJson(const QJsonObject &json, ImageSurvey *survey);
};

ImageSurvey surveyImage(const cv::Mat &bgr);

// The number of bits in which two perceptual hashes differ (0–64).
int hammingDistance(quint64 a, quint64 b);
// The correlation (−1 … 1, unchanged by brightness and contrast) of two 16 × 16 grey images.
double tinyCorrelation(const QByteArray &a, const QByteArray &b);

// Surveys by content hash, in cacheDirectory/analysis/surveys.json. A damaged or foreign file is
// an empty cache (and is rewritten by save()).
class SurveyCache
{
public:
    explicit SurveyCache(const QString &cacheDirectory);

    bool find(const QString &contentHash, ImageSurvey *survey) const;
    void insert(const QString &contentHash, const ImageSurvey &survey);
    // Writes atomically; false (the old file kept) when the disk refuses.
    bool save(QString *error) const;
    int size() const { return int(m_entries.size()); }

private:
    QString m_path;
    QHash<QString, QJsonObject> m_entries;
};

} // namespace Hone
