#pragma once

// The restricted unpickler readTorchArchive runs on data.pkl (unpickler.cpp). torch.save writes
// pickle protocol 2; protocols 3-5 add a few opcodes that are just as harmless. Values live in an
// arena and point at each other with raw pointers, so shared and even cyclic objects (the memo
// allows both) cost nothing to tear down.

#include "weightfile.h"

#include <cstddef>
#include <cstdint>
#include <deque>
#include <stdexcept>
#include <string>
#include <unordered_map>
#include <vector>

namespace Hone::Nn::Detail {

struct PickleError : std::runtime_error
{
    using std::runtime_error::runtime_error;
};

enum class Callable {
    None,
    OrderedDict,
    RebuildTensorV2,
    RebuildParameter,
    RebuildParameterWithState,
    RebuildFromTypeV2,
    TensorType,
    ParameterType,
    StorageType,
    DType,
    RestoreTypeTag,
};

struct PyValue
{
    enum class Kind { None, Bool, Int, Float, Str, Bytes, Tuple, List, Dict, Global, Storage, Tensor };
    Kind kind = Kind::None;
    int64_t i = 0;                 // Bool, Int; Storage: element count from the persistent id
    double f = 0;                  // Float
    std::string s;                 // Str, Bytes; Global: "module.name"; Storage: record key
    std::vector<PyValue *> items;  // Tuple, List; Dict: key, value, key, value, ... (file order)
    Callable callable = Callable::None;  // Global
    RawDType dtype = RawDType::Float32;  // Global (storage or dtype), Storage, Tensor
    // Tensor
    const PyValue *storage = nullptr;
    int64_t offset = 0;
    std::vector<int64_t> size, stride;
};

const char *kindName(PyValue::Kind kind);

class Unpickler
{
public:
    Unpickler(const char *data, size_t size) : m_data(data), m_size(size) {}

    // The pickle's result; throws PickleError. The values live as long as the Unpickler.
    const PyValue *run();

private:
    static constexpr size_t kMaxMarks = 4096;
    static constexpr size_t kMaxValues = size_t(1) << 22;
    static constexpr size_t kMaxLine = 256;

    const char *take(uint64_t n);
    uint64_t readLE(size_t n);
    std::string readLine();

    PyValue *make(PyValue::Kind kind);
    size_t base() const { return m_marks.empty() ? 0 : m_marks.back(); }
    void push(PyValue *v) { m_stack.push_back(v); }
    PyValue *top() const;
    PyValue *pop();
    std::vector<PyValue *> popMark();
    static PyValue *expect(PyValue *v, PyValue::Kind kind, const char *op);

    void pushInt(int64_t value);
    void pushString(PyValue::Kind kind, uint64_t n);
    void memoPut(uint64_t index);
    PyValue *memoGet(uint64_t index);

    PyValue *global(const std::string &module, const std::string &name);
    PyValue *call(PyValue *func, PyValue *args, int depth);
    static int64_t intArg(const PyValue *v, const char *what);
    PyValue *rebuildTensor(const std::vector<PyValue *> &a);
    PyValue *persistentLoad(const PyValue *pid);

    const char *m_data;
    size_t m_size;
    size_t m_pos = 0;
    std::deque<PyValue> m_arena;
    std::vector<PyValue *> m_stack;
    std::vector<size_t> m_marks;
    std::unordered_map<uint64_t, PyValue *> m_memo;
};

} // namespace Hone::Nn::Detail
