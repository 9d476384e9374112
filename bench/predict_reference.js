// The prediction benchmark's reference (bench/run-predict.sh): onnxruntime-node on the ONNX file
// Hone exported, fed the float32 NCHW images bench/predict_inputs.py decoded, in batches of BATCH
// (Hone's predictor runs 32), on THREADS intra-op threads. One untimed batch first (session warm-up),
// then REPEATS timed passes over all images; prints "ort SECONDS" of the median pass and the top-1
// class index of every image, one a line, to TOP1.
// usage: node predict_reference.js MODEL INPUT.bin N SIZE TOP1 [BATCH=32] [THREADS=2] [REPEATS=3]
//        (NODE_PATH must reach onnxruntime-node: build/npm/node_modules, installer/install-deps.sh)
const fs = require('fs');
const ort = require('onnxruntime-node');

(async () => {
    const [model, input, n, size, top1Path, batchArg, threadsArg, repeatsArg] = process.argv.slice(2);
    const count = Number(n), side = Number(size);
    const batch = Number(batchArg || 32), threads = Number(threadsArg || 2), repeats = Number(repeatsArg || 3);
    const bytes = fs.readFileSync(input);
    const data = new Float32Array(bytes.buffer, bytes.byteOffset, bytes.length / 4);
    const image = 3 * side * side;
    if (data.length !== count * image)
        throw new Error(`${input} holds ${data.length} floats, not ${count} × 3 × ${side} × ${side}`);
    const session = await ort.InferenceSession.create(model, {
        intraOpNumThreads: threads,
        interOpNumThreads: 1,
        executionMode: 'sequential',
        graphOptimizationLevel: 'all',
    });
    const inputName = session.inputNames[0], outputName = session.outputNames[0];
    const runBatch = async (start) => {
        const m = Math.min(batch, count - start);
        const tensor = new ort.Tensor('float32', data.subarray(start * image, (start + m) * image), [m, 3, side, side]);
        const out = await session.run({[inputName]: tensor});
        return out[outputName];
    };
    await runBatch(0);
    const times = [];
    let top1 = [];
    for (let r = 0; r < repeats; ++r) {
        const labels = [];
        const begin = process.hrtime.bigint();
        for (let start = 0; start < count; start += batch) {
            const logits = await runBatch(start);
            const k = logits.dims[1];
            for (let i = 0; i < logits.dims[0]; ++i) {
                let best = 0;
                for (let j = 1; j < k; ++j) {
                    if (logits.data[i * k + j] > logits.data[i * k + best])
                        best = j;
                }
                labels.push(best);
            }
        }
        times.push(Number(process.hrtime.bigint() - begin) / 1e9);
        top1 = labels;
    }
    times.sort((a, b) => a - b);
    fs.writeFileSync(top1Path, top1.join('\n') + '\n');
    console.log(`ort ${times[Math.floor(times.length / 2)].toFixed(3)} ${times.map((t) => t.toFixed(3)).join(' ')}`);
})().catch((e) => {
    console.error(String(e));
    process.exit(1);
});
