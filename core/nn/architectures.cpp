#include "architectures.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace Hone::Nn {

namespace {

using Value = GraphBuilder::Value;

struct Norm
{
    double eps = 1e-5;
    double momentum = 0.1;
};

// torchvision's Conv2dNormActivation: module `prefix` holds the conv as "0" and the norm as "1".
Value convNormAct(GraphBuilder &b, Value x, const std::string &prefix, int64_t in, int64_t out,
                  int64_t kernel, int64_t stride, int64_t groups, Activation act, const Norm &norm)
{
    ConvSpec s;
    s.conv = prefix + ".0";
    s.norm = prefix + ".1";
    s.in = in;
    s.out = out;
    s.kernel = kernel;
    s.stride = stride;
    s.groups = groups;
    s.eps = norm.eps;
    s.momentum = norm.momentum;
    s.activation = act;
    return b.conv(x, s);
}

Value convNorm(GraphBuilder &b, Value x, const std::string &conv, const std::string &norm,
               int64_t in, int64_t out, int64_t kernel, int64_t stride, Activation act)
{
    ConvSpec s;
    s.conv = conv;
    s.norm = norm;
    s.in = in;
    s.out = out;
    s.kernel = kernel;
    s.stride = stride;
    s.activation = act;
    return b.conv(x, s);
}

// torchvision.ops.SqueezeExcitation: average pool, fc1 (1×1 conv), activation, fc2, gate.
Value squeezeExcite(GraphBuilder &b, Value x, const std::string &prefix, int64_t channels,
                    int64_t squeeze, Activation act, Activation gate)
{
    Value s = b.globalAvgPool(x);
    ConvSpec fc1;
    fc1.conv = prefix + ".fc1";
    fc1.in = channels;
    fc1.out = squeeze;
    fc1.bias = true;
    fc1.activation = act;
    s = b.conv(s, fc1);
    ConvSpec fc2;
    fc2.conv = prefix + ".fc2";
    fc2.in = squeeze;
    fc2.out = channels;
    fc2.bias = true;
    fc2.activation = gate;
    s = b.conv(s, fc2);
    return b.scale(x, s);
}

// torchvision's _make_divisible: the nearest multiple of 8, never more than 10 % below v.
int64_t makeDivisible(double v, int64_t divisor = 8)
{
    int64_t rounded = std::max<int64_t>(divisor, int64_t(v + divisor / 2.0) / divisor * divisor);
    if (double(rounded) < 0.9 * v)
        rounded += divisor;
    return rounded;
}

std::string num(int64_t n)
{
    return std::to_string(n);
}

Value resnet(GraphBuilder &b, Value x, int classes, const std::vector<int> &blocks, bool bottleneck)
{
    x = b.stage(0, x);
    x = convNorm(b, x, "conv1", "bn1", 3, 64, 7, 2, Activation::Relu);
    x = b.maxPool(x, 3, 2, 1);
    int64_t in = 64;
    for (int layer = 0; layer < 4; ++layer) {
        x = b.stage(layer + 1, x);
        const int64_t planes = int64_t(64) << layer;
        for (int i = 0; i < blocks[size_t(layer)]; ++i) {
            const int64_t stride = layer > 0 && i == 0 ? 2 : 1;
            const std::string p = "layer" + num(layer + 1) + "." + num(i) + ".";
            Value y;
            int64_t out;
            if (bottleneck) {
                out = planes * 4;
                y = convNorm(b, x, p + "conv1", p + "bn1", in, planes, 1, 1, Activation::Relu);
                y = convNorm(b, y, p + "conv2", p + "bn2", planes, planes, 3, stride, Activation::Relu);
                y = convNorm(b, y, p + "conv3", p + "bn3", planes, out, 1, 1, Activation::None);
            } else {
                out = planes;
                y = convNorm(b, x, p + "conv1", p + "bn1", in, planes, 3, stride, Activation::Relu);
                y = convNorm(b, y, p + "conv2", p + "bn2", planes, planes, 3, 1, Activation::None);
            }
            Value identity = x;
            if (stride != 1 || in != out)
                identity = convNorm(b, x, p + "downsample.0", p + "downsample.1", in, out, 1, stride,
                                    Activation::None);
            x = b.activation(b.add(y, identity), Activation::Relu);
            in = out;
        }
    }
    x = b.stage(5, x);
    x = b.flatten(b.globalAvgPool(x));
    return b.linear(x, "fc", in, classes);
}

// Marks the stage that starts at torchvision feature block `index`, if one does.
Value stageAt(GraphBuilder &b, Value x, const std::map<int, int> &starts, int index)
{
    const auto it = starts.find(index);
    return it == starts.end() ? x : b.stage(it->second, x);
}

Value mobilenetV2(GraphBuilder &b, Value x, int classes)
{
    const std::map<int, int> starts = {{0, 0}, {2, 1}, {4, 2}, {7, 3}, {14, 4}};
    const Norm norm;
    struct Row { int64_t t, c, n, s; };
    const Row rows[] = {{1, 16, 1, 1}, {6, 24, 2, 2}, {6, 32, 3, 2}, {6, 64, 4, 2},
                        {6, 96, 3, 1}, {6, 160, 3, 2}, {6, 320, 1, 1}};
    x = stageAt(b, x, starts, 0);
    x = convNormAct(b, x, "features.0", 3, 32, 3, 2, 1, Activation::Relu6, norm);
    int64_t in = 32;
    int index = 1;
    for (const Row &row : rows) {
        for (int64_t i = 0; i < row.n; ++i, ++index) {
            x = stageAt(b, x, starts, index);
            const int64_t stride = i == 0 ? row.s : 1;
            const int64_t hidden = in * row.t;
            const std::string p = "features." + num(index) + ".conv.";
            int k = 0;
            Value y = x;
            if (row.t != 1)
                y = convNormAct(b, y, p + num(k++), in, hidden, 1, 1, 1, Activation::Relu6, norm);
            y = convNormAct(b, y, p + num(k++), hidden, hidden, 3, stride, hidden, Activation::Relu6, norm);
            y = convNorm(b, y, p + num(k), p + num(k + 1), hidden, row.c, 1, 1, Activation::None);
            if (stride == 1 && in == row.c)
                y = b.add(x, y);
            x = y;
            in = row.c;
        }
    }
    x = convNormAct(b, x, "features.18", in, 1280, 1, 1, 1, Activation::Relu6, norm);
    x = b.stage(5, x);
    x = b.dropout(b.flatten(b.globalAvgPool(x)), 0.2);
    return b.linear(x, "classifier.1", 1280, classes);
}

struct V3Row
{
    int64_t in, kernel, expanded, out;
    bool se, hardswish;
    int64_t stride;
};

Value mobilenetV3(GraphBuilder &b, Value x, int classes, const std::vector<V3Row> &rows,
                  const std::map<int, int> &starts, int64_t lastChannel)
{
    const Norm norm{0.001, 0.01};
    x = stageAt(b, x, starts, 0);
    x = convNormAct(b, x, "features.0", 3, rows.front().in, 3, 2, 1, Activation::Hardswish, norm);
    int index = 1;
    for (const V3Row &r : rows) {
        x = stageAt(b, x, starts, index);
        const Activation act = r.hardswish ? Activation::Hardswish : Activation::Relu;
        const std::string p = "features." + num(index) + ".block.";
        int k = 0;
        Value y = x;
        if (r.expanded != r.in)
            y = convNormAct(b, y, p + num(k++), r.in, r.expanded, 1, 1, 1, act, norm);
        y = convNormAct(b, y, p + num(k++), r.expanded, r.expanded, r.kernel, r.stride, r.expanded, act, norm);
        if (r.se)
            y = squeezeExcite(b, y, p + num(k++), r.expanded, makeDivisible(double(r.expanded / 4)),
                              Activation::Relu, Activation::Hardsigmoid);
        y = convNormAct(b, y, p + num(k), r.expanded, r.out, 1, 1, 1, Activation::None, norm);
        if (r.stride == 1 && r.in == r.out)
            y = b.add(y, x);
        x = y;
        ++index;
    }
    const int64_t in = rows.back().out;
    x = convNormAct(b, x, "features." + num(index), in, 6 * in, 1, 1, 1, Activation::Hardswish, norm);
    x = b.stage(5, x);
    x = b.flatten(b.globalAvgPool(x));
    x = b.activation(b.linear(x, "classifier.0", 6 * in, lastChannel), Activation::Hardswish);
    x = b.dropout(x, 0.2);
    return b.linear(x, "classifier.3", lastChannel, classes);
}

Value mobilenetV3Large(GraphBuilder &b, Value x, int classes)
{
    const std::vector<V3Row> rows = {
        {16, 3, 16, 16, false, false, 1},   {16, 3, 64, 24, false, false, 2},
        {24, 3, 72, 24, false, false, 1},   {24, 5, 72, 40, true, false, 2},
        {40, 5, 120, 40, true, false, 1},   {40, 5, 120, 40, true, false, 1},
        {40, 3, 240, 80, false, true, 2},   {80, 3, 200, 80, false, true, 1},
        {80, 3, 184, 80, false, true, 1},   {80, 3, 184, 80, false, true, 1},
        {80, 3, 480, 112, true, true, 1},   {112, 3, 672, 112, true, true, 1},
        {112, 5, 672, 160, true, true, 2},  {160, 5, 960, 160, true, true, 1},
        {160, 5, 960, 160, true, true, 1},
    };
    return mobilenetV3(b, x, classes, rows, {{0, 0}, {2, 1}, {4, 2}, {7, 3}, {13, 4}}, 1280);
}

Value mobilenetV3Small(GraphBuilder &b, Value x, int classes)
{
    const std::vector<V3Row> rows = {
        {16, 3, 16, 16, true, false, 2},   {16, 3, 72, 24, false, false, 2},
        {24, 3, 88, 24, false, false, 1},  {24, 5, 96, 40, true, true, 2},
        {40, 5, 240, 40, true, true, 1},   {40, 5, 240, 40, true, true, 1},
        {40, 5, 120, 48, true, true, 1},   {48, 5, 144, 48, true, true, 1},
        {48, 5, 288, 96, true, true, 2},   {96, 5, 576, 96, true, true, 1},
        {96, 5, 576, 96, true, true, 1},
    };
    return mobilenetV3(b, x, classes, rows, {{0, 0}, {1, 1}, {2, 2}, {4, 3}, {9, 4}}, 1024);
}

Value efficientnetB0(GraphBuilder &b, Value x, int classes)
{
    const Norm norm;
    const std::map<int, int> starts = {{0, 0}, {2, 1}, {3, 2}, {4, 3}, {6, 4}};
    struct Row { int64_t t, kernel, stride, in, out, n; };
    const Row rows[] = {{1, 3, 1, 32, 16, 1},  {6, 3, 2, 16, 24, 2},  {6, 5, 2, 24, 40, 2},
                        {6, 3, 2, 40, 80, 3},  {6, 5, 1, 80, 112, 3}, {6, 5, 2, 112, 192, 4},
                        {6, 3, 1, 192, 320, 1}};
    const double totalBlocks = 16.0;
    x = stageAt(b, x, starts, 0);
    x = convNormAct(b, x, "features.0", 3, 32, 3, 2, 1, Activation::Silu, norm);
    int block = 0;
    for (int f = 1; f <= 7; ++f) {
        const Row &r = rows[f - 1];
        x = stageAt(b, x, starts, f);
        for (int64_t i = 0; i < r.n; ++i, ++block) {
            const int64_t in = i == 0 ? r.in : r.out;
            const int64_t stride = i == 0 ? r.stride : 1;
            const int64_t expanded = makeDivisible(double(in * r.t));
            const std::string p = "features." + num(f) + "." + num(i) + ".block.";
            int k = 0;
            Value y = x;
            if (expanded != in)
                y = convNormAct(b, y, p + num(k++), in, expanded, 1, 1, 1, Activation::Silu, norm);
            y = convNormAct(b, y, p + num(k++), expanded, expanded, r.kernel, stride, expanded,
                            Activation::Silu, norm);
            y = squeezeExcite(b, y, p + num(k++), expanded, std::max<int64_t>(1, in / 4),
                              Activation::Silu, Activation::Sigmoid);
            y = convNormAct(b, y, p + num(k), expanded, r.out, 1, 1, 1, Activation::None, norm);
            if (stride == 1 && in == r.out) {
                y = b.stochasticDepth(y, 0.2 * block / totalBlocks);
                y = b.add(y, x);
            }
            x = y;
        }
    }
    x = convNormAct(b, x, "features.8", 320, 1280, 1, 1, 1, Activation::Silu, norm);
    x = b.stage(5, x);
    x = b.dropout(b.flatten(b.globalAvgPool(x)), 0.2);
    return b.linear(x, "classifier.1", 1280, classes);
}


// torchvision's EfficientNetV2: Fused-MBConv stages (one full convolution expands, a 1×1
// projects; with expansion 1 a single convolution) before MBConv stages with squeeze-and-
// excitation. BatchNorm eps 1e-3.
Value efficientnetV2S(GraphBuilder &b, Value x, int classes)
{
    const Norm norm{0.001, 0.1};
    const std::map<int, int> starts = {{0, 0}, {2, 1}, {3, 2}, {4, 3}, {6, 4}};
    struct Row { bool fused; int64_t t, kernel, stride, in, out, n; };
    const Row rows[] = {{true, 1, 3, 1, 24, 24, 2},    {true, 4, 3, 2, 24, 48, 4},
                        {true, 4, 3, 2, 48, 64, 4},    {false, 4, 3, 2, 64, 128, 6},
                        {false, 6, 3, 1, 128, 160, 9}, {false, 6, 3, 2, 160, 256, 15}};
    const double totalBlocks = 40.0;
    x = stageAt(b, x, starts, 0);
    x = convNormAct(b, x, "features.0", 3, 24, 3, 2, 1, Activation::Silu, norm);
    int block = 0;
    for (int f = 1; f <= 6; ++f) {
        const Row &r = rows[f - 1];
        x = stageAt(b, x, starts, f);
        for (int64_t i = 0; i < r.n; ++i, ++block) {
            const int64_t in = i == 0 ? r.in : r.out;
            const int64_t stride = i == 0 ? r.stride : 1;
            const int64_t expanded = makeDivisible(double(in * r.t));
            const std::string p = "features." + num(f) + "." + num(i) + ".block.";
            Value y = x;
            if (r.fused) {
                if (expanded != in) {
                    y = convNormAct(b, y, p + "0", in, expanded, r.kernel, stride, 1, Activation::Silu, norm);
                    y = convNormAct(b, y, p + "1", expanded, r.out, 1, 1, 1, Activation::None, norm);
                } else {
                    y = convNormAct(b, y, p + "0", in, r.out, r.kernel, stride, 1, Activation::Silu, norm);
                }
            } else {
                y = convNormAct(b, y, p + "0", in, expanded, 1, 1, 1, Activation::Silu, norm);
                y = convNormAct(b, y, p + "1", expanded, expanded, r.kernel, stride, expanded,
                                Activation::Silu, norm);
                y = squeezeExcite(b, y, p + "2", expanded, std::max<int64_t>(1, in / 4),
                                  Activation::Silu, Activation::Sigmoid);
                y = convNormAct(b, y, p + "3", expanded, r.out, 1, 1, 1, Activation::None, norm);
            }
            if (stride == 1 && in == r.out) {
                y = b.stochasticDepth(y, 0.2 * block / totalBlocks);
                y = b.add(y, x);
            }
            x = y;
        }
    }
    x = convNormAct(b, x, "features.7", 256, 1280, 1, 1, 1, Activation::Silu, norm);
    x = b.stage(5, x);
    x = b.dropout(b.flatten(b.globalAvgPool(x)), 0.2);
    return b.linear(x, "classifier.1", 1280, classes);
}

// torchvision's RegNetY: a 3×3 stem, then four stages of residual bottlenecks with group
// convolutions and squeeze-and-excitation (squeezed to a quarter of the block's input width).
// Stage widths and depths as torchvision's BlockParams.from_init_params() works them out.
struct RegNetStage { int64_t width, depth; };

Value regnetY(GraphBuilder &b, Value x, int classes, const std::vector<RegNetStage> &stages, int64_t groupWidth)
{
    const Norm norm;
    x = b.stage(0, x);
    x = convNormAct(b, x, "stem", 3, 32, 3, 2, 1, Activation::Relu, norm);
    int64_t in = 32;
    for (size_t s = 0; s < stages.size(); ++s) {
        x = b.stage(int(s) + 1, x);
        const int64_t out = stages[s].width;
        for (int64_t i = 0; i < stages[s].depth; ++i) {
            const int64_t blockIn = i == 0 ? in : out;
            const int64_t stride = i == 0 ? 2 : 1;
            const std::string p = "trunk_output.block" + num(int64_t(s) + 1) + ".block" + num(int64_t(s) + 1)
                                  + "-" + num(i) + ".";
            const int64_t groups = out / groupWidth;
            Value y = convNormAct(b, x, p + "f.a", blockIn, out, 1, 1, 1, Activation::Relu, norm);
            y = convNormAct(b, y, p + "f.b", out, out, 3, stride, groups, Activation::Relu, norm);
            y = squeezeExcite(b, y, p + "f.se", out, int64_t(std::lround(0.25 * double(blockIn))),
                              Activation::Relu, Activation::Sigmoid);
            y = convNormAct(b, y, p + "f.c", out, out, 1, 1, 1, Activation::None, norm);
            Value identity = x;
            if (blockIn != out || stride != 1)
                identity = convNormAct(b, x, p + "proj", blockIn, out, 1, stride, 1, Activation::None, norm);
            x = b.activation(b.add(identity, y), Activation::Relu);
        }
        in = out;
    }
    x = b.stage(5, x);
    x = b.flatten(b.globalAvgPool(x));
    return b.linear(x, "fc", in, classes);
}

} // namespace

const std::vector<Architecture> &architectures()
{
    const std::vector<std::string> resnetStages = {"stem", "layer1", "layer2", "layer3", "layer4"};
    const std::vector<std::string> regnetStages = {"stem", "block1", "block2", "block3", "block4"};
    static const std::vector<Architecture> all = {
        {"resnet18", "ResNet", resnetStages, "fc", 224, 11689512, LinearInit::PyTorchDefault,
         [](GraphBuilder &b, Value x, int c) { return resnet(b, x, c, {2, 2, 2, 2}, false); }},
        {"resnet34", "ResNet", resnetStages, "fc", 224, 21797672, LinearInit::PyTorchDefault,
         [](GraphBuilder &b, Value x, int c) { return resnet(b, x, c, {3, 4, 6, 3}, false); }},
        {"resnet50", "ResNet", resnetStages, "fc", 224, 25557032, LinearInit::PyTorchDefault,
         [](GraphBuilder &b, Value x, int c) { return resnet(b, x, c, {3, 4, 6, 3}, true); }},
        {"mobilenet_v2", "MobileNetV2",
         {"features.0-1", "features.2-3", "features.4-6", "features.7-13", "features.14-18"},
         "classifier.1", 224, 3504872, LinearInit::Normal001, mobilenetV2},
        {"mobilenet_v3_small", "MobileNetV3",
         {"features.0", "features.1", "features.2-3", "features.4-8", "features.9-12"},
         "classifier.3", 224, 2542856, LinearInit::Normal001, mobilenetV3Small},
        {"mobilenet_v3_large", "MobileNetV3",
         {"features.0-1", "features.2-3", "features.4-6", "features.7-12", "features.13-16"},
         "classifier.3", 224, 5483032, LinearInit::Normal001, mobilenetV3Large},
        {"efficientnet_b0", "EfficientNet",
         {"features.0-1", "features.2", "features.3", "features.4-5", "features.6-8"},
         "classifier.1", 224, 5288548, LinearInit::UniformFanOut, efficientnetB0},
        {"efficientnet_v2_s", "EfficientNetV2",
         {"features.0-1", "features.2", "features.3", "features.4-5", "features.6-7"},
         "classifier.1", 384, 21458488, LinearInit::UniformFanOut, efficientnetV2S},
        {"regnet_y_800mf", "RegNetY", regnetStages, "fc", 224, 6432512, LinearInit::Normal001,
         [](GraphBuilder &b, Value x, int c) { return regnetY(b, x, c, {{64, 1}, {144, 3}, {320, 8}, {784, 2}}, 16); }},
        {"regnet_y_1_6gf", "RegNetY", regnetStages, "fc", 224, 11202430, LinearInit::Normal001,
         [](GraphBuilder &b, Value x, int c) { return regnetY(b, x, c, {{48, 2}, {120, 6}, {336, 17}, {888, 2}}, 24); }},
    };
    return all;
}

const Architecture *findArchitecture(const std::string &name)
{
    for (const auto &a : architectures()) {
        if (a.name == name)
            return &a;
    }
    return nullptr;
}

} // namespace Hone::Nn
