#pragma once

// Weight files built byte by byte for the reader tests: a minimal stored-only zip writer, pickle
// opcodes for a state dict, PyTorch archives and safetensors files, honest or hostile.

#include "nn/weightfile.h"

#include <QByteArray>
#include <QList>
#include <QPair>

#include <cstring>
#include <initializer_list>

namespace {

// ---- a minimal stored-only zip writer, enough for PyTorch's reader ------------------------------

inline quint32 crc32(const QByteArray &data)
{
    quint32 crc = 0xffffffffu;
    for (char c : data) {
        crc ^= static_cast<quint8>(c);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

inline void put16(QByteArray *out, quint32 v)
{
    out->append(char(v & 0xff));
    out->append(char((v >> 8) & 0xff));
}

inline void put32(QByteArray *out, quint32 v)
{
    put16(out, v & 0xffff);
    put16(out, v >> 16);
}

using ZipEntries = QList<QPair<QByteArray, QByteArray>>;

inline QByteArray makeZip(const ZipEntries &files)
{
    QByteArray out, central;
    for (const auto &[name, data] : files) {
        const auto offset = quint32(out.size());
        const quint32 crc = crc32(data);
        put32(&out, 0x04034b50);
        put16(&out, 20);
        put16(&out, 0);
        put16(&out, 0);            // stored
        put16(&out, 0);
        put16(&out, 0x21);         // 1980-01-01
        put32(&out, crc);
        put32(&out, quint32(data.size()));
        put32(&out, quint32(data.size()));
        put16(&out, quint32(name.size()));
        put16(&out, 0);
        out += name;
        out += data;

        put32(&central, 0x02014b50);
        put16(&central, 20);
        put16(&central, 20);
        put16(&central, 0);
        put16(&central, 0);
        put16(&central, 0);
        put16(&central, 0x21);
        put32(&central, crc);
        put32(&central, quint32(data.size()));
        put32(&central, quint32(data.size()));
        put16(&central, quint32(name.size()));
        put16(&central, 0);
        put16(&central, 0);
        put16(&central, 0);
        put16(&central, 0);
        put32(&central, 0);
        put32(&central, offset);
        central += name;
    }
    const auto centralOffset = quint32(out.size());
    out += central;
    put32(&out, 0x06054b50);
    put16(&out, 0);
    put16(&out, 0);
    put16(&out, quint32(files.size()));
    put16(&out, quint32(files.size()));
    put32(&out, quint32(central.size()));
    put32(&out, centralOffset);
    put16(&out, 0);
    return out;
}

inline QByteArray floats(std::initializer_list<float> values)
{
    QByteArray out;
    for (float v : values)
        out.append(reinterpret_cast<const char *>(&v), sizeof v);
    return out;
}

// ---- hand-written protocol 2 pickles ------------------------------------------------------------

inline QByteArray str(const QByteArray &s)
{
    QByteArray out("X");
    put32(&out, quint32(s.size()));
    return out + s;
}

inline QByteArray global(const char *module, const char *name)
{
    return QByteArray("c") + module + '\n' + name + '\n';
}

inline QByteArray int1(int v)
{
    return QByteArray("K") + char(v);
}

inline QByteArray intTuple(std::initializer_list<int> values)
{
    QByteArray out("(");
    for (int v : values) {
        out += 'J';
        put32(&out, quint32(v));
    }
    return out + 't';
}

// _rebuild_tensor_v2 over FloatStorage `key` of `numel` elements.
inline QByteArray tensor(const char *key, int numel, int offset, std::initializer_list<int> size,
                  std::initializer_list<int> stride, const char *storageType = "FloatStorage")
{
    return global("torch._utils", "_rebuild_tensor_v2") + "((" + str("storage") + global("torch", storageType)
        + str(key) + str("cpu") + int1(numel) + "tQ" + int1(offset) + intTuple(size) + intTuple(stride)
        + "\x89}tR";
}

inline QByteArray stateDict(const QList<QPair<QByteArray, QByteArray>> &items)
{
    QByteArray out("\x80\x02}(");
    for (const auto &[key, value] : items)
        out += str(key) + value;
    return out + "u.";
}

// An archive as torch.save lays it out: archive/data.pkl, archive/data/<key>, archive/version.
inline QByteArray archive(const QByteArray &pickle, const ZipEntries &storages = {}, const ZipEntries &extra = {})
{
    ZipEntries files{{"archive/data.pkl", pickle}};
    for (const auto &[key, data] : storages)
        files.append(qMakePair(QByteArray("archive/data/") + key, data));
    files.append(qMakePair(QByteArray("archive/version"), QByteArray("3\n")));
    files.append(extra);
    return makeZip(files);
}

// ---- safetensors by hand --------------------------------------------------------------------------

inline QByteArray safetensors(const QByteArray &header, const QByteArray &data, quint64 claimedLength = ~quint64(0))
{
    QByteArray out;
    const quint64 n = claimedLength == ~quint64(0) ? quint64(header.size()) : claimedLength;
    for (int k = 0; k < 8; ++k)
        out.append(char((n >> (8 * k)) & 0xff));
    return out + header + data;
}

inline QByteArray bytesOf(const Hone::Nn::RawTensor &t)
{
    return QByteArray(t.data.data(), qsizetype(t.data.size()));
}

} // namespace
