#pragma once

// A small strict JSON parser for safetensors headers (hone_weights stays free of Qt).

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace Hone::Nn::Detail {

struct Json
{
    enum class Type { Null, Bool, Number, String, Array, Object };
    Type type = Type::Null;
    bool boolean = false;
    std::string text;                 // String value, or a Number's literal text
    std::vector<Json> items;          // Array elements, Object values
    std::vector<std::string> keys;    // Object keys, in file order
};

// The whole of data as one JSON value, nested at most 64 deep. Throws std::runtime_error naming
// the byte offset.
Json parseJson(const char *data, size_t size);

// A JSON number that is a plain integer (no fraction, no exponent) fitting in int64.
bool jsonInt(const Json &v, int64_t *out);

} // namespace Hone::Nn::Detail
