// The restricted unpickler (core/nn/unpickler.cpp) on arbitrary bytes, as readTorchArchive runs
// it on data.pkl. Only PickleError may come out; anything else escaping is a finding.

#include "fuzzinput.h"

#include "nn/unpickler_p.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using Hone::Nn::Detail::PyValue;
    Hone::Nn::Detail::Unpickler unpickler(reinterpret_cast<const char *>(data), size);
    const PyValue *root = nullptr;
    try {
        root = unpickler.run();
    } catch (const Hone::Nn::Detail::PickleError &e) {
        HoneFuzz::report(false, e.what());
        return 0;
    }
    HoneFuzz::check(root != nullptr, "the unpickler returned no value");
    HoneFuzz::report(true, Hone::Nn::Detail::kindName(root->kind));
    if (root->kind == PyValue::Kind::Dict)
        HoneFuzz::check(root->items.size() % 2 == 0, "the unpickler returned a dict with unpaired items");
    if (root->kind == PyValue::Kind::Tensor) {
        HoneFuzz::check(root->storage && root->size.size() == root->stride.size(),
                        "the unpickler returned a tensor without storage or with mismatched size and stride");
    }
    return 0;
}
