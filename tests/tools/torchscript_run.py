"""Loads a TorchScript model with Python's torch.jit.load and runs it on a raw float32 NCHW input
file; prints the output and the embedded Hone metadata as JSON.
usage: /usr/bin/python3 torchscript_run.py MODEL INPUT.bin N C H W"""
import json
import sys

import torch

model_path, input_path = sys.argv[1], sys.argv[2]
n, c, h, w = (int(v) for v in sys.argv[3:7])
extra = {'hone.json': ''}
model = torch.jit.load(model_path, _extra_files=extra)
model.eval()
with open(input_path, 'rb') as f:
    x = torch.frombuffer(bytearray(f.read()), dtype=torch.float32).view(n, c, h, w)
with torch.no_grad():
    y = model(x)
print(json.dumps({'values': y.flatten().tolist(), 'dims': list(y.shape),
                  'metadata': json.loads(extra['hone.json'])}))
