#include "embeddingmath.h"

#include <torch/torch.h>

#include <algorithm>
#include <stdexcept>

namespace Hone::Nn {

namespace {

torch::Tensor matrix(const std::vector<float> &values, int64_t dims)
{
    if (dims <= 0 || values.size() % size_t(dims) != 0)
        throw std::invalid_argument("feature matrix: size is not a multiple of its width");
    return torch::from_blob(const_cast<float *>(values.data()), {int64_t(values.size()) / dims, dims},
                            torch::kFloat32);
}

torch::Tensor rowIndex(const std::vector<int> &rows)
{
    std::vector<int64_t> wide(rows.begin(), rows.end());
    return torch::tensor(wide, torch::kInt64);
}

// Small fits run on the calling thread alone: their matrix products are too small to share, and
// waking OpenMP workers for each of an L-BFGS run's thousands of small operations costs more
// than the arithmetic (most of all on a busy machine, where the workers spin waiting). OpenMP
// keeps the count per thread (nthreads-var), so threads already running keep theirs.
class SmallWorkGuard
{
public:
    explicit SmallWorkGuard(double flops)
        : m_saved(at::get_num_threads())
        , m_active(flops < 5e8 && m_saved > 1)
    {
        if (m_active)
            at::set_num_threads(1);
    }
    ~SmallWorkGuard()
    {
        if (m_active)
            at::set_num_threads(m_saved);
    }

private:
    int m_saved;
    bool m_active;
};

std::vector<float> toVector(const torch::Tensor &t)
{
    const torch::Tensor c = t.to(torch::kFloat32).contiguous();
    return std::vector<float>(c.data_ptr<float>(), c.data_ptr<float>() + c.numel());
}

} // namespace

SoftmaxHead fitSoftmaxHead(const std::vector<float> &features, int64_t dims, const std::vector<int> &labels,
                           int classes, const std::vector<int> &use, const SoftmaxHeadOptions &options)
{
    torch::NoGradGuard outer;
    torch::Tensor all = matrix(features, dims);
    if (int64_t(labels.size()) != all.size(0))
        throw std::invalid_argument("softmax head: one label per row is needed");
    torch::Tensor x = use.empty() ? all : all.index_select(0, rowIndex(use));
    std::vector<int64_t> y;
    y.reserve(size_t(x.size(0)));
    if (use.empty()) {
        y.assign(labels.begin(), labels.end());
    } else {
        for (int r : use)
            y.push_back(labels[size_t(r)]);
    }
    if (x.size(0) == 0 || classes < 1)
        throw std::invalid_argument("softmax head: nothing to fit");

    // Standardised features make one penalty fit every backbone's feature scale.
    const torch::Tensor mean = x.mean(0);
    torch::Tensor scale = x.std(0, /*unbiased=*/false);
    scale = torch::where(scale > 1e-6, scale, torch::ones_like(scale));
    x = ((x - mean) / scale).to(torch::kFloat64);
    const SmallWorkGuard threads(2.0 * double(x.size(0)) * double(dims) * classes);
    const torch::Tensor target = torch::tensor(y, torch::kInt64);

    torch::Tensor w = torch::zeros({dims, classes}, torch::kFloat64).set_requires_grad(true);
    torch::Tensor b = torch::zeros({classes}, torch::kFloat64).set_requires_grad(true);
    torch::optim::LBFGS optimizer({w, b}, torch::optim::LBFGSOptions(1.0)
                                              .max_iter(std::max(1, options.maxIterations))
                                              .history_size(20)
                                              .tolerance_grad(1e-6)
                                              .tolerance_change(1e-10)
                                              .line_search_fn("strong_wolfe"));
    const double l2 = options.l2;
    auto closure = [&] {
        torch::AutoGradMode enable(true);
        optimizer.zero_grad();
        torch::Tensor loss = torch::nn::functional::cross_entropy(x.mm(w) + b, target)
                             + 0.5 * l2 * w.pow(2).sum();
        loss.backward();
        return loss;
    };
    {
        torch::AutoGradMode enable(true);
        optimizer.step(closure);
    }

    SoftmaxHead head;
    head.dims = dims;
    head.classes = classes;
    head.mean = toVector(mean);
    head.scale = toVector(scale);
    head.weights = toVector(w.detach());
    head.bias = toVector(b.detach());
    return head;
}

std::vector<float> headProbabilities(const SoftmaxHead &head, const std::vector<float> &features,
                                     const std::vector<int> &rows)
{
    torch::NoGradGuard noGrad;
    torch::Tensor x = matrix(features, head.dims);
    if (!rows.empty())
        x = x.index_select(0, rowIndex(rows));
    const torch::Tensor mean = torch::from_blob(const_cast<float *>(head.mean.data()), {head.dims});
    const torch::Tensor scale = torch::from_blob(const_cast<float *>(head.scale.data()), {head.dims});
    const torch::Tensor w = torch::from_blob(const_cast<float *>(head.weights.data()), {head.dims, head.classes});
    const torch::Tensor b = torch::from_blob(const_cast<float *>(head.bias.data()), {head.classes});
    const torch::Tensor logits = ((x - mean) / scale).to(torch::kFloat64).mm(w.to(torch::kFloat64)) + b.to(torch::kFloat64);
    return toVector(torch::softmax(logits, 1));
}

std::vector<float> normalizedRows(const std::vector<float> &features, int64_t dims, bool centre,
                                  const std::vector<bool> &use)
{
    torch::NoGradGuard noGrad;
    torch::Tensor x = matrix(features, dims);
    if (centre && x.size(0) > 0) {
        std::vector<int> rows;
        for (size_t r = 0; r < use.size(); ++r)
            if (use[r])
                rows.push_back(int(r));
        const torch::Tensor mean = use.empty() ? x.mean(0) : rows.empty() ? torch::zeros({dims}) : x.index_select(0, rowIndex(rows)).mean(0);
        x = x - mean;
    }
    const torch::Tensor norm = x.norm(2, 1, /*keepdim=*/true).clamp_min(1e-12);
    return toVector(x / norm);
}

namespace {

// Runs `visit(firstRow, block)` for blocks of rows of the similarity matrix unitRows · unitRowsᵀ.
template <typename Visit>
void similarityBlocks(const std::vector<float> &unitRows, int64_t dims, Visit visit)
{
    const torch::Tensor x = matrix(unitRows, dims);
    const int64_t n = x.size(0);
    constexpr int64_t Block = 1024;
    for (int64_t start = 0; start < n; start += Block) {
        const int64_t end = std::min(n, start + Block);
        visit(start, x.slice(0, start, end).mm(x.t()).contiguous());
    }
}

} // namespace

std::vector<SimilarPair> similarPairs(const std::vector<float> &unitRows, int64_t dims, float threshold)
{
    torch::NoGradGuard noGrad;
    std::vector<SimilarPair> pairs;
    similarityBlocks(unitRows, dims, [&](int64_t start, const torch::Tensor &block) {
        const int64_t n = block.size(1);
        const float *s = block.data_ptr<float>();
        for (int64_t i = 0; i < block.size(0); ++i) {
            const int64_t row = start + i;
            for (int64_t j = row + 1; j < n; ++j) {
                if (s[i * n + j] >= threshold)
                    pairs.push_back({int(row), int(j), s[i * n + j]});
            }
        }
    });
    return pairs;
}

std::vector<float> nearestNeighbourDistances(const std::vector<float> &unitRows, int64_t dims, int k)
{
    torch::NoGradGuard noGrad;
    std::vector<float> result(unitRows.size() / size_t(std::max<int64_t>(1, dims)), 0.0f);
    similarityBlocks(unitRows, dims, [&](int64_t start, torch::Tensor block) {
        const int64_t n = block.size(1);
        const int64_t kk = std::min<int64_t>(k, n - 1);
        if (kk <= 0)
            return;
        for (int64_t i = 0; i < block.size(0); ++i)
            block[i][start + i] = -2.0f;   // never one's own neighbour
        const torch::Tensor top = std::get<0>(block.topk(kk, 1));
        const torch::Tensor distance = (1.0f - top).mean(1).clamp_min(0.0f).contiguous();
        std::copy(distance.data_ptr<float>(), distance.data_ptr<float>() + distance.numel(),
                  result.begin() + start);
    });
    return result;
}

} // namespace Hone::Nn
