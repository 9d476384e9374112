#include "onnxmodelbuilder.h"

#include <QCoreApplication>

#include <onnx/onnx_pb.h>

#include <cmath>
#include <map>
#include <set>
#include <stdexcept>

namespace Hone {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("OnnxModelBuilder", text);
}

// Appends nodes and initializers to a graph; looks weights up by torchvision name.
class GraphWriter
{
public:
    GraphWriter(onnx::GraphProto *graph, const std::vector<Nn::NamedTensor> &tensors)
        : m_graph(graph)
    {
        for (const auto &t : tensors)
            m_tensors[t.name] = &t;
    }

    const Nn::NamedTensor &tensor(const std::string &name) const
    {
        const auto it = m_tensors.find(name);
        if (it == m_tensors.end())
            throw std::runtime_error("the model has no tensor " + name);
        return *it->second;
    }

    bool has(const std::string &name) const { return m_tensors.count(name) > 0; }

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

    onnx::NodeProto *node(const std::string &op, const std::vector<std::string> &inputs,
                          const std::string &output)
    {
        onnx::NodeProto *n = m_graph->add_node();
        n->set_op_type(op);
        n->set_name(output);
        for (const auto &in : inputs)
            n->add_input(in);
        n->add_output(output);
        return n;
    }

    static void ints(onnx::NodeProto *n, const std::string &name, const std::vector<int64_t> &values)
    {
        onnx::AttributeProto *a = n->add_attribute();
        a->set_name(name);
        a->set_type(onnx::AttributeProto::INTS);
        for (int64_t v : values)
            a->add_ints(v);
    }

    static void integer(onnx::NodeProto *n, const std::string &name, int64_t value)
    {
        onnx::AttributeProto *a = n->add_attribute();
        a->set_name(name);
        a->set_type(onnx::AttributeProto::INT);
        a->set_i(value);
    }

    // Conv (no bias) followed by eval-mode BatchNorm, folded into one Conv with a bias:
    // w' = w · γ/√(σ²+ε) per output channel, b' = β − μ · γ/√(σ²+ε).
    std::string convBn(const std::string &input, const std::string &conv, const std::string &bn,
                       int64_t stride, int64_t pad, double eps = 1e-5)
    {
        const Nn::NamedTensor &w = tensor(conv + ".weight");
        const auto &gamma = tensor(bn + ".weight").values;
        const auto &beta = tensor(bn + ".bias").values;
        const auto &mean = tensor(bn + ".running_mean").values;
        const auto &var = tensor(bn + ".running_var").values;
        const int64_t out = w.shape.at(0);
        const size_t perChannel = w.values.size() / size_t(out);
        std::vector<float> weight(w.values.size());
        std::vector<float> bias(static_cast<size_t>(out));
        for (int64_t c = 0; c < out; ++c) {
            const double scale = double(gamma[size_t(c)]) / std::sqrt(double(var[size_t(c)]) + eps);
            for (size_t k = 0; k < perChannel; ++k)
                weight[size_t(c) * perChannel + k] = float(w.values[size_t(c) * perChannel + k] * scale);
            bias[size_t(c)] = float(beta[size_t(c)] - mean[size_t(c)] * scale);
        }
        initializer(conv + ".weight", w.shape, weight);
        initializer(conv + ".bias", {out}, bias);
        onnx::NodeProto *n = node("Conv", {input, conv + ".weight", conv + ".bias"}, conv);
        ints(n, "kernel_shape", {w.shape.at(2), w.shape.at(3)});
        ints(n, "strides", {stride, stride});
        ints(n, "pads", {pad, pad, pad, pad});
        ints(n, "dilations", {1, 1});
        integer(n, "group", 1);
        return conv;
    }

private:
    onnx::GraphProto *m_graph;
    std::map<std::string, const Nn::NamedTensor *> m_tensors;
};

// torchvision's ResNet with BasicBlocks (resnet18, resnet34): stem, four layers whose first block
// strides by 2 (except layer1), global average pooling, fc.
std::string writeResNet(GraphWriter &g, const std::string &input)
{
    std::string x = g.convBn(input, "conv1", "bn1", 2, 3);
    x = g.node("Relu", {x}, "relu")->output(0);
    onnx::NodeProto *pool = g.node("MaxPool", {x}, "maxpool");
    GraphWriter::ints(pool, "kernel_shape", {3, 3});
    GraphWriter::ints(pool, "strides", {2, 2});
    GraphWriter::ints(pool, "pads", {1, 1, 1, 1});
    x = "maxpool";
    for (int layer = 1; layer <= 4; ++layer) {
        for (int block = 0;; ++block) {
            const std::string p = "layer" + std::to_string(layer) + "." + std::to_string(block);
            if (!g.has(p + ".conv1.weight"))
                break;
            const int64_t stride = (layer > 1 && block == 0) ? 2 : 1;
            std::string identity = x;
            if (g.has(p + ".downsample.0.weight"))
                identity = g.convBn(x, p + ".downsample.0", p + ".downsample.1", stride, 0);
            std::string y = g.convBn(x, p + ".conv1", p + ".bn1", stride, 1);
            y = g.node("Relu", {y}, p + ".relu1")->output(0);
            y = g.convBn(y, p + ".conv2", p + ".bn2", 1, 1);
            y = g.node("Add", {y, identity}, p + ".add")->output(0);
            x = g.node("Relu", {y}, p + ".relu2")->output(0);
        }
    }
    x = g.node("GlobalAveragePool", {x}, "avgpool")->output(0);
    onnx::NodeProto *flatten = g.node("Flatten", {x}, "flatten");
    GraphWriter::integer(flatten, "axis", 1);
    const Nn::NamedTensor &w = g.tensor("fc.weight");
    const Nn::NamedTensor &b = g.tensor("fc.bias");
    g.initializer("fc.weight", w.shape, w.values);
    g.initializer("fc.bias", b.shape, b.values);
    onnx::NodeProto *fc = g.node("Gemm", {"flatten", "fc.weight", "fc.bias"}, "fc");
    GraphWriter::integer(fc, "transB", 1);
    return "fc";
}

using GraphFunction = std::string (*)(GraphWriter &, const std::string &);

const std::map<std::string, GraphFunction> &graphs()
{
    static const std::map<std::string, GraphFunction> table = {
        {"resnet18", writeResNet},
        {"resnet34", writeResNet},
    };
    return table;
}

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

bool onnxSupportsBackbone(const std::string &backbone)
{
    return graphs().count(backbone) > 0;
}

bool buildOnnxModel(const std::vector<Nn::NamedTensor> &tensors, const OnnxBuildOptions &options,
                    std::string *serialized, QString *error)
{
    const auto it = graphs().find(options.backbone);
    if (it == graphs().end()) {
        *error = tr("ONNX export does not know the %1 architecture")
                     .arg(QString::fromStdString(options.backbone));
        return false;
    }
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
    graph->set_name("hone_" + options.backbone);
    try {
        GraphWriter writer(graph, tensors);
        std::string out = it->second(writer, "input");
        const int64_t classes = writer.tensor("fc.bias").shape.at(0);
        std::string outputName = "logits";
        if (options.softmax) {
            onnx::NodeProto *softmax = writer.node("Softmax", {out}, "probabilities");
            GraphWriter::integer(softmax, "axis", 1);
            out = outputName = "probabilities";
        } else {
            writer.node("Identity", {out}, "logits");
        }
        setValueInfo(graph->add_input(), "input", 3, options.imageSize);
        setValueInfo(graph->add_output(), outputName, classes, 0);
    } catch (const std::exception &e) {
        *error = tr("cannot build the ONNX graph: %1").arg(QString::fromUtf8(e.what()));
        return false;
    }
    if (!model.SerializeToString(serialized)) {
        *error = tr("cannot serialise the ONNX model");
        return false;
    }
    return true;
}

} // namespace Hone
