import { readFile } from 'node:fs/promises';
import onnxProto from 'onnx-proto';
import * as ort from 'onnxruntime-node';
import { describe, expect, it } from 'vitest';
import { CTC_BEST_CLASS, CTC_BEST_PROBABILITY, fusePpocrGraph } from '#ocr-core/ppocr-graph-fusion';
import { firstOutput, pseudoRandomInput, singleThreadSession } from '#test-support/onnx/model-runs';
import { paddleModelFiles } from './ocr-model-files';

const { onnx } = onnxProto;

function maxAbsDiff(a: Float32Array, b: Float32Array): number {
  expect(a.length).toBe(b.length);
  let max = 0;
  for (let i = 0; i < a.length; i++) max = Math.max(max, Math.abs(a[i]! - b[i]!));
  return max;
}

function opCounts(bytes: Uint8Array): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const node of onnx.ModelProto.decode(bytes).graph!.node!) counts[node.opType!] = (counts[node.opType!] ?? 0) + 1;
  return counts;
}

describe('fusePpocrGraph on the shipped PP-OCRv4 models', () => {
  it('folds the recogniser’s affine blocks and hard-swishes and computes the same logits', async () => {
    const original = await readFile((await paddleModelFiles()).recognition);
    const { bytes, report } = fusePpocrGraph(original);
    expect(report).toMatchObject({ convAffine: 56, hardSwish: 28 });
    expect(report.addAsConv).toBeGreaterThan(10);
    expect(report.scaleIntoConv + report.biasIntoConv + report.shiftBeforePaddedConv).toBeGreaterThan(30);
    expect(report.nodesAfter).toBeLessThan(report.nodesBefore * 0.7);
    const before = opCounts(original);
    const after = opCounts(bytes);
    // Every decomposed hard-swish (Clip and Div) is gone; the convs are the model's plus the 1×1
    // depthwise ones that replaced the remaining scalar Adds.
    expect(after.Clip ?? 0).toBe(0);
    expect(after.Div ?? 0).toBeLessThan(before.Div!);
    expect(after.Conv).toBe(before.Conv! + report.addAsConv);
    const x = pseudoRandomInput([1, 3, 48, 480]);
    const [a, b] = [await firstOutput(original, x), await firstOutput(bytes, x)];
    expect(maxAbsDiff(a, b)).toBeLessThan(1e-4);
    // Same character at every CTC frame.
    const classes = 6625;
    for (let t = 0; t < a.length / classes; t++) {
      const frameA = a.subarray(t * classes, (t + 1) * classes);
      const frameB = b.subarray(t * classes, (t + 1) * classes);
      expect(frameB.indexOf(Math.max(...frameB))).toBe(frameA.indexOf(Math.max(...frameA)));
    }
  });

  it('gives the recogniser’s per-frame best class and its probability as outputs, for greedy CTC decoding', async () => {
    const original = await readFile((await paddleModelFiles()).recognition);
    const x = pseudoRandomInput([1, 3, 48, 400]);
    const full = await firstOutput(original, x);
    const session = await ort.InferenceSession.create(fusePpocrGraph(original, { greedyCtcOutputs: true }).bytes, singleThreadSession);
    expect([...session.outputNames].sort()).toEqual([CTC_BEST_CLASS, CTC_BEST_PROBABILITY].sort());
    const out = await session.run({ x });
    const best = out[CTC_BEST_CLASS]!.data as BigInt64Array;
    const probability = out[CTC_BEST_PROBABILITY]!.data as Float32Array;
    await session.release();
    const classes = 6625;
    expect(best.length).toBe(full.length / classes);
    for (let t = 0; t < best.length; t++) {
      const frame = full.subarray(t * classes, (t + 1) * classes);
      const max = Math.max(...frame);
      expect(Number(best[t])).toBe(frame.indexOf(max));
      expect(probability[t]).toBeCloseTo(max, 4);
    }
  });

  it('folds the detector the same way and computes the same text map', async () => {
    const original = await readFile((await paddleModelFiles()).detection);
    const { bytes, report } = fusePpocrGraph(original);
    expect(report.convAffine).toBeGreaterThan(40);
    expect(report.hardSwish).toBeGreaterThan(20);
    const x = pseudoRandomInput([1, 3, 320, 320]);
    expect(maxAbsDiff(await firstOutput(original, x), await firstOutput(bytes, x))).toBeLessThan(1e-4);
  });
});

describe('fusePpocrGraph on a small graph', () => {
  const floatTensor = (name: string, dims: number[], values: number[]) => onnx.TensorProto.create({ name, dims, dataType: 1, rawData: new Uint8Array(Float32Array.from(values).buffer) });
  const constant = (name: string, dims: number[], values: number[]) => onnx.NodeProto.create({ opType: 'Constant', output: [name], attribute: [onnx.AttributeProto.create({ name: 'value', type: 4, t: floatTensor(name, dims, values) })] });
  const node = (opType: string, input: string[], output: string, attribute: onnxProto.onnx.IAttributeProto[] = []) => onnx.NodeProto.create({ opType, input, output: [output], attribute });
  const ints = (name: string, values: number[]) => onnx.AttributeProto.create({ name, type: 7, ints: values });
  const valueInfo = (name: string, dims: number[]) => onnx.ValueInfoProto.create({ name, type: { tensorType: { elemType: 1, shape: { dim: dims.map((d) => ({ dimValue: d })) } } } });

  /** Conv(3×3, padded) → ·s → +b → hard-swish → ·s → +b → Conv(3×3, padded); `alsoOutput` makes the first conv's output a graph output too. */
  function model(alsoOutput: boolean): Uint8Array {
    const weights = (n: number) => Array.from({ length: n }, (_, i) => Math.sin(i + 1) * 0.5);
    const graph = onnx.GraphProto.create({
      name: 'block',
      node: [
        constant('w1', [2, 2, 3, 3], weights(36)),
        constant('s1', [], [1.7]),
        constant('b1', [], [0.4]),
        constant('three', [], [3]),
        constant('six', [], [6]),
        constant('s2', [], [0.3]),
        constant('b2', [], [-0.2]),
        constant('w2', [2, 2, 3, 3], weights(36).reverse()),
        node('Conv', ['x', 'w1'], 'c1', [ints('pads', [1, 1, 1, 1]), ints('kernel_shape', [3, 3])]),
        node('Mul', ['s1', 'c1'], 'm1'),
        node('Add', ['m1', 'b1'], 'a1'),
        node('Add', ['a1', 'three'], 'h1'),
        node('Clip', ['h1'], 'h2', [onnx.AttributeProto.create({ name: 'min', type: 1, f: 0 }), onnx.AttributeProto.create({ name: 'max', type: 1, f: 6 })]),
        node('Mul', ['a1', 'h2'], 'h3'),
        node('Div', ['h3', 'six'], 'hs'),
        node('Mul', ['s2', 'hs'], 'm2'),
        node('Add', ['m2', 'b2'], 'a2'),
        node('Conv', ['a2', 'w2'], 'y', [ints('pads', [1, 1, 1, 1]), ints('kernel_shape', [3, 3])]),
      ],
      input: [valueInfo('x', [1, 2, 5, 6])],
      output: [valueInfo('y', [1, 2, 5, 6]), ...(alsoOutput ? [valueInfo('c1', [1, 2, 5, 6])] : [])],
    });
    return onnx.ModelProto.encode(onnx.ModelProto.create({ irVersion: 8, opsetImport: [{ domain: '', version: 9 }], graph })).finish();
  }

  it('keeps the shift in front of the padded conv (zero padding must stay zero), as a 1×1 conv, and changes no output', async () => {
    const original = model(false);
    const { bytes, report } = fusePpocrGraph(original);
    expect(report).toMatchObject({ convAffine: 2, hardSwish: 1, shiftBeforePaddedConv: 1, addAsConv: 1, nodesBefore: 10 });
    const { Constant: _constants, ...ops } = opCounts(bytes);
    // The Add kept in front of the padded conv is itself a 1×1 depthwise conv now.
    expect(ops).toEqual({ Conv: 3, HardSigmoid: 1, Mul: 1 });
    const x = pseudoRandomInput([1, 2, 5, 6]);
    expect(maxAbsDiff(await firstOutput(original, x), await firstOutput(bytes, x))).toBeLessThan(1e-5);
  });

  it('does not fold into a conv whose output is read elsewhere too', () => {
    const { report } = fusePpocrGraph(model(true));
    expect(report.convAffine).toBe(0);
    expect(report.hardSwish).toBe(1);
  });
});
