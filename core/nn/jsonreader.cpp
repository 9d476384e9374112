// Parses safetensors headers: strict JSON, escapes and surrogate pairs decoded to UTF-8, bounded
// nesting, errors that name the byte offset.

#include "jsonreader_p.h"

#include <cstring>
#include <stdexcept>

namespace Hone::Nn::Detail {

namespace {

class JsonParser
{
public:
    JsonParser(const char *data, size_t size) : m_data(data), m_size(size) {}

    // Throws std::runtime_error naming the byte offset.
    Json parseDocument()
    {
        Json value = parseValue(0);
        skipSpace();
        if (m_pos != m_size)
            fail("unexpected text after the header object");
        return value;
    }

private:
    static constexpr int kMaxDepth = 64;

    [[noreturn]] void fail(const std::string &what) const
    {
        throw std::runtime_error("the header is not valid JSON: " + what + " at byte " + std::to_string(m_pos));
    }

    void skipSpace()
    {
        while (m_pos < m_size && (m_data[m_pos] == ' ' || m_data[m_pos] == '\t' || m_data[m_pos] == '\n'
                                  || m_data[m_pos] == '\r'))
            ++m_pos;
    }

    bool literal(const char *word)
    {
        const size_t n = std::strlen(word);
        if (m_size - m_pos >= n && std::memcmp(m_data + m_pos, word, n) == 0) {
            m_pos += n;
            return true;
        }
        return false;
    }

    Json parseValue(int depth)
    {
        if (depth > kMaxDepth)
            fail("nesting too deep");
        skipSpace();
        if (m_pos >= m_size)
            fail("unexpected end");
        Json v;
        const char c = m_data[m_pos];
        if (c == '{') {
            v.type = Json::Type::Object;
            ++m_pos;
            skipSpace();
            if (m_pos < m_size && m_data[m_pos] == '}') {
                ++m_pos;
                return v;
            }
            for (;;) {
                skipSpace();
                if (m_pos >= m_size || m_data[m_pos] != '"')
                    fail("expected a key");
                v.keys.push_back(parseString());
                skipSpace();
                if (m_pos >= m_size || m_data[m_pos] != ':')
                    fail("expected ':'");
                ++m_pos;
                v.items.push_back(parseValue(depth + 1));
                skipSpace();
                if (m_pos < m_size && m_data[m_pos] == ',') {
                    ++m_pos;
                    continue;
                }
                if (m_pos < m_size && m_data[m_pos] == '}') {
                    ++m_pos;
                    return v;
                }
                fail("expected ',' or '}'");
            }
        }
        if (c == '[') {
            v.type = Json::Type::Array;
            ++m_pos;
            skipSpace();
            if (m_pos < m_size && m_data[m_pos] == ']') {
                ++m_pos;
                return v;
            }
            for (;;) {
                v.items.push_back(parseValue(depth + 1));
                skipSpace();
                if (m_pos < m_size && m_data[m_pos] == ',') {
                    ++m_pos;
                    continue;
                }
                if (m_pos < m_size && m_data[m_pos] == ']') {
                    ++m_pos;
                    return v;
                }
                fail("expected ',' or ']'");
            }
        }
        if (c == '"') {
            v.type = Json::Type::String;
            v.text = parseString();
            return v;
        }
        if (literal("true")) {
            v.type = Json::Type::Bool;
            v.boolean = true;
            return v;
        }
        if (literal("false")) {
            v.type = Json::Type::Bool;
            return v;
        }
        if (literal("null"))
            return v;
        if (c == '-' || (c >= '0' && c <= '9')) {
            v.type = Json::Type::Number;
            v.text = parseNumber();
            return v;
        }
        fail("unexpected character");
    }

    bool digitAt(size_t p) const { return p < m_size && m_data[p] >= '0' && m_data[p] <= '9'; }

    std::string parseNumber()
    {
        const size_t start = m_pos;
        if (m_data[m_pos] == '-')
            ++m_pos;
        if (!digitAt(m_pos))
            fail("malformed number");
        if (m_data[m_pos] == '0')
            ++m_pos;
        else
            while (digitAt(m_pos))
                ++m_pos;
        if (m_pos < m_size && m_data[m_pos] == '.') {
            ++m_pos;
            if (!digitAt(m_pos))
                fail("malformed number");
            while (digitAt(m_pos))
                ++m_pos;
        }
        if (m_pos < m_size && (m_data[m_pos] == 'e' || m_data[m_pos] == 'E')) {
            ++m_pos;
            if (m_pos < m_size && (m_data[m_pos] == '+' || m_data[m_pos] == '-'))
                ++m_pos;
            if (!digitAt(m_pos))
                fail("malformed number");
            while (digitAt(m_pos))
                ++m_pos;
        }
        return std::string(m_data + start, m_pos - start);
    }

    unsigned hex4()
    {
        if (m_size - m_pos < 4)
            fail("truncated \\u escape");
        unsigned v = 0;
        for (int k = 0; k < 4; ++k) {
            const char h = m_data[m_pos++];
            v <<= 4;
            if (h >= '0' && h <= '9')
                v |= unsigned(h - '0');
            else if (h >= 'a' && h <= 'f')
                v |= unsigned(h - 'a' + 10);
            else if (h >= 'A' && h <= 'F')
                v |= unsigned(h - 'A' + 10);
            else
                fail("bad \\u escape");
        }
        return v;
    }

    static void appendUtf8(std::string *out, unsigned cp)
    {
        if (cp < 0x80) {
            *out += char(cp);
        } else if (cp < 0x800) {
            *out += char(0xc0 | (cp >> 6));
            *out += char(0x80 | (cp & 0x3f));
        } else if (cp < 0x10000) {
            *out += char(0xe0 | (cp >> 12));
            *out += char(0x80 | ((cp >> 6) & 0x3f));
            *out += char(0x80 | (cp & 0x3f));
        } else {
            *out += char(0xf0 | (cp >> 18));
            *out += char(0x80 | ((cp >> 12) & 0x3f));
            *out += char(0x80 | ((cp >> 6) & 0x3f));
            *out += char(0x80 | (cp & 0x3f));
        }
    }

    std::string parseString()
    {
        ++m_pos; // opening quote
        std::string out;
        for (;;) {
            if (m_pos >= m_size)
                fail("unterminated string");
            const char c = m_data[m_pos++];
            if (c == '"')
                return out;
            if (static_cast<unsigned char>(c) < 0x20)
                fail("control character in a string");
            if (c != '\\') {
                out += c;
                continue;
            }
            if (m_pos >= m_size)
                fail("unterminated string");
            const char e = m_data[m_pos++];
            switch (e) {
            case '"': out += '"'; break;
            case '\\': out += '\\'; break;
            case '/': out += '/'; break;
            case 'b': out += '\b'; break;
            case 'f': out += '\f'; break;
            case 'n': out += '\n'; break;
            case 'r': out += '\r'; break;
            case 't': out += '\t'; break;
            case 'u': {
                unsigned cp = hex4();
                if (cp >= 0xdc00 && cp <= 0xdfff)
                    fail("lone low surrogate");
                if (cp >= 0xd800 && cp <= 0xdbff) {
                    if (!literal("\\u"))
                        fail("lone high surrogate");
                    const unsigned low = hex4();
                    if (low < 0xdc00 || low > 0xdfff)
                        fail("bad surrogate pair");
                    cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
                }
                appendUtf8(&out, cp);
                break;
            }
            default:
                fail("bad escape");
            }
        }
    }

    const char *m_data;
    size_t m_size;
    size_t m_pos = 0;
};

} // namespace

Json parseJson(const char *data, size_t size)
{
    return JsonParser(data, size).parseDocument();
}

// A JSON number that is a plain integer (no fraction, no exponent) fitting in int64.
bool jsonInt(const Json &v, int64_t *out)
{
    if (v.type != Json::Type::Number || v.text.find_first_of(".eE") != std::string::npos)
        return false;
    const bool negative = v.text[0] == '-';
    int64_t n = 0;
    for (size_t k = negative ? 1 : 0; k < v.text.size(); ++k) {
        const int digit = v.text[k] - '0';
        if (__builtin_mul_overflow(n, int64_t(10), &n) || __builtin_add_overflow(n, negative ? -digit : digit, &n))
            return false;
    }
    *out = n;
    return true;
}

} // namespace Hone::Nn::Detail
