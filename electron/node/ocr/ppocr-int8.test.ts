import { mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import onnxProto from 'onnx-proto';
import * as ort from 'onnxruntime-node';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fusePpocrGraph } from '#ocr-core/ppocr-graph-fusion';
import { prepareInt8Region, quantizeInt8Region, uint8Params } from '#ocr-core/ppocr-int8';
import { firstOutput, pseudoRandomInput, singleThreadSession } from '#test-support/onnx/model-runs';
import { paddleModelFiles } from './ocr-model-files';
import { createPaddleNodeEngine } from './paddle-node-engine';
import { recognizeFile } from './recognize-file';
import { Int8TableMismatchError, recognizerInt8Ranges, RECOGNIZER_INT8_TABLE } from './recognizer-int8-table';

const { onnx } = onnxProto;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'ppocr-int8-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the int8 recogniser', () => {
  it('prepares the backbone with exact algebra: the float graph before quantization computes the same logits', async () => {
    const fused = fusePpocrGraph(await readFile((await paddleModelFiles()).recognition)).bytes;
    const model = onnx.ModelProto.decode(fused);
    const region = prepareInt8Region(model)!;
    // The whole PP-LCNetV3 backbone: its 28 hard-swishes each give an exact-range tensor pair.
    expect(region.calibrated.length).toBeGreaterThan(80);
    expect(Object.keys(region.fixed).length).toBeGreaterThanOrEqual(56);
    // What only a hard-swish reads starts its uint8 range at −3, where the hard-swish reaches 0.
    expect(Object.keys(region.floors).length).toBe(28);
    for (const floor of Object.values(region.floors)) expect(floor).toBeCloseTo(-3, 5);
    // The float stem: up to the second block's depthwise conv.
    expect(region.floatStem.at(-1)).toBe('depthwise_conv2d_1.tmp_0');
    const x = pseudoRandomInput([1, 3, 48, 400], 4242);
    const [a, b] = [await firstOutput(fused, x), await firstOutput(onnx.ModelProto.encode(model).finish(), x)];
    let max = 0;
    for (let i = 0; i < a.length; i++) max = Math.max(max, Math.abs(a[i]! - b[i]!));
    expect(max).toBeLessThan(1e-4);
  });

  it('runs the whole backbone as QLinear ops with the committed table', async () => {
    const files = await paddleModelFiles();
    const bytes = await readFile(files.recognition);
    const { bytes: quantized, report } = fusePpocrGraph(bytes, { greedyCtcOutputs: true, int8Ranges: await recognizerInt8Ranges(files.recognition, bytes) });
    expect(report.int8!.convs).toBeGreaterThan(70);
    const optimized = path.join(dir, 'rec-int8.onnx');
    const session = await ort.InferenceSession.create(quantized, { ...singleThreadSession, optimizedModelFilePath: optimized });
    await session.release();
    const ops: Record<string, number> = {};
    for (const node of onnx.ModelProto.decode(await readFile(optimized)).graph!.node!) ops[node.opType!] = (ops[node.opType!] ?? 0) + 1;
    if (process.env.SHOW_OPS) console.log(ops);
    // Every backbone conv after the float stem and every hard-swish product after it became an
    // int8 op; the float convs left are the stem's eight (4 of the model, 3 hard-sigmoids reading float tensors, 1 shift) and the neck's five.
    expect(ops.QLinearConv).toBe(report.int8!.convs);
    expect(ops.QLinearMul).toBeGreaterThanOrEqual(26);
    expect(ops.HardSigmoid ?? 0).toBe(0);
    expect((ops.Conv ?? 0) + (ops.FusedConv ?? 0)).toBe(13);
  });

  it('reads printed lines as the float recogniser does', async () => {
    const lines = ['公民身份号码：510112196503122420', '联系电话：13981726354，请于3月18日前办理', '村民代表大会于下午2:30召开'];
    const [int8, float] = await Promise.all([createPaddleNodeEngine({ recognizer: 'int8' }), createPaddleNodeEngine({ recognizer: 'float' })]);
    try {
      for (const [i, text] of lines.entries()) {
        const file = path.join(dir, `line-${i}.png`);
        await sharp({ text: { text: `<span foreground="black" background="white">${text}</span>`, font: 'Noto Sans CJK SC 26', rgba: true, dpi: 150 } })
          .flatten({ background: '#ffffff' })
          .extend({ top: 40, bottom: 40, left: 40, right: 40, background: '#ffffff' })
          .png()
          .toFile(file);
        const [a, b] = [await recognizeFile(int8, file, { camera: false }), await recognizeFile(float, file, { camera: false })];
        expect(b.text.replace(/\s/g, '')).toBe(text);
        expect(a.text).toBe(b.text);
      }
    } finally {
      await Promise.all([int8.dispose(), float.dispose()]);
    }
  });

  it('refuses a range table made for another model file, with a message that says what to run', async () => {
    const other = new Uint8Array([1, 2, 3]);
    await expect(recognizerInt8Ranges('other.onnx', other)).rejects.toBeInstanceOf(Int8TableMismatchError);
    await expect(recognizerInt8Ranges('other.onnx', other)).rejects.toThrow(/npm run ocr:calibrate/);
    expect(RECOGNIZER_INT8_TABLE.pathname).toMatch(/ppocr-rec-int8-ranges\.json$/);
  });

  it('refuses ranges that do not cover the region, instead of quantizing part of it blindly', async () => {
    const model = onnx.ModelProto.decode(fusePpocrGraph(await readFile((await paddleModelFiles()).recognition)).bytes);
    const region = prepareInt8Region(model)!;
    expect(() => quantizeInt8Region(model, region, {})).toThrow(/no entry for \d+ tensors/);
  });
});

describe('uint8Params', () => {
  it('represents 0 exactly and covers the range', () => {
    for (const range of [[-0.375, 25.2], [0, 1], [-3.1, 3.1], [0.5, 4]] as const) {
      const { scale, zeroPoint } = uint8Params(range);
      expect(Number.isInteger(zeroPoint)).toBe(true);
      expect(zeroPoint).toBeGreaterThanOrEqual(0);
      expect(zeroPoint).toBeLessThanOrEqual(255);
      expect(scale * (0 - zeroPoint)).toBeLessThanOrEqual(Math.min(range[0], 0) + scale);
      expect(scale * (255 - zeroPoint)).toBeGreaterThanOrEqual(range[1] - scale);
    }
    expect(uint8Params([0, 1])).toEqual({ scale: 1 / 255, zeroPoint: 0 });
  });
});
