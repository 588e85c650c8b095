import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import onnxProto from 'onnx-proto';
import * as ort from 'onnxruntime-node';
import { DetectionService, normalizeInputToRgb, type OrtInferenceSession, type OrtModule } from 'paddleocr';
import { decodeImageFile } from '#host/ocr/decode-image-file';
import { paddleModelFiles } from '#host/ocr/ocr-model-files';
import { RECOGNIZER_INT8_TABLE, sha256, type RecognizerInt8Table } from '#host/ocr/recognizer-int8-table';
import { createPaddlePipeline } from '#ocr-core/paddle-pipeline';
import { fusePpocrGraph } from '#ocr-core/ppocr-graph-fusion';
import { prepareInt8Region } from '#ocr-core/ppocr-int8';
import { preprocessForOcr } from '#ocr-core/preprocess';
import { ensureOcrFixtureSet } from '#test-support/ocr-fixtures/ocr-fixture-set';
import { calibrationPages } from './calibration-pages';

/**
 * `npm run ocr:calibrate`: measures the activation ranges of the int8 recogniser and writes
 * electron/node/ocr/ppocr-rec-int8-ranges.json. Run again only when the model file changes
 * (the CLI refuses a table made for another file).
 * - Data: the calibration pages (bench/ocr/calibration-pages.ts, none of the benchmark's text),
 *   clean and camera takes, read by the float pipeline exactly as the CLI reads pages; every
 *   line the recogniser is given is also run through the prepared float graph with each tensor
 *   of the int8 region as an output.
 * - Range of a tensor: the mean over lines of each line's min and max. With the global min/max a
 *   few lines' outliers set a coarse step for every line: int8 text differed from float in 98 of
 *   5,266 characters of these pages, against 25–30 (onnxruntime's MinMax calibrator has the same
 *   "moving average" option for this reason). Ranges 10% narrower than these made the text
 *   collapse, so they are not tightened (docs/decisions/ocr-engines.md).
 */
const sessionOptions = { intraOpNumThreads: 1, interOpNumThreads: 1, executionMode: 'sequential', graphOptimizationLevel: 'all', logSeverityLevel: 3 } as const;
const { onnx } = onnxProto;

const files = await paddleModelFiles();
const recognizerBytes = await readFile(files.recognition);
const fused = fusePpocrGraph(recognizerBytes, { greedyCtcOutputs: true }).bytes;
const model = onnx.ModelProto.decode(fused);
const region = prepareInt8Region(model);
if (!region) throw new Error('the recogniser does not start with a PP-LCNet backbone');
const inputName = model.graph!.input![0]!.name!;
model.graph!.output = [...(model.graph!.output ?? []), ...region.calibrated.filter((t) => t !== inputName).map((name) => onnx.ValueInfoProto.create({ name, type: { tensorType: { elemType: 1 } } }))];
const observer = await ort.InferenceSession.create(onnx.ModelProto.encode(model).finish(), sessionOptions);

const perLine = new Map<string, { lo: number; hi: number; n: number }>();
let lines = 0;
async function observe(feeds: Record<string, ort.Tensor>): Promise<void> {
  const outputs: Record<string, ort.Tensor> = { ...(await observer.run(feeds)), [inputName]: feeds[inputName]! };
  lines++;
  for (const name of region!.calibrated) {
    const data = outputs[name]!.data as Float32Array;
    let lo = Infinity;
    let hi = -Infinity;
    for (let i = 0; i < data.length; i++) {
      const v = data[i]!;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
    const sum = perLine.get(name) ?? { lo: 0, hi: 0, n: 0 };
    perLine.set(name, { lo: sum.lo + lo, hi: sum.hi + hi, n: sum.n + 1 });
  }
}

const recognition = await ort.InferenceSession.create(fused, sessionOptions);
// The session the pipeline sees: each line is observed, then read as usual.
const observed = { inputNames: recognition.inputNames, outputNames: recognition.outputNames, run: async (feeds: Record<string, ort.Tensor>) => (await observe(feeds), recognition.run(feeds)) };
const detection = await ort.InferenceSession.create(fusePpocrGraph(await readFile(files.detection)).bytes, sessionOptions);
const engine = createPaddlePipeline({ DetectionService, normalizeInputToRgb }, ort as unknown as OrtModule, {
  detection: detection as unknown as OrtInferenceSession,
  recognition: observed,
  dictionary: await readFile(files.dictionary, 'utf8'),
});
const pages = calibrationPages();
const images = await ensureOcrFixtureSet({ pages });
for (const image of images) {
  const prepared = preprocessForOcr(await decodeImageFile(image.file), { camera: image.variant === 'camera' });
  if (!prepared.empty) await engine.recognize(prepared.image);
  process.stderr.write('.');
}
const round = (v: number) => Number(v.toPrecision(6));
const table: RecognizerInt8Table = {
  format: 1,
  modelSha256: sha256(recognizerBytes),
  method: 'mean over calibration lines of each line’s min and max, per tensor',
  calibration: { pages: pages.length, images: images.length, lines },
  ranges: Object.fromEntries([...perLine].map(([name, s]) => [name, [round(s.lo / s.n), round(s.hi / s.n)] as const])),
};
await writeFile(fileURLToPath(RECOGNIZER_INT8_TABLE), `${JSON.stringify(table, null, 1)}\n`);
console.log(`\n${Object.keys(table.ranges).length} tensors calibrated on ${lines} lines of ${images.length} images (${pages.length} pages): ${fileURLToPath(RECOGNIZER_INT8_TABLE)}`);
