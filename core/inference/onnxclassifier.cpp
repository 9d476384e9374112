#include "onnxclassifier.h"

#include <QCoreApplication>
#include <QFile>

#include <onnx/onnx_pb.h>
#include <opencv2/dnn.hpp>

namespace Hone {

namespace {

// lupdate files these under the same context as the one looked up at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(OnnxClassifier)
};

} // namespace

struct OnnxClassifier::Private
{
    cv::dnn::Net net;
    std::vector<std::string> outputs;   // the graph's output names, in order
};

OnnxClassifier::OnnxClassifier()
    : d(std::make_unique<Private>())
{
}

OnnxClassifier::~OnnxClassifier() = default;

bool OnnxClassifier::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Text::tr("cannot open %1: %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray bytes = file.readAll();
    onnx::ModelProto model;
    if (bytes.isEmpty() || !model.ParseFromArray(bytes.constData(), int(bytes.size()))
        || !model.has_graph() || model.graph().node_size() == 0) {
        *error = Text::tr("%1 is not an ONNX model").arg(path);
        return false;
    }
    m_metadata.clear();
    d->outputs.clear();
    for (const auto &output : model.graph().output())
        d->outputs.push_back(output.name());
    for (const auto &entry : model.metadata_props())
        m_metadata.append({QString::fromStdString(entry.key()), QString::fromStdString(entry.value())});
    try {
        d->net = cv::dnn::readNetFromONNX(bytes.constData(), size_t(bytes.size()));
        d->net.setPreferableBackend(cv::dnn::DNN_BACKEND_OPENCV);
        d->net.setPreferableTarget(cv::dnn::DNN_TARGET_CPU);
    } catch (const cv::Exception &e) {
        *error = Text::tr("OpenCV DNN cannot load %1: %2").arg(path, QString::fromStdString(e.msg));
        return false;
    }
    if (d->net.empty()) {
        *error = Text::tr("OpenCV DNN cannot load %1").arg(path);
        return false;
    }
    return true;
}

QString OnnxClassifier::metadataValue(const QString &key) const
{
    for (const auto &entry : m_metadata) {
        if (entry.first == key)
            return entry.second;
    }
    return QString();
}

std::vector<float> OnnxClassifier::run(const Nn::ImageBatch &batch,
                                       const Nn::Normalization &normalization, int *classes,
                                       std::vector<float> *features)
{
    const int n = int(batch.count), h = int(batch.height), w = int(batch.width);
    const int dims[4] = {n, 3, h, w};
    cv::Mat blob(4, dims, CV_32F);
    float *dst = blob.ptr<float>();
    const size_t plane = size_t(h) * size_t(w);
    for (int i = 0; i < n; ++i) {
        const uint8_t *src = batch.pixels.data() + size_t(i) * plane * 3;
        for (int c = 0; c < 3; ++c) {
            const float mean = normalization.mean[size_t(c)];
            const float std = normalization.std[size_t(c)];
            float *out = dst + (size_t(i) * 3 + size_t(c)) * plane;
            for (size_t p = 0; p < plane; ++p)
                out[p] = (src[p * 3 + size_t(c)] / 255.0f - mean) / std;
        }
    }
    d->net.setInput(blob);
    cv::Mat out;
    const bool withFeatures = features && d->outputs.size() >= 2 && d->outputs.at(1) == "embedding";
    if (features)
        features->clear();
    if (withFeatures) {
        std::vector<cv::Mat> outs;
        d->net.forward(outs, std::vector<cv::String>{d->outputs.at(0), d->outputs.at(1)});
        out = outs.at(0);
        cv::Mat pooled = outs.at(1).reshape(1, n);
        if (!pooled.isContinuous())
            pooled = pooled.clone();
        features->assign(pooled.ptr<float>(), pooled.ptr<float>() + pooled.total());
    } else if (d->outputs.size() >= 2) {
        out = d->net.forward(d->outputs.at(0));
    } else {
        out = d->net.forward();
    }
    out = out.reshape(1, n);
    if (out.rows != n)
        throw std::runtime_error(Text::tr("the ONNX model returned an output of unexpected shape").toStdString());
    if (classes)
        *classes = out.cols;
    cv::Mat contiguous = out.isContinuous() ? out : out.clone();
    return std::vector<float>(contiguous.ptr<float>(), contiguous.ptr<float>() + contiguous.total());
}

} // namespace Hone
