// Runs an ONNX model with onnxruntime-node (a consumer independent of Hone, LibTorch and OpenCV)
// on a raw float32 NCHW input file and prints the first output as JSON.
// usage: node ort_run.js MODEL INPUT.bin N C H W   (NODE_PATH must reach onnxruntime-node)
const fs = require('fs');
const ort = require('onnxruntime-node');

(async () => {
    const [model, input, n, c, h, w] = process.argv.slice(2);
    const dims = [n, c, h, w].map(Number);
    const bytes = fs.readFileSync(input);
    const data = new Float32Array(bytes.buffer, bytes.byteOffset, bytes.length / 4);
    const session = await ort.InferenceSession.create(model);
    const feeds = {};
    feeds[session.inputNames[0]] = new ort.Tensor('float32', data, dims);
    const out = await session.run(feeds);
    const first = out[session.outputNames[0]];
    console.log(JSON.stringify({name: session.outputNames[0], dims: first.dims, values: Array.from(first.data)}));
})().catch((e) => {
    console.error(String(e));
    process.exit(1);
});
