// The restricted unpickler that reads the data.pkl of a torch.save() archive: it knows only the
// globals a state dict needs (tensor rebuilds, storages, dtypes, OrderedDict) and refuses anything
// else, so a weight file can name no code that gets run.

#include "unpickler_p.h"
#include "weightfile_p.h"

#include <cctype>
#include <cstdio>
#include <cstring>

namespace Hone::Nn::Detail {

const char *kindName(PyValue::Kind kind)
{
    switch (kind) {
    case PyValue::Kind::None: return "None";
    case PyValue::Kind::Bool: return "bool";
    case PyValue::Kind::Int: return "int";
    case PyValue::Kind::Float: return "float";
    case PyValue::Kind::Str: return "str";
    case PyValue::Kind::Bytes: return "bytes";
    case PyValue::Kind::Tuple: return "tuple";
    case PyValue::Kind::List: return "list";
    case PyValue::Kind::Dict: return "dict";
    case PyValue::Kind::Global: return "class or function";
    case PyValue::Kind::Storage: return "storage";
    case PyValue::Kind::Tensor: return "tensor";
    }
    return "?";
}

namespace {

struct AllowedGlobal
{
    const char *module;
    const char *name;
    Callable callable;
    RawDType dtype;
};

// Everything a state dict needs, and nothing else.
const AllowedGlobal kAllowedGlobals[] = {
    {"collections", "OrderedDict", Callable::OrderedDict, RawDType::Float32},
    {"torch._utils", "_rebuild_tensor_v2", Callable::RebuildTensorV2, RawDType::Float32},
    {"torch._utils", "_rebuild_parameter", Callable::RebuildParameter, RawDType::Float32},
    {"torch._utils", "_rebuild_parameter_with_state", Callable::RebuildParameterWithState, RawDType::Float32},
    {"torch._tensor", "_rebuild_from_type_v2", Callable::RebuildFromTypeV2, RawDType::Float32},
    {"torch", "Tensor", Callable::TensorType, RawDType::Float32},
    // LibTorch's own pickler (torch::pickle_save, Hone's run weights) tags typed dicts this way.
    {"torch.jit._pickle", "restore_type_tag", Callable::RestoreTypeTag, RawDType::Float32},
    {"torch._tensor", "Tensor", Callable::TensorType, RawDType::Float32},
    {"torch.nn.parameter", "Parameter", Callable::ParameterType, RawDType::Float32},
    {"torch", "FloatStorage", Callable::StorageType, RawDType::Float32},
    {"torch", "HalfStorage", Callable::StorageType, RawDType::Float16},
    {"torch", "BFloat16Storage", Callable::StorageType, RawDType::BFloat16},
    {"torch", "DoubleStorage", Callable::StorageType, RawDType::Float64},
    {"torch", "LongStorage", Callable::StorageType, RawDType::Int64},
    {"torch", "IntStorage", Callable::StorageType, RawDType::Int32},
    {"torch", "ShortStorage", Callable::StorageType, RawDType::Int16},
    {"torch", "CharStorage", Callable::StorageType, RawDType::Int8},
    {"torch", "ByteStorage", Callable::StorageType, RawDType::UInt8},
    {"torch", "BoolStorage", Callable::StorageType, RawDType::Bool},
    {"torch", "float32", Callable::DType, RawDType::Float32},
    {"torch", "float", Callable::DType, RawDType::Float32},
    {"torch", "float16", Callable::DType, RawDType::Float16},
    {"torch", "half", Callable::DType, RawDType::Float16},
    {"torch", "bfloat16", Callable::DType, RawDType::BFloat16},
    {"torch", "float64", Callable::DType, RawDType::Float64},
    {"torch", "double", Callable::DType, RawDType::Float64},
    {"torch", "int64", Callable::DType, RawDType::Int64},
    {"torch", "long", Callable::DType, RawDType::Int64},
    {"torch", "int32", Callable::DType, RawDType::Int32},
    {"torch", "int", Callable::DType, RawDType::Int32},
    {"torch", "int16", Callable::DType, RawDType::Int16},
    {"torch", "short", Callable::DType, RawDType::Int16},
    {"torch", "int8", Callable::DType, RawDType::Int8},
    {"torch", "uint8", Callable::DType, RawDType::UInt8},
    {"torch", "bool", Callable::DType, RawDType::Bool},
};

const char *opcodeName(unsigned char op)
{
    switch (op) {
    case 'I': return "INT";
    case 'L': return "LONG";
    case 0x8b: return "LONG4";
    case 'F': return "FLOAT";
    case 'S': return "STRING";
    case 'V': return "UNICODE";
    case 0x8e: return "BINBYTES8";
    case 0x96: return "BYTEARRAY8";
    case 0x97: return "NEXT_BUFFER";
    case 0x98: return "READONLY_BUFFER";
    case 'l': return "LIST";
    case 'd': return "DICT";
    case 0x8f: return "EMPTY_SET";
    case 0x90: return "ADDITEMS";
    case 0x91: return "FROZENSET";
    case 'P': return "PERSID";
    case 'g': return "GET";
    case 'p': return "PUT";
    case 0x82: return "EXT1";
    case 0x83: return "EXT2";
    case 0x84: return "EXT4";
    case 'i': return "INST";
    case 'o': return "OBJ";
    case 0x92: return "NEWOBJ_EX";
    default: return nullptr;
    }
}

} // namespace

const PyValue *Unpickler::run()
{
    for (;;) {
        const size_t at = m_pos;
        const auto op = static_cast<unsigned char>(*take(1));
        switch (op) {
        case 0x80: { // PROTO
            const auto proto = static_cast<unsigned char>(*take(1));
            if (proto > 5)
                throw PickleError("unsupported pickle protocol " + std::to_string(proto));
            break;
        }
        case 0x95: // FRAME: framing is only a read-ahead hint
            take(8);
            break;
        case '.': // STOP
            return pop();
        case '(': // MARK
            if (m_marks.size() >= kMaxMarks)
                throw PickleError("pickle nests too deeply");
            m_marks.push_back(m_stack.size());
            break;
        case '0': // POP
            if (m_stack.size() > base())
                m_stack.pop_back();
            else
                popMark();
            break;
        case '1': // POP_MARK
            popMark();
            break;
        case '2': // DUP
            push(top());
            break;
        case '}': push(make(PyValue::Kind::Dict)); break;
        case ']': push(make(PyValue::Kind::List)); break;
        case ')': push(make(PyValue::Kind::Tuple)); break;
        case 't': { // TUPLE
            PyValue *t = make(PyValue::Kind::Tuple);
            t->items = popMark();
            push(t);
            break;
        }
        case 0x85: case 0x86: case 0x87: { // TUPLE1..3
            const size_t n = op - 0x84u;
            PyValue *t = make(PyValue::Kind::Tuple);
            t->items.resize(n);
            for (size_t k = n; k-- > 0;)
                t->items[k] = pop();
            push(t);
            break;
        }
        case 'N': push(make(PyValue::Kind::None)); break;
        case 0x88: case 0x89: { // NEWTRUE, NEWFALSE
            PyValue *b = make(PyValue::Kind::Bool);
            b->i = op == 0x88 ? 1 : 0;
            push(b);
            break;
        }
        case 'J': pushInt(static_cast<int32_t>(readLE(4))); break;
        case 'K': pushInt(static_cast<int64_t>(readLE(1))); break;
        case 'M': pushInt(static_cast<int64_t>(readLE(2))); break;
        case 0x8a: { // LONG1
            const size_t n = static_cast<unsigned char>(*take(1));
            if (n > 8)
                throw PickleError("integer too large in pickle");
            uint64_t v = n == 0 ? 0 : readLE(n);
            if (n > 0 && n < 8 && (v >> (8 * n - 1)) & 1)
                v |= ~uint64_t(0) << (8 * n);
            pushInt(static_cast<int64_t>(v));
            break;
        }
        case 'G': { // BINFLOAT, big-endian
            const char *p = take(8);
            uint64_t bits = 0;
            for (int k = 0; k < 8; ++k)
                bits = (bits << 8) | static_cast<unsigned char>(p[k]);
            PyValue *v = make(PyValue::Kind::Float);
            std::memcpy(&v->f, &bits, sizeof bits);
            push(v);
            break;
        }
        case 'X': pushString(PyValue::Kind::Str, readLE(4)); break;            // BINUNICODE
        case 0x8c: pushString(PyValue::Kind::Str, readLE(1)); break;           // SHORT_BINUNICODE
        case 0x8d: pushString(PyValue::Kind::Str, readLE(8)); break;           // BINUNICODE8
        case 'U': pushString(PyValue::Kind::Str, readLE(1)); break;            // SHORT_BINSTRING
        case 'T': {                                                            // BINSTRING
            const auto n = static_cast<int32_t>(readLE(4));
            if (n < 0)
                throw PickleError("negative string length in pickle");
            pushString(PyValue::Kind::Str, static_cast<uint64_t>(n));
            break;
        }
        case 'C': pushString(PyValue::Kind::Bytes, readLE(1)); break;          // SHORT_BINBYTES
        case 'B': pushString(PyValue::Kind::Bytes, readLE(4)); break;          // BINBYTES
        case 'q': memoPut(readLE(1)); break;                                   // BINPUT
        case 'r': memoPut(readLE(4)); break;                                   // LONG_BINPUT
        case 0x94: memoPut(m_memo.size()); break;                              // MEMOIZE
        case 'h': push(memoGet(readLE(1))); break;                             // BINGET
        case 'j': push(memoGet(readLE(4))); break;                             // LONG_BINGET
        case 'a': { // APPEND
            PyValue *v = pop();
            expect(top(), PyValue::Kind::List, "APPEND")->items.push_back(v);
            break;
        }
        case 'e': { // APPENDS
            std::vector<PyValue *> values = popMark();
            PyValue *list = expect(top(), PyValue::Kind::List, "APPENDS");
            list->items.insert(list->items.end(), values.begin(), values.end());
            break;
        }
        case 's': { // SETITEM
            PyValue *v = pop();
            PyValue *k = pop();
            PyValue *dict = expect(top(), PyValue::Kind::Dict, "SETITEM");
            dict->items.push_back(k);
            dict->items.push_back(v);
            break;
        }
        case 'u': { // SETITEMS
            std::vector<PyValue *> values = popMark();
            if (values.size() % 2)
                throw PickleError("SETITEMS with an odd number of values");
            PyValue *dict = expect(top(), PyValue::Kind::Dict, "SETITEMS");
            dict->items.insert(dict->items.end(), values.begin(), values.end());
            break;
        }
        case 'c': { // GLOBAL
            const std::string module = readLine();
            const std::string name = readLine();
            push(global(module, name));
            break;
        }
        case 0x93: { // STACK_GLOBAL
            PyValue *name = pop();
            PyValue *module = pop();
            if (module->kind != PyValue::Kind::Str || name->kind != PyValue::Kind::Str)
                throw PickleError("STACK_GLOBAL needs two strings");
            push(global(module->s, name->s));
            break;
        }
        case 'R': { // REDUCE
            PyValue *args = expect(pop(), PyValue::Kind::Tuple, "REDUCE");
            PyValue *func = pop();
            push(call(func, args, 0));
            break;
        }
        case 0x81: { // NEWOBJ
            PyValue *args = expect(pop(), PyValue::Kind::Tuple, "NEWOBJ");
            PyValue *cls = pop();
            if (cls->kind != PyValue::Kind::Global || cls->callable != Callable::OrderedDict
                || !args->items.empty())
                throw PickleError("NEWOBJ is only allowed for an empty collections.OrderedDict");
            push(make(PyValue::Kind::Dict));
            break;
        }
        case 'b': { // BUILD: OrderedDict's _metadata, a Parameter's state; neither matters here
            pop();
            const PyValue *target = top();
            if (target->kind != PyValue::Kind::Dict && target->kind != PyValue::Kind::Tensor)
                throw PickleError(std::string("BUILD on a ") + kindName(target->kind) + " is not allowed");
            break;
        }
        case 'Q': // BINPERSID
            push(persistentLoad(pop()));
            break;
        default: {
            char buf[64];
            const char *name = opcodeName(op);
            std::snprintf(buf, sizeof buf, "opcode 0x%02x", op);
            throw PickleError(std::string("unsupported pickle ") + (name ? std::string(name) + " (" + buf + ")" : std::string(buf))
                              + " at byte " + std::to_string(at));
        }
        }
    }
}

const char *Unpickler::take(uint64_t n)
{
    if (n > m_size - m_pos)
        throw PickleError("the pickle is truncated (needed " + std::to_string(n) + " bytes at byte "
                          + std::to_string(m_pos) + " of " + std::to_string(m_size) + ")");
    const char *p = m_data + m_pos;
    m_pos += static_cast<size_t>(n);
    return p;
}

uint64_t Unpickler::readLE(size_t n)
{
    const char *p = take(n);
    uint64_t v = 0;
    for (size_t k = n; k-- > 0;)
        v = (v << 8) | static_cast<unsigned char>(p[k]);
    return v;
}

std::string Unpickler::readLine()
{
    for (size_t n = 0; n < kMaxLine && m_pos + n < m_size; ++n) {
        if (m_data[m_pos + n] == '\n') {
            std::string line(m_data + m_pos, n);
            m_pos += n + 1;
            return line;
        }
    }
    throw PickleError("the pickle is truncated or malformed (unterminated GLOBAL name)");
}

PyValue *Unpickler::make(PyValue::Kind kind)
{
    if (m_arena.size() >= kMaxValues)
        throw PickleError("the pickle holds too many objects");
    m_arena.emplace_back();
    m_arena.back().kind = kind;
    return &m_arena.back();
}

PyValue *Unpickler::top() const
{
    if (m_stack.size() <= base())
        throw PickleError("malformed pickle (stack underflow)");
    return m_stack.back();
}

PyValue *Unpickler::pop()
{
    PyValue *v = top();
    m_stack.pop_back();
    return v;
}

std::vector<PyValue *> Unpickler::popMark()
{
    if (m_marks.empty())
        throw PickleError("malformed pickle (no MARK)");
    const size_t mark = m_marks.back();
    m_marks.pop_back();
    std::vector<PyValue *> values(m_stack.begin() + static_cast<std::ptrdiff_t>(mark), m_stack.end());
    m_stack.resize(mark);
    return values;
}

PyValue *Unpickler::expect(PyValue *v, PyValue::Kind kind, const char *op)
{
    if (v->kind != kind)
        throw PickleError(std::string("malformed pickle (") + op + " on a " + kindName(v->kind)
                          + ", expected a " + kindName(kind) + ")");
    return v;
}

void Unpickler::pushInt(int64_t value)
{
    PyValue *v = make(PyValue::Kind::Int);
    v->i = value;
    push(v);
}

void Unpickler::pushString(PyValue::Kind kind, uint64_t n)
{
    const char *p = take(n);
    PyValue *v = make(kind);
    v->s.assign(p, static_cast<size_t>(n));
    push(v);
}

void Unpickler::memoPut(uint64_t index)
{
    if (m_memo.size() >= kMaxValues)
        throw PickleError("the pickle memo is too large");
    m_memo[index] = top();
}

PyValue *Unpickler::memoGet(uint64_t index)
{
    const auto it = m_memo.find(index);
    if (it == m_memo.end())
        throw PickleError("malformed pickle (memo entry " + std::to_string(index) + " was never stored)");
    return it->second;
}

PyValue *Unpickler::global(const std::string &module, const std::string &name)
{
    for (const AllowedGlobal &g : kAllowedGlobals) {
        if (module == g.module && name == g.name) {
            PyValue *v = make(PyValue::Kind::Global);
            v->s = module + "." + name;
            v->callable = g.callable;
            v->dtype = g.dtype;
            return v;
        }
    }
    throw PickleError("forbidden global " + quoteName(module + "." + name)
                      + ": a weight file may hold only tensors and dicts, and Hone never runs code from a file");
}

PyValue *Unpickler::call(PyValue *func, PyValue *args, int depth)
{
    if (func->kind != PyValue::Kind::Global)
        throw PickleError(std::string("malformed pickle (REDUCE calls a ") + kindName(func->kind) + ")");
    if (depth > 8)
        throw PickleError("malformed pickle (tensor rebuilds nest too deeply)");
    const std::vector<PyValue *> &a = args->items;
    switch (func->callable) {
    case Callable::OrderedDict:
        if (!a.empty())
            throw PickleError("collections.OrderedDict is only allowed without arguments");
        return make(PyValue::Kind::Dict);
    case Callable::RebuildTensorV2:
        return rebuildTensor(a);
    case Callable::RebuildParameter:
    case Callable::RebuildParameterWithState:
        if (a.size() != (func->callable == Callable::RebuildParameter ? 3u : 4u)
            || a[0]->kind != PyValue::Kind::Tensor)
            throw PickleError("malformed " + func->s + " arguments");
        return a[0];
    case Callable::RestoreTypeTag:
        if (a.size() != 2 || a[1]->kind != PyValue::Kind::Str)
            throw PickleError("malformed " + func->s + " arguments");
        return a[0];
    case Callable::RebuildFromTypeV2: {
        if (a.size() != 4 || a[1]->kind != PyValue::Kind::Global
            || (a[1]->callable != Callable::TensorType && a[1]->callable != Callable::ParameterType))
            throw PickleError("malformed " + func->s + " arguments");
        PyValue *inner = expect(a[2], PyValue::Kind::Tuple, func->s.c_str());
        PyValue *result = call(a[0], inner, depth + 1);
        if (result->kind != PyValue::Kind::Tensor)
            throw PickleError(func->s + " did not produce a tensor");
        return result;
    }
    default:
        throw PickleError(quoteName(func->s) + " cannot be called in a weight file");
    }
}

int64_t Unpickler::intArg(const PyValue *v, const char *what)
{
    if (v->kind != PyValue::Kind::Int)
        throw PickleError(std::string("malformed tensor (") + what + " is a " + kindName(v->kind) + ")");
    return v->i;
}

// _rebuild_tensor_v2(storage, storage_offset, size, stride, requires_grad, backward_hooks[, metadata])
PyValue *Unpickler::rebuildTensor(const std::vector<PyValue *> &a)
{
    if (a.size() != 6 && a.size() != 7)
        throw PickleError("malformed tensor (_rebuild_tensor_v2 takes 6 or 7 arguments, got "
                          + std::to_string(a.size()) + ")");
    if (a[0]->kind != PyValue::Kind::Storage)
        throw PickleError(std::string("malformed tensor (its storage is a ") + kindName(a[0]->kind) + ")");
    if (a[2]->kind != PyValue::Kind::Tuple || a[3]->kind != PyValue::Kind::Tuple)
        throw PickleError("malformed tensor (size and stride must be tuples)");
    if (a[2]->items.size() != a[3]->items.size() || a[2]->items.size() > size_t(kMaxDims))
        throw PickleError("malformed tensor (size and stride disagree)");
    PyValue *t = make(PyValue::Kind::Tensor);
    t->storage = a[0];
    t->dtype = a[0]->dtype;
    t->offset = intArg(a[1], "storage offset");
    for (size_t k = 0; k < a[2]->items.size(); ++k) {
        t->size.push_back(intArg(a[2]->items[k], "a size"));
        t->stride.push_back(intArg(a[3]->items[k], "a stride"));
    }
    return t;
}

// ('storage', storage_type, key, location, numel)
PyValue *Unpickler::persistentLoad(const PyValue *pid)
{
    const auto &a = pid->items;
    if (pid->kind != PyValue::Kind::Tuple || a.size() != 5 || a[0]->kind != PyValue::Kind::Str
        || a[0]->s != "storage")
        throw PickleError("malformed persistent id (expected a ('storage', ...) tuple)");
    if (a[1]->kind != PyValue::Kind::Global || a[1]->callable != Callable::StorageType)
        throw PickleError("malformed persistent id (no storage type)");
    if (a[2]->kind != PyValue::Kind::Str || a[2]->s.empty() || a[2]->s.size() > 64)
        throw PickleError("malformed persistent id (bad storage key)");
    for (char c : a[2]->s) {
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_')
            throw PickleError("malformed persistent id (bad storage key " + quoteName(a[2]->s) + ")");
    }
    if (a[3]->kind != PyValue::Kind::Str)
        throw PickleError("malformed persistent id (bad location)");
    if (a[4]->kind != PyValue::Kind::Int || a[4]->i < 0)
        throw PickleError("malformed persistent id (bad element count)");
    PyValue *s = make(PyValue::Kind::Storage);
    s->s = a[2]->s;
    s->dtype = a[1]->dtype;
    s->i = a[4]->i;
    return s;
}

} // namespace Hone::Nn::Detail
