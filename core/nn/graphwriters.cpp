// Two readers of an architecture's description that need no network: the multiply-add count
// and the TorchScript source of the eval-mode forward(). Torch-free.

#include "graphwriters.h"

#include <array>
#include <iomanip>
#include <sstream>
#include <vector>

namespace Hone::Nn {

namespace {

using Value = GraphBuilder::Value;

// Multiply-accumulates of convolutions and linear layers, following the shapes through.
class MacCounter : public GraphBuilder
{
public:
    explicit MacCounter(int size)
    {
        m_shapes.push_back({3, size, size});
    }

    int64_t macs = 0;

    Value stage(int, Value x) override { return push(m_shapes[size_t(x)]); }
    Value conv(Value x, const ConvSpec &s) override
    {
        auto shape = m_shapes[size_t(x)];
        const int64_t pad = s.padding();
        shape[1] = (shape[1] + 2 * pad - s.kernel) / s.stride + 1;
        shape[2] = (shape[2] + 2 * pad - s.kernel) / s.stride + 1;
        shape[0] = s.out;
        macs += s.out * shape[1] * shape[2] * (s.in / s.groups) * s.kernel * s.kernel;
        return push(shape);
    }
    Value activation(Value x, Activation) override { return push(m_shapes[size_t(x)]); }
    Value add(Value a, Value) override { return push(m_shapes[size_t(a)]); }
    Value scale(Value x, Value) override { return push(m_shapes[size_t(x)]); }
    Value maxPool(Value x, int64_t kernel, int64_t stride, int64_t padding) override
    {
        auto shape = m_shapes[size_t(x)];
        shape[1] = (shape[1] + 2 * padding - kernel) / stride + 1;
        shape[2] = (shape[2] + 2 * padding - kernel) / stride + 1;
        return push(shape);
    }
    Value globalAvgPool(Value x) override { return push({m_shapes[size_t(x)][0], 1, 1}); }
    Value flatten(Value x) override { return push(m_shapes[size_t(x)]); }
    Value linear(Value, const std::string &, int64_t in, int64_t out) override
    {
        macs += in * out;
        return push({out, 1, 1});
    }

private:
    Value push(std::array<int64_t, 3> shape)
    {
        m_shapes.push_back(shape);
        return Value(m_shapes.size() - 1);
    }

    std::vector<std::array<int64_t, 3>> m_shapes;
};

// Writes TorchScript source; parameters are read as self.<flattened torchvision name>.
class TorchScriptWriter : public GraphBuilder
{
public:
    std::ostringstream source;
    Value pooled = -1;   // the pooled features the classifier reads (the last flatten)

    TorchScriptWriter()
    {
        source << std::setprecision(10);
    }

    static std::string name(Value v) { return "v" + std::to_string(v); }

    Value stage(int, Value x) override { return x; }

    Value conv(Value x, const ConvSpec &s) override
    {
        const std::string w = "self." + flattenName(s.conv);
        std::string expr = "torch.conv2d(" + name(x) + ", " + w + "_weight, "
            + (s.bias ? w + "_bias" : std::string("None")) + ", [" + std::to_string(s.stride) + ", "
            + std::to_string(s.stride) + "], [" + std::to_string(s.padding()) + ", "
            + std::to_string(s.padding()) + "], [1, 1], " + std::to_string(s.groups) + ")";
        if (!s.norm.empty()) {
            const std::string n = "self." + flattenName(s.norm);
            std::ostringstream bn;
            bn << std::setprecision(10) << "torch.batch_norm(" << expr << ", " << n << "_weight, " << n
               << "_bias, " << n << "_running_mean, " << n << "_running_var, False, " << s.momentum << ", "
               << s.eps << ", True)";
            expr = bn.str();
        }
        return activation(assign(expr), s.activation);
    }

    Value activation(Value x, Activation kind) override
    {
        const std::string v = name(x);
        switch (kind) {
        case Activation::None:
            return x;
        case Activation::Relu:
            return assign("torch.relu(" + v + ")");
        case Activation::Relu6:
            return assign("torch.clamp(" + v + ", 0.0, 6.0)");
        case Activation::Hardswish:
            return assign(v + " * torch.clamp(" + v + " + 3.0, 0.0, 6.0) / 6.0");
        case Activation::Hardsigmoid:
            return assign("torch.clamp(" + v + " + 3.0, 0.0, 6.0) / 6.0");
        case Activation::Silu:
            return assign(v + " * torch.sigmoid(" + v + ")");
        case Activation::Sigmoid:
            return assign("torch.sigmoid(" + v + ")");
        }
        return x;
    }

    Value add(Value a, Value b) override { return assign(name(a) + " + " + name(b)); }
    Value scale(Value x, Value s) override { return assign(name(x) + " * " + name(s)); }
    Value maxPool(Value x, int64_t k, int64_t s, int64_t p) override
    {
        const auto pair = [](int64_t n) { return "[" + std::to_string(n) + ", " + std::to_string(n) + "]"; };
        return assign("torch.max_pool2d(" + name(x) + ", " + pair(k) + ", " + pair(s) + ", " + pair(p)
                      + ", [1, 1], False)");
    }
    Value globalAvgPool(Value x) override { return assign("torch.adaptive_avg_pool2d(" + name(x) + ", [1, 1])"); }
    Value flatten(Value x) override
    {
        pooled = assign("torch.flatten(" + name(x) + ", 1)");
        return pooled;
    }
    Value linear(Value x, const std::string &layer, int64_t, int64_t) override
    {
        const std::string w = "self." + flattenName(layer);
        return assign("torch.linear(" + name(x) + ", " + w + "_weight, " + w + "_bias)");
    }

private:
    Value assign(const std::string &expr)
    {
        const Value v = m_next++;
        source << "    " << name(v) << " = " << expr << "\n";
        return v;
    }

    Value m_next = 1;
};

} // namespace

std::string flattenName(const std::string &dotted)
{
    std::string out = dotted;
    for (char &c : out) {
        if (c == '.' || c == '-')   // RegNet's "block1-0"
            c = '_';
    }
    return out;
}

int64_t countMacs(const Architecture &architecture, int classes, int size)
{
    MacCounter counter(size);
    architecture.build(counter, 0, classes);
    return counter.macs;
}

std::string torchScriptSource(const Architecture &architecture, int classes, bool softmax, bool withFeatures)
{
    TorchScriptWriter writer;
    writer.source << (withFeatures ? "def forward_with_features(self, v0):\n" : "def forward(self, v0):\n");
    const Value out = architecture.build(writer, 0, classes);
    const std::string result = softmax ? "torch.softmax(" + TorchScriptWriter::name(out) + ", 1)"
                                       : TorchScriptWriter::name(out);
    writer.source << "    return " << result;
    if (withFeatures)
        writer.source << ", " << TorchScriptWriter::name(writer.pooled);
    writer.source << "\n";
    return writer.source.str();
}

} // namespace Hone::Nn
