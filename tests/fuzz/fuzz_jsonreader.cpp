// The strict JSON reader of safetensors headers (core/nn/jsonreader.cpp) on arbitrary bytes.

#include "fuzzinput.h"

#include "nn/jsonreader_p.h"

#include <stdexcept>

namespace {

using Hone::Nn::Detail::Json;

void walk(const Json &v, int depth)
{
    HoneFuzz::check(depth <= 66, "parseJson returned a value nested deeper than its limit");
    if (v.type == Json::Type::Object)
        HoneFuzz::check(v.keys.size() == v.items.size(), "parseJson returned an object with unpaired keys");
    else
        HoneFuzz::check(v.keys.empty(), "parseJson returned keys outside an object");
    if (v.type == Json::Type::Number) {
        HoneFuzz::check(!v.text.empty(), "parseJson returned a number without text");
        int64_t n = 0;
        (void)Hone::Nn::Detail::jsonInt(v, &n);
    }
    for (const Json &item : v.items)
        walk(item, depth + 1);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Json root;
    try {
        root = Hone::Nn::Detail::parseJson(reinterpret_cast<const char *>(data), size);
    } catch (const std::runtime_error &e) {
        HoneFuzz::report(false, e.what());
        return 0;
    }
    HoneFuzz::report(true, "parsed");
    walk(root, 0);
    return 0;
}
