#!/usr/bin/python3
"""Writes small valid seed inputs for every fuzz harness into OUT/<harness>/.

    /usr/bin/python3 tests/fuzz/make_seeds.py build-fuzz/corpus

Needs only the standard library. With Pillow (python3-pil) it adds JPEG, TIFF and WebP images
(PNG and BMP are written by hand either way); with PyTorch (python3-torch) it adds archives
written by torch.save itself. Existing files in OUT are kept: OUT doubles as the fuzzers' corpus.
"""

import io
import json
import os
import struct
import sys
import zipfile
import zlib

OUT = sys.argv[1] if len(sys.argv) > 1 else "build-fuzz/corpus"
written = {}


def seed(harness, name, data):
    folder = os.path.join(OUT, harness)
    os.makedirs(folder, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    with open(os.path.join(folder, "seed-" + name), "wb") as f:
        f.write(data)
    written[harness] = written.get(harness, 0) + 1


# ---- images -------------------------------------------------------------------------------------

def pixels(w, h, channels):
    return bytes((x * 37 + y * 11 + c * 73) & 0xFF for y in range(h) for x in range(w) for c in range(channels))


def png(w, h, color_type, depth=8):
    channels = {0: 1, 2: 3, 4: 2, 6: 4}[color_type]
    row = w * channels * depth // 8
    raw = pixels(w, h * (depth // 8), channels)
    data = b"".join(b"\0" + raw[y * row:(y + 1) * row] for y in range(h))

    def chunk(kind, body):
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, depth, color_type, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(data)) + chunk(b"IEND", b""))


def bmp(w, h, bits, top_down=False):
    channels = bits // 8
    stride = (w * channels + 3) & ~3
    body = b"".join(pixels(w, 1, channels) + b"\0" * (stride - w * channels) for _ in range(h))
    height = -h if top_down else h
    info = struct.pack("<IiiHHIIiiII", 40, w, height, 1, bits, 0, len(body), 2835, 2835, 0, 0)
    return b"BM" + struct.pack("<IHHI", 14 + len(info) + len(body), 0, 0, 14 + len(info)) + info + body


seed("image", "rgb.png", png(7, 5, 2))
seed("image", "gray.png", png(9, 4, 0))
seed("image", "rgba.png", png(4, 4, 6))
seed("image", "gray-alpha-16bit.png", png(3, 3, 4, 16))
seed("image", "24bit.bmp", bmp(5, 3, 24))
seed("image", "32bit-topdown.bmp", bmp(4, 4, 32, top_down=True))

try:
    from PIL import Image

    def pil(image, fmt, **options):
        buf = io.BytesIO()
        image.save(buf, fmt, **options)
        return buf.getvalue()

    rgb = Image.frombytes("RGB", (12, 8), pixels(12, 8, 3))
    seed("image", "baseline.jpg", pil(rgb, "JPEG", quality=80))
    seed("image", "progressive.jpg", pil(rgb, "JPEG", quality=60, progressive=True))
    seed("image", "gray.jpg", pil(rgb.convert("L"), "JPEG"))
    exif = Image.Exif()
    exif[0x0112] = 6   # orientation: rotate 90° clockwise
    seed("image", "exif-orientation.jpg", pil(rgb, "JPEG", exif=exif.tobytes()))
    seed("image", "cmyk.jpg", pil(rgb.convert("CMYK"), "JPEG"))
    seed("image", "plain.tif", pil(rgb, "TIFF"))
    seed("image", "lzw.tif", pil(rgb, "TIFF", compression="tiff_lzw"))
    seed("image", "big-endian-16bit.tif",
         pil(Image.frombytes("I;16B", (6, 4), pixels(6, 8, 1)), "TIFF"))
    seed("image", "lossy.webp", pil(rgb, "WEBP", quality=50))
    seed("image", "lossless.webp", pil(rgb, "WEBP", lossless=True))
    seed("image", "alpha.webp", pil(rgb.convert("RGBA"), "WEBP", quality=50))
except ImportError:
    print("make_seeds: no Pillow; image seeds are PNG and BMP only", file=sys.stderr)

# ---- label CSV ----------------------------------------------------------------------------------

seed("csv", "plain.csv", "filename,label,split\na.png,cat,train\nb.png,dog,val\n")
seed("csv", "bom-crlf.csv", "\ufefffilename,label\r\ncats/a.jpg,cat\r\n\r\nb.jpg,dog\r\n")
seed("csv", "quotes.csv", 'path,label\n"with, comma.png","say ""hi"""\n"multi\nline.png",x\nlast,"q"')
seed("csv", "unicode.csv", "path,label\nkatze/ä.png,Kätzchen\n猫.png,猫\n")

# ---- project file -------------------------------------------------------------------------------

project = {
    "schemaVersion": 1,
    "appVersion": "0.1.0",
    "classes": [{"id": 0, "name": "cat", "color": "#e6194b"},
                {"id": 3, "name": "dog", "color": "#3cb44b", "futureKey": [1, 2]}],
    "images": [{"path": "images/a.png", "label": 0, "split": "train", "hash": "ab" * 32},
               {"path": "../elsewhere/b.jpg", "label": None, "split": None, "hash": ""},
               {"path": "c.jpg", "label": 3, "split": "test", "hash": "cd" * 32, "note": "kept"}],
    "training": {"backbone": "resnet18", "epochs": 10},
    "unknownTopLevel": {"nested": True},
}
seed("project", "project.hone.json", json.dumps(project, indent=2))
seed("project", "minimal.json", '{"schemaVersion": 1}')
seed("project", "empty-lists.json", '{"schemaVersion": 1, "classes": [], "images": []}')

# ---- model metadata -----------------------------------------------------------------------------

metadata = {
    "format": "torchscript", "honeVersion": "0.1.0", "backbone": "resnet18",
    "classes": ["cat", "dog", "bird"],
    "input": {"layout": "NCHW", "dtype": "float32", "size": [3, 224, 224], "imageSize": 224,
              "channelOrder": "RGB", "scale": 1 / 255, "mean": [0.485, 0.456, 0.406],
              "std": [0.229, 0.224, 0.225], "resizePolicy": "resize-shorter-side-then-center-crop"},
    "output": "logits", "runId": "20240101-120000",
}
seed("modelmetadata", "hone.json", json.dumps(metadata))
onnx_like = dict(metadata, format="onnx", output="probabilities", classes=["a", "b"])
seed("modelmetadata", "onnx.json", json.dumps(onnx_like, indent=1))

# ---- safetensors --------------------------------------------------------------------------------

def safetensors(tensors, meta=None):
    header, data = {}, b""
    if meta:
        header["__metadata__"] = meta
    for name, dtype, shape, blob in tensors:
        header[name] = {"dtype": dtype, "shape": shape, "data_offsets": [len(data), len(data) + len(blob)]}
        data += blob
    text = json.dumps(header, separators=(",", ":")).encode()
    text += b" " * (-len(text) % 8)
    return text, data


small = [("conv.weight", "F32", [2, 3], struct.pack("<6f", *range(6))),
         ("bn.num_batches_tracked", "I64", [], struct.pack("<q", 7)),
         ("fc.bias", "F16", [2], b"\x00\x3c\x00\xc0"),
         ("mask", "BOOL", [3], b"\x01\x00\x01"),
         ("empty", "BF16", [0, 4], b"")]
for name, (text, data) in {"small": safetensors(small, {"format": "pt", "source": "hone"}),
                           "empty": safetensors([]),
                           "u8-i32": safetensors([("u", "U8", [4], b"abcd"),
                                                  ("i", "I32", [1, 1], struct.pack("<i", -5))])}.items():
    # The harness's first byte: even = the file as it is, odd = header NUL data.
    seed("safetensors", name + ".raw", b"\0" + struct.pack("<Q", len(text)) + text + data)
    seed("safetensors", name + ".split", b"\1" + text + b"\0" + data)
    seed("jsonreader", name + "-header.json", text)
seed("jsonreader", "escapes.json", r'{"a\u00e9\ud83d\ude00":["x\n\t\"\\\/",-0.5e+3,0,true,false,null,{}]}')
seed("jsonreader", "numbers.json", "[9223372036854775807,-9223372036854775808,1.0,1e5,-0]")

# ---- torch.save archives and their pickles ------------------------------------------------------

def stored_zip(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as z:
        for name, data in files:
            z.writestr(name, data)
    return buf.getvalue()


def zip64_zip(files):
    """Stored records with every size and offset in zip64 fields, as writers lay out files past 4 GiB."""
    out, central = bytearray(), bytearray()
    for name, data in files:
        offset, crc, raw = len(out), zlib.crc32(data), name.encode()
        extra = struct.pack("<HHQQ", 1, 16, len(data), len(data))
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 45, 0, 0, 0, 0x21, crc, 0xFFFFFFFF, 0xFFFFFFFF,
                           len(raw), len(extra)) + raw + extra + data
        extra = struct.pack("<HHQQQ", 1, 24, len(data), len(data), offset)
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 45, 45, 0, 0, 0, 0x21, crc, 0xFFFFFFFF,
                               0xFFFFFFFF, len(raw), len(extra), 0, 0, 0, 0, 0xFFFFFFFF) + raw + extra
    central_offset = len(out)
    out += central
    end64 = len(out)
    out += struct.pack("<IQHHIIQQQQ", 0x06064B50, 44, 45, 45, 0, 0, len(files), len(files), len(central),
                       central_offset)
    out += struct.pack("<IIQI", 0x07064B50, 0, end64, 1)
    out += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, 0xFFFF, 0xFFFF, 0xFFFFFFFF, 0xFFFFFFFF, 0)
    return bytes(out)


def pickle_str(s):
    s = s.encode()
    return b"X" + struct.pack("<I", len(s)) + s


# A protocol 2 state dict {"w": tensor of 6 floats, "step": 3}, written the way torch.save does.
hand_pickle = (b"\x80\x02}q\x00(" + pickle_str("w")
               + b"ctorch._utils\n_rebuild_tensor_v2\nq\x01((" + pickle_str("storage")
               + b"ctorch\nFloatStorage\nq\x02" + pickle_str("0") + pickle_str("cpu") + b"K\x06tq\x03Q"
               + b"K\x00K\x02K\x03\x86K\x03K\x01\x86\x89ccollections\nOrderedDict\nq\x04)Rq\x05tq\x06R"
               + pickle_str("step") + b"K\x03u.")
six_floats = struct.pack("<6f", *range(6))
seed("unpickler", "hand.pkl", hand_pickle)
seed("torchpickle", "hand", bytes([24, 0, 0, 0]) + hand_pickle)
hand_files = [("archive/data.pkl", hand_pickle), ("archive/data/0", six_floats), ("archive/version", b"3\n")]
seed("torcharchive", "hand.pth", stored_zip(hand_files))
seed("torcharchive", "hand-zip64.pth", zip64_zip(hand_files))
deflated = io.BytesIO()
with zipfile.ZipFile(deflated, "w", zipfile.ZIP_DEFLATED) as z:
    for name, data in hand_files:
        z.writestr(name, data)
seed("torcharchive", "hand-deflated.pth", deflated.getvalue())

try:
    import collections
    import torch

    def saved(obj):
        buf = io.BytesIO()
        torch.save(obj, buf)
        return buf.getvalue()

    def data_pkl(archive):
        with zipfile.ZipFile(io.BytesIO(archive)) as z:
            return z.read(next(n for n in z.namelist() if n.endswith("/data.pkl")))

    base = torch.arange(6, dtype=torch.float32).reshape(2, 3)
    states = {
        "state-dict": collections.OrderedDict([("conv.weight", base), ("conv.bias", torch.zeros(2)),
                                               ("bn.num_batches_tracked", torch.tensor(5))]),
        "views": {"w": base, "wt": base.t(), "row": base[1], "half": torch.ones(3, 1, dtype=torch.float16),
                  "ids": torch.arange(4), "flags": torch.tensor([True, False])},
        "checkpoint": {"epoch": 3, "state_dict": {"fc.weight": torch.ones(2, 2, dtype=torch.float64)},
                       "lr": 0.1, "name": "run"},
        "parameters": {"p": torch.nn.Parameter(torch.ones(3)), "b": torch.zeros(1, dtype=torch.uint8)},
    }
    for name, state in states.items():
        archive = saved(state)
        seed("torcharchive", name + ".pth", archive)
        pickle = data_pkl(archive)
        seed("unpickler", name + ".pkl", pickle)
        with zipfile.ZipFile(io.BytesIO(archive)) as z:
            sizes = {n.rsplit("/", 1)[1]: z.getinfo(n).file_size for n in z.namelist() if "/data/" in n}
        if set(sizes) <= {"0", "1", "2", "3"} and all(v < 256 for v in sizes.values()):
            seed("torchpickle", name, bytes(sizes.get(str(k), 0) for k in range(4)) + pickle)
except ImportError:
    print("make_seeds: no PyTorch; archive seeds are hand-made only", file=sys.stderr)

print("make_seeds: " + ", ".join(f"{h} {n}" for h, n in sorted(written.items())))
