#include "embeddingmath.h"

#include <torch/torch.h>

#include <algorithm>
#include <cmath>
#include <limits>
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
    const torch::Tensor reference = options.standardizeRows.empty()
        ? x
        : all.index_select(0, rowIndex(std::vector<int>(options.standardizeRows.begin(), options.standardizeRows.end())));
    const torch::Tensor mean = reference.mean(0);
    torch::Tensor scale = reference.std(0, /*unbiased=*/false);
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
        if (options.stop && options.stop->load())
            throw FitStopped();
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
    x = x / norm;
    if (centre && !use.empty()) {
        // Rows left out of the mean (unreadable images' zero rows) stay zero: centred, they would
        // all become the same vector, similar to each other and to nothing else.
        std::vector<uint8_t> keep(use.begin(), use.end());
        keep.resize(size_t(x.size(0)), 0);
        const torch::Tensor mask = torch::from_blob(keep.data(), {x.size(0), 1}, torch::kUInt8).to(torch::kBool);
        x = torch::where(mask, x, torch::zeros_like(x));
    }
    return toVector(x);
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

namespace {

// Squared Euclidean distances of every row of `a` to every row of `b`.
torch::Tensor squaredDistances(const torch::Tensor &a, const torch::Tensor &b)
{
    const torch::Tensor aa = a.pow(2).sum(1, /*keepdim=*/true);
    const torch::Tensor bb = b.pow(2).sum(1).unsqueeze(0);
    return (aa + bb - 2.0f * a.mm(b.t())).clamp_min(0.0f);
}

uint64_t splitMix(uint64_t &state)
{
    uint64_t z = (state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

double uniform(uint64_t &state)
{
    return double(splitMix(state) >> 11) * (1.0 / 9007199254740992.0);
}

} // namespace

Neighbours nearestNeighbours(const std::vector<float> &rows, int64_t dims, int k)
{
    torch::NoGradGuard noGrad;
    const torch::Tensor x = matrix(rows, dims);
    const int64_t n = x.size(0);
    Neighbours result;
    result.k = int(std::max<int64_t>(0, std::min<int64_t>(k, n - 1)));
    if (result.k == 0)
        return result;
    result.index.resize(size_t(n * result.k));
    result.distance.resize(size_t(n * result.k));
    constexpr int64_t Block = 1024;
    for (int64_t start = 0; start < n; start += Block) {
        const int64_t end = std::min(n, start + Block);
        torch::Tensor d = squaredDistances(x.slice(0, start, end), x);
        for (int64_t i = start; i < end; ++i)
            d[i - start][i] = std::numeric_limits<float>::infinity();
        const auto [value, index] = d.topk(result.k, 1, /*largest=*/false, /*sorted=*/true);
        const torch::Tensor v = value.sqrt().contiguous();
        const torch::Tensor ix = index.to(torch::kInt32).contiguous();
        std::copy(v.data_ptr<float>(), v.data_ptr<float>() + v.numel(), result.distance.begin() + start * result.k);
        std::copy(ix.data_ptr<int>(), ix.data_ptr<int>() + ix.numel(), result.index.begin() + start * result.k);
    }
    return result;
}

std::vector<float> principalComponents(const std::vector<float> &rows, int64_t dims, int components)
{
    torch::NoGradGuard noGrad;
    const torch::Tensor x = matrix(rows, dims).to(torch::kFloat64);
    const int64_t keep = std::max<int64_t>(1, std::min<int64_t>(components, dims));
    if (x.size(0) == 0)
        return {};
    const torch::Tensor centred = x - x.mean(0);
    const torch::Tensor covariance = centred.t().mm(centred) / double(std::max<int64_t>(1, x.size(0) - 1));
    const auto [values, vectors] = torch::linalg::eigh(covariance, "L");   // ascending
    torch::Tensor axes = vectors.flip({1}).slice(1, 0, keep);
    // A fixed sign per axis (its largest loading positive), so equal data gives an equal picture.
    const torch::Tensor biggest = axes.abs().argmax(0);
    const torch::Tensor sign = axes.gather(0, biggest.unsqueeze(0)).sign();
    axes = axes * torch::where(sign == 0, torch::ones_like(sign), sign);
    return toVector(centred.mm(axes));
}

KMeans kMeans(const std::vector<float> &rows, int64_t dims, int k, int iterations, uint64_t seed)
{
    torch::NoGradGuard noGrad;
    const torch::Tensor x = matrix(rows, dims);
    const int64_t n = x.size(0);
    KMeans result;
    result.k = int(std::max<int64_t>(0, std::min<int64_t>(k, n)));
    if (result.k == 0)
        return result;
    uint64_t state = seed ^ 0x5DEECE66Dull;

    // Greedy k-means++ (as scikit-learn): each next centre is the best of 2 + ln k candidates drawn
    // with probability proportional to the squared distance to the nearest centre chosen so far,
    // "best" meaning the one that lowers the total squared distance most. Plain k-means++ often
    // spends two centres on one large cluster and misses a small one.
    const int candidates = 2 + int(std::log(double(result.k)));
    std::vector<int64_t> chosen{int64_t(splitMix(state) % uint64_t(n))};
    torch::Tensor nearest = squaredDistances(x, x.slice(0, chosen[0], chosen[0] + 1)).squeeze(1).to(torch::kFloat64);
    while (int(chosen.size()) < result.k) {
        const torch::Tensor cumulative = nearest.cumsum(0);
        const double total = cumulative[n - 1].item<double>();
        std::vector<int64_t> draws;
        for (int c = 0; c < candidates; ++c) {
            if (total <= 0.0) {
                draws.push_back(int64_t(splitMix(state) % uint64_t(n)));   // all rows equal
            } else {
                const double target = uniform(state) * total;
                draws.push_back(std::min<int64_t>(
                    n - 1, torch::searchsorted(cumulative, torch::tensor({target}, torch::kFloat64)).item<int64_t>()));
            }
        }
        const torch::Tensor candidateDistances =
            squaredDistances(x, x.index_select(0, torch::tensor(draws, torch::kInt64))).to(torch::kFloat64);
        const torch::Tensor potentials = torch::minimum(nearest.unsqueeze(1), candidateDistances).sum(0);
        const int64_t best = potentials.argmin().item<int64_t>();
        chosen.push_back(draws[size_t(best)]);
        nearest = torch::minimum(nearest, candidateDistances.select(1, best));
    }
    torch::Tensor centres = x.index_select(0, torch::tensor(chosen, torch::kInt64)).clone();

    torch::Tensor assignment;
    torch::Tensor best;
    for (int it = 0; it < std::max(1, iterations); ++it) {
        const auto [d, a] = squaredDistances(x, centres).min(1);
        const bool settled = assignment.defined() && assignment.equal(a);
        assignment = a;
        best = d;
        if (settled)
            break;
        torch::Tensor sums = torch::zeros_like(centres).index_add_(0, assignment, x);
        const torch::Tensor counts = torch::zeros({result.k}, torch::kFloat32).index_add_(0, assignment, torch::ones({n}));
        const torch::Tensor empty = counts == 0;
        centres = torch::where(empty.unsqueeze(1), centres, sums / counts.clamp_min(1.0f).unsqueeze(1));
    }
    result.centres = toVector(centres);
    const torch::Tensor a32 = assignment.to(torch::kInt32).contiguous();
    result.assignment.assign(a32.data_ptr<int>(), a32.data_ptr<int>() + n);
    result.distance = toVector(best.sqrt());
    return result;
}

} // namespace Hone::Nn
