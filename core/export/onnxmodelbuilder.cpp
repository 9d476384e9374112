#include "onnxmodelbuilder.h"

#include <QCoreApplication>

#include <onnx/onnx_pb.h>

#include <array>
#include <cmath>
#include <map>
#include <set>
#include <stdexcept>

namespace Hone {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(OnnxModelBuilder)
};

// Writes the network's description (nn/graphbuilder.h) as ONNX nodes and initializers; weights
// are looked up by torchvision name. Convolutions absorb their BatchNorm; activations ONNX 13
// lacks (Hardswish, SiLU) are written from HardSigmoid, Sigmoid and Mul.
class OnnxWriter : public Nn::GraphBuilder
{
public:
    OnnxWriter(onnx::GraphProto *graph, const std::vector<Nn::NamedTensor> &tensors, int imageSize)
        : m_graph(graph)
    {
        for (const auto &t : tensors)
            m_tensors[t.name] = &t;
        m_names.push_back("input");
        m_shapes["input"] = {3, imageSize, imageSize};
    }

    // A copy, not a reference: every op() appends to m_names, which may move its strings.
    std::string name(Value v) const { return m_names.at(size_t(v)); }

    const Nn::NamedTensor &tensor(const std::string &name) const
    {
        const auto it = m_tensors.find(name);
        if (it == m_tensors.end())
            throw std::runtime_error("the model has no tensor " + name);
        return *it->second;
    }

    Value stage(int, Value x) override { return x; }

    // Conv, with an eval-mode BatchNorm folded in: w' = w · γ/√(σ²+ε) per output channel,
    // b' = β − μ · γ/√(σ²+ε) (+ the conv's own bias scaled the same way).
    Value conv(Value x, const Nn::ConvSpec &s) override
    {
        const Nn::NamedTensor &w = tensor(s.conv + ".weight");
        const int64_t out = w.shape.at(0);
        const size_t perChannel = w.values.size() / size_t(out);
        std::vector<float> weight = w.values;
        std::vector<float> bias(size_t(out), 0.0f);
        if (s.bias)
            bias = tensor(s.conv + ".bias").values;
        if (!s.norm.empty()) {
            const auto &gamma = tensor(s.norm + ".weight").values;
            const auto &beta = tensor(s.norm + ".bias").values;
            const auto &mean = tensor(s.norm + ".running_mean").values;
            const auto &var = tensor(s.norm + ".running_var").values;
            for (size_t c = 0; c < size_t(out); ++c) {
                const double scale = double(gamma[c]) / std::sqrt(double(var[c]) + s.eps);
                for (size_t k = 0; k < perChannel; ++k)
                    weight[c * perChannel + k] = float(w.values[c * perChannel + k] * scale);
                bias[c] = float(beta[c] + (double(bias[c]) - mean[c]) * scale);
            }
        }
        initializer(s.conv + ".weight", w.shape, weight);
        initializer(s.conv + ".bias", {out}, bias);
        onnx::NodeProto *n = node("Conv", {name(x), s.conv + ".weight", s.conv + ".bias"}, s.conv);
        const int64_t pad = s.padding();
        Shape shape = m_shapes[name(x)];
        shape = {out, (shape[1] + 2 * pad - s.kernel) / s.stride + 1, (shape[2] + 2 * pad - s.kernel) / s.stride + 1};
        m_shapes[s.conv] = shape;
        ints(n, "kernel_shape", {w.shape.at(2), w.shape.at(3)});
        ints(n, "strides", {s.stride, s.stride});
        ints(n, "pads", {pad, pad, pad, pad});
        ints(n, "dilations", {1, 1});
        integer(n, "group", s.groups);
        return activation(value(s.conv), s.activation);
    }

    Value activation(Value x, Nn::Activation kind) override
    {
        const std::string in = name(x);
        switch (kind) {
        case Nn::Activation::None:
            return x;
        case Nn::Activation::Relu:
            return op("Relu", {in});
        case Nn::Activation::Relu6:
            return relu6(in);
        case Nn::Activation::Hardsigmoid:
            return hardSigmoid(in);
        case Nn::Activation::Hardswish:
            return op("Mul", {in, name(hardSigmoid(in))});
        case Nn::Activation::Sigmoid:
            return op("Sigmoid", {in});
        case Nn::Activation::Silu:
            return op("Mul", {in, name(op("Sigmoid", {in}))});
        }
        return x;
    }

    Value add(Value a, Value b) override { return op("Add", {name(a), name(b)}); }
    // OpenCV DNN 4.6 cannot broadcast [N, C, 1, 1] over [N, C, H, W] in a Mul (opencv#18214), and
    // its Expand drops the batch; so the gate is first resized (nearest: plain copies) to the
    // feature map's size, which both OpenCV and ONNX Runtime read.
    Value scale(Value x, Value s) override
    {
        const Shape shape = m_shapes[name(x)];
        std::string gate = name(s);
        if (shape[1] * shape[2] > 1) {
            const std::string scales = "resize_scales_" + std::to_string(shape[1]) + "x" + std::to_string(shape[2]);
            if (m_constants.insert(scales).second)
                initializer(scales, {4}, {1.0f, 1.0f, float(shape[1]), float(shape[2])});
            const Value resized = op("Resize", {gate, "", scales});
            onnx::NodeProto *n = m_graph->mutable_node(m_graph->node_size() - 1);
            text(n, "mode", "nearest");
            gate = name(resized);
            m_shapes[gate] = shape;
        }
        return op("Mul", {name(x), gate});
    }

    Value maxPool(Value x, int64_t kernel, int64_t stride, int64_t padding) override
    {
        const Value v = op("MaxPool", {name(x)});
        Shape &shape = m_shapes[name(v)];
        shape[1] = (shape[1] + 2 * padding - kernel) / stride + 1;
        shape[2] = (shape[2] + 2 * padding - kernel) / stride + 1;
        onnx::NodeProto *n = m_graph->mutable_node(m_graph->node_size() - 1);
        ints(n, "kernel_shape", {kernel, kernel});
        ints(n, "strides", {stride, stride});
        ints(n, "pads", {padding, padding, padding, padding});
        return v;
    }

    Value globalAvgPool(Value x) override
    {
        const Value v = op("GlobalAveragePool", {name(x)});
        m_shapes[name(v)] = {m_shapes[name(x)][0], 1, 1};
        return v;
    }

    Value flatten(Value x) override
    {
        const Value v = op("Flatten", {name(x)});
        integer(m_graph->mutable_node(m_graph->node_size() - 1), "axis", 1);
        pooled = name(v);
        pooledChannels = m_shapes[name(x)].at(0);
        return v;
    }

    // The pooled features the classifier reads (the last Flatten) and their width.
    std::string pooled;
    int64_t pooledChannels = 0;

    Value linear(Value x, const std::string &layer, int64_t, int64_t) override
    {
        const Nn::NamedTensor &w = tensor(layer + ".weight");
        const Nn::NamedTensor &b = tensor(layer + ".bias");
        initializer(layer + ".weight", w.shape, w.values);
        initializer(layer + ".bias", b.shape, b.values);
        onnx::NodeProto *n = node("Gemm", {name(x), layer + ".weight", layer + ".bias"}, layer);
        integer(n, "transB", 1);
        m_shapes[layer] = {w.shape.at(0), 1, 1};
        return value(layer);
    }

    // The graph's input as RGB pixel values 0–255: (x / 255 − mean) / std before everything
    // else, as a 1×1 convolution with a diagonal weight (OpenCV DNN 4.6 cannot broadcast a Mul of
    // the graph input with a constant); Value 0 is then the normalised input.
    void normalizeInput(const Nn::Normalization &n)
    {
        std::vector<float> weight(9, 0.0f), bias(3);
        for (size_t c = 0; c < 3; ++c) {
            weight[c * 3 + c] = float(1.0 / (255.0 * double(n.std[c])));
            bias[c] = float(-double(n.mean[c]) / double(n.std[c]));
        }
        initializer("hone.normalize.weight", {3, 3, 1, 1}, weight);
        initializer("hone.normalize.bias", {3}, bias);
        onnx::NodeProto *conv = node("Conv", {"input", "hone.normalize.weight", "hone.normalize.bias"}, "input_normalized");
        ints(conv, "kernel_shape", {1, 1});
        m_names[0] = "input_normalized";
        m_shapes["input_normalized"] = m_shapes["input"];
    }

    onnx::NodeProto *node(const std::string &type, const std::vector<std::string> &inputs,
                          const std::string &output)
    {
        onnx::NodeProto *n = m_graph->add_node();
        n->set_op_type(type);
        n->set_name(output);
        for (const auto &in : inputs)
            n->add_input(in);
        n->add_output(output);
        return n;
    }

    static void integer(onnx::NodeProto *n, const std::string &name, int64_t value)
    {
        onnx::AttributeProto *a = n->add_attribute();
        a->set_name(name);
        a->set_type(onnx::AttributeProto::INT);
        a->set_i(value);
    }

private:
    Value value(const std::string &name)
    {
        m_names.push_back(name);
        return Value(m_names.size() - 1);
    }

    // A node with a fresh output name, numbered in order, shaped like its first input.
    Value op(const std::string &type, const std::vector<std::string> &inputs)
    {
        const std::string out = type + "_" + std::to_string(++m_count);
        node(type, inputs, out);
        const auto it = m_shapes.find(inputs.front());
        if (it != m_shapes.end())
            m_shapes[out] = it->second;
        return value(out);
    }

    static void text(onnx::NodeProto *n, const std::string &name, const std::string &value)
    {
        onnx::AttributeProto *a = n->add_attribute();
        a->set_name(name);
        a->set_type(onnx::AttributeProto::STRING);
        a->set_s(value);
    }

    // A scalar constant, named by its value.
    std::string constant(float value)
    {
        const std::string key = "const_" + std::to_string(value);
        if (m_constants.insert(key).second)
            initializer(key, {}, {value});
        return key;
    }

    // min(max(x, 0), 6) as relu(x) − relu(x − 6): Clip's bounds are inputs since opset 11,
    // which OpenCV DNN 4.6 does not read; these ops every runtime reads.
    Value relu6(const std::string &in)
    {
        const Value low = op("Relu", {in});
        const Value high = op("Relu", {name(op("Sub", {in, constant(6.0f)}))});
        return op("Sub", {name(low), name(high)});
    }

    // torch's hardsigmoid, clamp(x/6 + 1/2, 0, 1), as relu6(x + 3) / 6.
    Value hardSigmoid(const std::string &in)
    {
        const Value shifted = op("Add", {in, constant(3.0f)});
        return op("Mul", {name(relu6(name(shifted))), constant(1.0f / 6.0f)});
    }

    void initializer(const std::string &name, const std::vector<int64_t> &shape,
                     const std::vector<float> &values)
    {
        onnx::TensorProto *t = m_graph->add_initializer();
        t->set_name(name);
        t->set_data_type(onnx::TensorProto::FLOAT);
        for (int64_t d : shape)
            t->add_dims(d);
        t->set_raw_data(values.data(), values.size() * sizeof(float));
    }

    static void ints(onnx::NodeProto *n, const std::string &name, const std::vector<int64_t> &values)
    {
        onnx::AttributeProto *a = n->add_attribute();
        a->set_name(name);
        a->set_type(onnx::AttributeProto::INTS);
        for (int64_t v : values)
            a->add_ints(v);
    }

    onnx::GraphProto *m_graph;
    std::map<std::string, const Nn::NamedTensor *> m_tensors;
    std::vector<std::string> m_names;
    using Shape = std::array<int64_t, 3>;   // channels, height, width
    std::map<std::string, Shape> m_shapes;
    int m_count = 0;
    std::set<std::string> m_constants;
};

void setValueInfo(onnx::ValueInfoProto *info, const std::string &name, int64_t channels, int imageSize)
{
    info->set_name(name);
    onnx::TypeProto_Tensor *type = info->mutable_type()->mutable_tensor_type();
    type->set_elem_type(onnx::TensorProto::FLOAT);
    onnx::TensorShapeProto *shape = type->mutable_shape();
    shape->add_dim()->set_dim_param("batch");
    shape->add_dim()->set_dim_value(channels);
    if (imageSize > 0) {
        shape->add_dim()->set_dim_value(imageSize);
        shape->add_dim()->set_dim_value(imageSize);
    }
}

} // namespace

bool buildOnnxModel(const Nn::ClassifierModel &network, const OnnxBuildOptions &options,
                    std::string *serialized, QString *error)
{
    onnx::ModelProto model;
    model.set_ir_version(7);
    model.set_producer_name("Hone");
    model.set_producer_version(HONE_VERSION);
    model.set_model_version(1);
    onnx::OperatorSetIdProto *opset = model.add_opset_import();
    opset->set_domain("");
    opset->set_version(13);
    for (const auto &[key, value] : options.metadata) {
        onnx::StringStringEntryProto *entry = model.add_metadata_props();
        entry->set_key(key.toStdString());
        entry->set_value(value.toStdString());
    }
    onnx::GraphProto *graph = model.mutable_graph();
    graph->set_name("hone_" + network.backbone());
    try {
        const std::vector<Nn::NamedTensor> tensors = network.stateTensors();
        OnnxWriter writer(graph, tensors, options.imageSize);
        if (options.normalizeInput)
            writer.normalizeInput(network.normalization());
        const std::string out = writer.name(network.describe(writer, 0));
        const int64_t classes = network.numClasses();
        std::string outputName = "logits";
        if (options.softmax) {
            onnx::NodeProto *softmax = writer.node("Softmax", {out}, "probabilities");
            OnnxWriter::integer(softmax, "axis", 1);
            outputName = "probabilities";
        } else {
            writer.node("Identity", {out}, "logits");
        }
        setValueInfo(graph->add_input(), "input", 3, options.imageSize);
        setValueInfo(graph->add_output(), outputName, classes, 0);
        if (options.featuresOutput && !writer.pooled.empty()) {
            writer.node("Identity", {writer.pooled}, "embedding");
            setValueInfo(graph->add_output(), "embedding", writer.pooledChannels, 0);
        }
    } catch (const std::exception &e) {
        *error = Text::tr("cannot build the ONNX graph: %1").arg(QString::fromUtf8(e.what()));
        return false;
    }
    if (!model.SerializeToString(serialized)) {
        *error = Text::tr("cannot serialise the ONNX model");
        return false;
    }
    return true;
}

} // namespace Hone
