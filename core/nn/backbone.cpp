#include "backbone.h"
#include "graphwriters.h"

#include <ATen/CPUGeneratorImpl.h>
#include <torch/nn/init.h>

#include <array>
#include <cmath>
#include <stdexcept>

namespace Hone::Nn {

using Value = GraphBuilder::Value;

// Builds the module tree: every conv, norm and linear the description names, registered under
// its torchvision path, in torchvision's order.
class ModuleRegistrar : public LayerVisitor
{
public:
    explicit ModuleRegistrar(BackboneImpl &net)
        : m_net(net)
    {
    }

    Value stage(int index, Value x) override
    {
        m_stage = index;
        return x;
    }

    Value conv(Value x, const ConvSpec &s) override
    {
        BackboneImpl::ConvUnit unit;
        unit.stage = m_stage;
        std::string leaf;
        unit.conv = m_net.parentOf(s.conv, &leaf).register_module(
            leaf, torch::nn::Conv2d(torch::nn::Conv2dOptions(s.in, s.out, s.kernel)
                                        .stride(s.stride)
                                        .padding(s.padding())
                                        .groups(s.groups)
                                        .bias(s.bias)));
        record(s.conv, unit.conv.ptr());
        if (!s.norm.empty()) {
            unit.norm = m_net.parentOf(s.norm, &leaf).register_module(
                leaf, torch::nn::BatchNorm2d(torch::nn::BatchNormOptions(s.out).eps(s.eps).momentum(s.momentum)));
            record(s.norm, unit.norm.ptr());
        }
        m_net.m_convs[s.conv] = unit;
        return x;
    }

    Value linear(Value x, const std::string &name, int64_t in, int64_t out) override
    {
        BackboneImpl::LinearUnit unit;
        unit.stage = m_stage;
        std::string leaf;
        unit.linear = m_net.parentOf(name, &leaf).register_module(leaf, torch::nn::Linear(in, out));
        record(name, unit.linear.ptr());
        m_net.m_linears[name] = unit;
        return x;
    }

private:
    void record(const std::string &name, const std::shared_ptr<torch::nn::Module> &module)
    {
        auto &firsts = m_net.m_firstModuleOfStage;
        if (firsts.size() <= size_t(m_stage))
            firsts.resize(size_t(m_stage) + 1);
        if (!firsts[size_t(m_stage)])
            firsts[size_t(m_stage)] = module;
        if (m_stage < m_net.stageCount())
            m_net.m_stages[size_t(m_stage)]->register_module(flattenName(name), module);
    }

    BackboneImpl &m_net;
    int m_stage = 0;
};

namespace {

// Counts how often each value is read, so that the executor can drop intermediate tensors after
// their last use and run activations in place when nothing else reads their input.
class UseCounter : public GraphBuilder
{
public:
    std::vector<int> uses{0};   // value 0 is the input

    Value stage(int, Value x) override { return next({x}); }
    Value conv(Value x, const ConvSpec &) override { return next({x}); }
    Value activation(Value x, Activation) override { return next({x}); }
    Value add(Value a, Value b) override { return next({a, b}); }
    Value scale(Value x, Value s) override { return next({x, s}); }
    Value maxPool(Value x, int64_t, int64_t, int64_t) override { return next({x}); }
    Value globalAvgPool(Value x) override { return next({x}); }
    Value flatten(Value x) override { return next({x}); }
    Value linear(Value x, const std::string &, int64_t, int64_t) override { return next({x}); }
    Value dropout(Value x, double) override { return next({x}); }
    Value stochasticDepth(Value x, double) override { return next({x}); }

private:
    Value next(std::initializer_list<Value> inputs)
    {
        for (Value v : inputs)
            ++uses[size_t(v)];
        uses.push_back(0);
        return Value(uses.size() - 1);
    }
};

// Runs the description on the modules, for stages [from, to).
class Executor : public GraphBuilder
{
public:
    Executor(BackboneImpl &net, torch::Tensor input, int from, int to, const std::vector<int> &uses)
        : m_net(net)
        , m_input(std::move(input))
        , m_from(from)
        , m_to(to)
        , m_remaining(uses)
    {
        m_values.resize(uses.size());
    }

    torch::Tensor run(Value x)
    {
        const Value out = m_net.describe(*this, x);
        if (m_output.defined())
            return m_output;
        if (m_to <= m_net.stageCount() || !m_values[size_t(out)].defined())
            throw std::logic_error("the backbone description did not reach the requested stage");
        return m_values[size_t(out)];
    }

    Value stage(int index, Value x) override
    {
        const Value v = next();
        if (index == m_from) {
            m_active = true;
            m_values[size_t(v)] = m_input;
            m_input = torch::Tensor();
        } else if (m_active && index == m_to) {
            m_output = take(x);
            m_active = false;
        } else if (m_active) {
            m_values[size_t(v)] = take(x);
        }
        m_stage = index;
        return v;
    }

    Value conv(Value x, const ConvSpec &s) override
    {
        const Value v = next();
        if (!m_active)
            return v;
        auto &unit = m_net.convUnit(s.conv);
        torch::Tensor y = unit.conv->forward(take(x));
        if (unit.norm)
            y = unit.norm->forward(y);
        m_values[size_t(v)] = apply(y, s.activation, true);
        return v;
    }

    Value activation(Value x, Activation kind) override
    {
        const Value v = next();
        if (!m_active)
            return v;
        const bool last = m_remaining[size_t(x)] == 1;
        m_values[size_t(v)] = apply(take(x), kind, last);
        return v;
    }

    Value add(Value a, Value b) override
    {
        return binary(a, b, [](const torch::Tensor &x, const torch::Tensor &y) { return x + y; });
    }

    Value scale(Value x, Value s) override
    {
        return binary(x, s, [](const torch::Tensor &x, const torch::Tensor &y) { return x * y; });
    }

    Value maxPool(Value x, int64_t kernel, int64_t stride, int64_t padding) override
    {
        return unary(x, [&](const torch::Tensor &t) { return torch::max_pool2d(t, kernel, stride, padding); });
    }

    Value globalAvgPool(Value x) override
    {
        return unary(x, [](const torch::Tensor &t) { return torch::adaptive_avg_pool2d(t, {1, 1}); });
    }

    Value flatten(Value x) override
    {
        return unary(x, [](const torch::Tensor &t) { return t.flatten(1); });
    }

    Value linear(Value x, const std::string &name, int64_t, int64_t) override
    {
        return unary(x, [&](const torch::Tensor &t) { return m_net.linearUnit(name).linear->forward(t); });
    }

    Value dropout(Value x, double p) override
    {
        return unary(x, [&](const torch::Tensor &t) {
            return m_net.stageTraining(m_stage) && p > 0.0 ? t * keepMask(t.sizes(), 1.0 - p, t.device()) : t;
        });
    }

    // torchvision.ops.stochastic_depth, "row" mode: drops whole samples of a residual branch.
    Value stochasticDepth(Value x, double p) override
    {
        return unary(x, [&](const torch::Tensor &t) {
            if (!m_net.stageTraining(m_stage) || p <= 0.0)
                return t;
            return t * keepMask({t.size(0), 1, 1, 1}, 1.0 - p, t.device());
        });
    }

private:
    Value next()
    {
        return Value(m_next++);
    }

    // 1/keep where kept, 0 where dropped, drawn from the network's own generator.
    torch::Tensor keepMask(c10::IntArrayRef shape, double keep, const c10::Device &device)
    {
        return torch::empty(shape, torch::kFloat32).bernoulli_(keep, m_net.generator()).div_(keep).to(device);
    }

    torch::Tensor take(Value v)
    {
        torch::Tensor t = m_values[size_t(v)];
        if (--m_remaining[size_t(v)] == 0)
            m_values[size_t(v)] = torch::Tensor();
        return t;
    }

    template<typename F>
    Value unary(Value x, F f)
    {
        const Value v = next();
        if (m_active)
            m_values[size_t(v)] = f(take(x));
        return v;
    }

    template<typename F>
    Value binary(Value a, Value b, F f)
    {
        const Value v = next();
        if (m_active) {
            torch::Tensor x = take(a);
            torch::Tensor y = take(b);
            m_values[size_t(v)] = f(x, y);
        }
        return v;
    }

    static torch::Tensor apply(torch::Tensor t, Activation kind, bool inPlace)
    {
        switch (kind) {
        case Activation::None:
            return t;
        case Activation::Relu:
            return inPlace ? t.relu_() : t.relu();
        case Activation::Relu6:
            return inPlace ? torch::hardtanh_(t, 0.0, 6.0) : torch::hardtanh(t, 0.0, 6.0);
        case Activation::Hardswish:
            return inPlace ? torch::hardswish_(t) : torch::hardswish(t);
        case Activation::Hardsigmoid:
            return torch::hardsigmoid(t);
        case Activation::Silu:
            return inPlace ? torch::silu_(t) : torch::silu(t);
        case Activation::Sigmoid:
            return inPlace ? t.sigmoid_() : t.sigmoid();
        }
        return t;
    }

    BackboneImpl &m_net;
    torch::Tensor m_input;
    torch::Tensor m_output;
    int m_from;
    int m_to;
    int m_stage = 0;
    bool m_active = false;
    std::vector<int> m_remaining;
    std::vector<torch::Tensor> m_values;
    int64_t m_next = 1;   // value 0 is the description's input, bound at stage(from)
};

} // namespace

BackboneImpl::BackboneImpl(const Architecture &architecture, int64_t numClasses, uint64_t seed)
    : m_architecture(&architecture)
    , m_numClasses(numClasses)
    , m_generator(at::make_generator<at::CPUGeneratorImpl>(seed))
{
    for (size_t i = 0; i < architecture.stages.size(); ++i)
        m_stages.push_back(std::make_shared<torch::nn::Module>(architecture.stages[i]));
    ModuleRegistrar registrar(*this);
    describe(registrar, 0);
    UseCounter counter;
    const Value out = describe(counter, 0);
    ++counter.uses[size_t(out)];   // the output is read by the caller
    m_uses = counter.uses;

    // torchvision's initialisation: Kaiming-normal (fan_out) convolutions with zero biases, norm
    // weight 1 / bias 0, and the architecture's rule for linear layers.
    torch::NoGradGuard noGrad;
    for (auto &module : modules(/*include_self=*/false)) {
        if (auto *conv = module->as<torch::nn::Conv2d>()) {
            torch::nn::init::kaiming_normal_(conv->weight, 0.0, torch::kFanOut, torch::kReLU);
            if (conv->bias.defined())
                torch::nn::init::zeros_(conv->bias);
        } else if (auto *bn = module->as<torch::nn::BatchNorm2d>()) {
            torch::nn::init::ones_(bn->weight);
            torch::nn::init::zeros_(bn->bias);
        } else if (auto *linear = module->as<torch::nn::Linear>()) {
            if (architecture.linearInit == LinearInit::Normal001) {
                torch::nn::init::normal_(linear->weight, 0.0, 0.01);
                torch::nn::init::zeros_(linear->bias);
            } else if (architecture.linearInit == LinearInit::UniformFanOut) {
                const double range = 1.0 / std::sqrt(double(linear->options.out_features()));
                torch::nn::init::uniform_(linear->weight, -range, range);
                torch::nn::init::zeros_(linear->bias);
            }
        }
    }
}

torch::nn::Module &BackboneImpl::parentOf(const std::string &dotted, std::string *leaf)
{
    torch::nn::Module *current = this;
    std::string path;
    size_t start = 0;
    for (size_t dot = dotted.find('.'); dot != std::string::npos; dot = dotted.find('.', start)) {
        const std::string part = dotted.substr(start, dot - start);
        path += (path.empty() ? "" : ".") + part;
        auto &container = m_containers[path];
        if (!container) {
            container = std::make_shared<torch::nn::Module>(part);
            current->register_module(part, container);
        }
        current = container.get();
        start = dot + 1;
    }
    *leaf = dotted.substr(start);
    return *current;
}

Value BackboneImpl::describe(GraphBuilder &builder, Value input) const
{
    return m_architecture->build(builder, input, int(m_numClasses));
}

BackboneImpl::ConvUnit &BackboneImpl::convUnit(const std::string &name)
{
    return m_convs.at(name);
}

BackboneImpl::LinearUnit &BackboneImpl::linearUnit(const std::string &name)
{
    return m_linears.at(name);
}

bool BackboneImpl::stageTraining(int index) const
{
    const auto &module = m_firstModuleOfStage.at(size_t(index));
    return module ? module->is_training() : is_training();
}

torch::Tensor BackboneImpl::forwardStages(torch::Tensor x, int from, int to)
{
    if (from < 0 || to > stageCount() + 1 || from > to)
        throw std::invalid_argument("stage range out of order");
    if (from == to)
        return x;
    return Executor(*this, std::move(x), from, to, m_uses).run(0);
}

torch::Tensor BackboneImpl::forward(torch::Tensor x)
{
    return forwardStages(std::move(x), 0, stageCount() + 1);
}

torch::Tensor BackboneImpl::features(torch::Tensor x)
{
    return forwardStages(std::move(x), 0, stageCount());
}

torch::Tensor BackboneImpl::head(torch::Tensor features)
{
    return forwardStages(std::move(features), stageCount(), stageCount() + 1);
}

int64_t BackboneImpl::forwardMacs(int size) const
{
    return countMacs(*m_architecture, int(m_numClasses), size);
}

std::string BackboneImpl::torchScriptForward(bool softmax) const
{
    return torchScriptSource(*m_architecture, int(m_numClasses), softmax);
}

} // namespace Hone::Nn
