#!/usr/bin/env python3
"""Reference weight files for tst_weightfiles, written by PyTorch itself.

usage: make_weight_files.py OUTDIR

Writes to OUTDIR (seeded, so every run gives the same tensors):
  ordered.pth       torch.save(model.state_dict())  -- an OrderedDict with _metadata
  proto4.pth        the same, pickled with protocol 4 (FRAME, MEMOIZE, SHORT_BINUNICODE, ...)
  wrapped.pth       {"state_dict": sd, "epoch": 3}
  model.pth         {"model": sd}
  half.pth          sd in float16, a bfloat16 tensor, every other dtype, a transposed (strided)
                    tensor, views with storage offsets, an empty tensor, a 0-dim tensor, a
                    Parameter and one non-tensor entry ("step": 5)
  evil.pth          ordered.pth with data.pkl swapped for a pickle that calls posix.system
  evil4.pth         the same with a protocol 4 pickle that calls builtins.eval (STACK_GLOBAL)
  legacy.pth        torch.save(..., _use_new_zipfile_serialization=False)
  ref.safetensors   written by the reference writer below (struct + json), F32/F16/BF16/I64
  *.expected.json   {"skipped": n, "tensors": [{"name", "dtype", "shape", "hex"}, ...]} in file
                    order; "hex" is the contiguous little-endian bytes
The evil pickles would create OUTDIR/MARKER if anything ever ran them.
"""

import collections
import json
import os
import pickle
import struct
import sys
import zipfile

import torch

DTYPES = {
    torch.float32: "F32", torch.float16: "F16", torch.bfloat16: "BF16", torch.float64: "F64",
    torch.int64: "I64", torch.int32: "I32", torch.int16: "I16", torch.int8: "I8",
    torch.uint8: "U8", torch.bool: "BOOL",
}


def raw_bytes(t):
    return bytes(t.detach().contiguous().reshape(-1).view(torch.uint8).tolist())


def expected(path, entries, skipped=0):
    tensors = [{"name": k, "dtype": DTYPES[v.dtype], "shape": list(v.shape), "hex": raw_bytes(v).hex()}
               for k, v in entries.items()]
    with open(path + ".expected.json", "w") as f:
        json.dump({"skipped": skipped, "tensors": tensors}, f, indent=1)


def write_safetensors(path, tensors, metadata):
    """The format as the reference implementation writes it: u64 header length, JSON, data."""
    header = {"__metadata__": metadata} if metadata else {}
    data = b""
    for name, t in tensors.items():
        raw = raw_bytes(t)
        header[name] = {"dtype": DTYPES[t.dtype], "shape": list(t.shape),
                        "data_offsets": [len(data), len(data) + len(raw)]}
        data += raw
    text = json.dumps(header, separators=(",", ":")).encode("utf-8")
    text += b" " * ((8 - len(text) % 8) % 8)
    with open(path, "wb") as f:
        f.write(struct.pack("<Q", len(text)) + text + data)


class Evil:
    def __init__(self, command):
        self.command = command

    def __reduce__(self):
        return (os.system, (self.command,))


class EvalEvil:
    def __init__(self, command):
        self.command = command

    def __reduce__(self):
        return (eval, ("__import__('os').system(%r)" % self.command,))


def swap_pickle(good, bad, payload):
    """Copies the archive `good` to `bad` with data.pkl replaced by `payload`."""
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(bad, "w", zipfile.ZIP_STORED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename.endswith("/data.pkl"):
                data = payload
            dst.writestr(info.filename, data)


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    p = lambda name: os.path.join(out, name)

    torch.manual_seed(7)
    model = torch.nn.Sequential(torch.nn.Conv2d(3, 4, 3), torch.nn.BatchNorm2d(4), torch.nn.Flatten(),
                                torch.nn.Linear(16, 5))
    with torch.no_grad():
        bn = model[1]
        bn.running_mean.copy_(torch.randn(4))
        bn.running_var.copy_(torch.rand(4) + 0.5)
        bn.num_batches_tracked.fill_(11)
    sd = model.state_dict()
    assert isinstance(sd, collections.OrderedDict) and hasattr(sd, "_metadata")

    torch.save(sd, p("ordered.pth"))
    expected(p("ordered.pth"), sd)
    torch.save(sd, p("proto4.pth"), pickle_protocol=4)
    expected(p("proto4.pth"), sd)
    torch.save({"state_dict": sd, "epoch": 3}, p("wrapped.pth"))
    expected(p("wrapped.pth"), sd)
    torch.save({"model": sd}, p("model.pth"))
    expected(p("model.pth"), sd)

    half = collections.OrderedDict()
    for k, v in sd.items():
        half[k] = v.half() if v.is_floating_point() else v
    big = torch.arange(40, dtype=torch.float32) * 0.5
    grid = torch.arange(30, dtype=torch.float64).reshape(5, 6)
    half["extra.bf16"] = torch.randn(3, 2).to(torch.bfloat16)
    half["extra.transposed"] = sd["3.weight"].t()                     # strides (1, 16)
    half["extra.view"] = big[2:5]                                     # storage offset 2
    half["extra.block"] = grid[1:4, 2:5]                              # offset 8, strides (6, 1)
    half["extra.stepped"] = big.reshape(4, 10)[:, ::3].t()            # strides (3, 10)
    half["extra.i32"] = torch.tensor([[1, -2], [3, -4]], dtype=torch.int32)
    half["extra.i16"] = torch.tensor([300, -300], dtype=torch.int16)
    half["extra.i8"] = torch.tensor([-7, 7, 0], dtype=torch.int8)
    half["extra.u8"] = torch.tensor([0, 128, 255], dtype=torch.uint8)
    half["extra.bool"] = torch.tensor([True, False, True])
    half["extra.empty"] = torch.zeros(0, 3)
    half["extra.scalar"] = torch.tensor(2.5, dtype=torch.float64)
    half["extra.param"] = torch.nn.Parameter(torch.randn(2, 2))
    tensors_only = collections.OrderedDict((k, v) for k, v in half.items())
    half["step"] = 5
    torch.save(half, p("half.pth"))
    expected(p("half.pth"), tensors_only, skipped=1)

    marker = p("MARKER")
    swap_pickle(p("ordered.pth"), p("evil.pth"), pickle.dumps({"0.weight": Evil("touch " + marker)}, protocol=2))
    swap_pickle(p("ordered.pth"), p("evil4.pth"), pickle.dumps({"0.weight": EvalEvil("touch " + marker)}, protocol=4))
    assert b"posix\nsystem" in zipfile.ZipFile(p("evil.pth")).read("ordered/data.pkl")

    torch.save(sd, p("legacy.pth"), _use_new_zipfile_serialization=False)

    ref = collections.OrderedDict()
    ref["weight"] = torch.randn(2, 3)
    ref["half"] = torch.randn(4).half()
    ref["brain"] = torch.randn(2, 2).to(torch.bfloat16)
    ref["steps"] = torch.tensor([1, -1, 2 ** 40], dtype=torch.int64)
    write_safetensors(p("ref.safetensors"), ref, {"format": "pt", "note": "caf\u00e9 \"quoted\""})
    expected(p("ref.safetensors"), ref)


if __name__ == "__main__":
    main()
