import onnxProto from 'onnx-proto';
import { floatConstants, readFloats } from './onnx-tensor-data';

type Model = onnxProto.onnx.ModelProto;
type Node = onnxProto.onnx.INodeProto;
type Tensor = onnxProto.onnx.ITensorProto;
type Attribute = onnxProto.onnx.IAttributeProto;

const { onnx } = onnxProto;
const FLOAT = 1;
const UINT8 = 2;
const INT8 = 3;
const INT32 = 6;
const INT64 = 7;
const MS_DOMAIN = 'com.microsoft';

/** Calibrated range of one activation tensor of the prepared graph: [min, max]. */
export type ActivationRanges = Record<string, readonly [number, number]>;

/** The tensors of the int8 region and how each is quantized. */
export interface Int8Region {
  /** Tensors whose uint8 scale comes from calibration. */
  calibrated: string[];
  /** Tensors with a scale known exactly (a hard-sigmoid's output is in [0, 1]). */
  fixed: Record<string, readonly [number, number]>;
  /**
   * Tensors read only by a hard-swish, with the value at or below which its output is 0 (−β/α,
   * −3): every value below it is the same to the rest of the graph, so the uint8 range starts
   * there, not at the tensor's far lower tail (a two-times finer step for the stem's convs).
   */
  floors: Record<string, number>;
  /**
   * The stem's tensors, kept in float: everything up to the output of the model's fourth conv
   * (the stride-2 stem conv, the first depthwise-separable block, the second block's depthwise
   * conv, all at 24×W/2 and above). Measured on the calibration pages: int8 against float text,
   * 29 characters of 5,266 differed with the stem in int8, 14 with it in float (the first layers
   * are the most sensitive to rounding, as usual for int8); a line takes ~1% longer (320 px:
   * 9.57 → 9.69 ms), the stem being the cheapest part of the recogniser.
   */
  floatStem: string[];
}

const FLOAT_STEM_CONVS = 4;

export interface Int8Report {
  /** Convs given int8 weights (onnxruntime runs each as one QLinearConv). */
  convs: number;
}

const ELEMENTWISE = new Set(['Clip', 'Relu', 'Mul', 'Add', 'HardSigmoid', 'GlobalAveragePool', 'BatchNormalization']);

/**
 * Step 1 of two (the calibration script and the runtime both run it): rewrites the recogniser's
 * PP-LCNetV3 backbone (the graph's longest prefix of convs and their element-wise steps) into ops
 * that all have an int8 form, with exact algebra, and names the tensors to calibrate:
 * - BatchNormalization after a conv folded into it;
 * - a scalar Mul/Add (the affine block left before a pooling) as a 1×1 depthwise conv;
 * - HardSigmoid(x) = clamp(αx + β, 0, 1) as a 1×1 depthwise conv (weight α, bias β) whose uint8
 *   output at scale 1/255, zero point 0 does the clamp by saturation — so hard-swish, x ·
 *   HardSigmoid(x), becomes QLinearConv + QLinearMul instead of leaving int8 for two float passes
 *   (measured: a 240-channel block 1.25 ms in float, 0.59 ms so; with float hard-swish between
 *   int8 convs the whole recogniser was slower than float).
 * Returns undefined when the graph does not start with such a backbone.
 */
export function prepareInt8Region(model: Model): Int8Region | undefined {
  const graph = model.graph!;
  const constants = floatConstants(model);
  const nodes = (graph.node ?? []).filter((n) => n.opType !== 'Constant');
  const constantNodes = (graph.node ?? []).filter((n) => n.opType === 'Constant');
  const channels = new Map<string, number>();
  const region: Node[] = [];
  const added: Tensor[] = [];
  const consumers = (name: string) => nodes.filter((n) => n.input?.includes(name));
  const isConst = (name: string | undefined) => name !== undefined && constants.has(name);
  const graphInput = graph.input?.[0]?.name ?? 'x';
  const inputChannels = Number(graph.input?.[0]?.type?.tensorType?.shape?.dim?.[1]?.dimValue ?? 3);
  channels.set(graphInput, inputChannels);
  const depthwise = (name: string, input: string, c: number, weight: Float32Array, bias: Float32Array, output: string): Node => {
    added.push(floatTensor(`${name}/w`, [c, 1, 1, 1], weight), floatTensor(`${name}/b`, [c], bias));
    constants.set(`${name}/w`, added.at(-2)!).set(`${name}/b`, added.at(-1)!);
    return onnx.NodeProto.create({ opType: 'Conv', name, input: [input, `${name}/w`, `${name}/b`], output: [output], attribute: [intAttribute('group', c), intsAttribute('kernel_shape', [1, 1])] });
  };
  const fixed: Record<string, readonly [number, number]> = {};
  const opset = Number((model.opsetImport ?? []).find((o) => (o.domain ?? '') === '')?.version ?? 9);
  const hardSigmoids: { input: string; output: string; zeroBelow: number }[] = [];
  let i = 0;
  for (; i < nodes.length; i++) {
    const node = nodes[i]!;
    const inputs = (node.input ?? []).filter((x) => !isConst(x));
    if (!ELEMENTWISE.has(node.opType!) && node.opType !== 'Conv') break;
    if (inputs.some((x) => !channels.has(x))) break;
    const c = channels.get(inputs[0]!)!;
    if (node.opType === 'Conv') {
      const weight = constants.get(node.input![1]!);
      if (!weight || (node.input![2] && !isConst(node.input![2]))) break;
      channels.set(node.output![0]!, Number(weight.dims![0]));
      region.push(node);
      continue;
    }
    if (node.opType === 'BatchNormalization') {
      const conv = region.at(-1);
      if (!conv || conv.opType !== 'Conv' || conv.output![0] !== node.input![0] || consumers(conv.output![0]!).length !== 1) break;
      foldBatchNorm(conv, node, constants, added);
      conv.output = [node.output![0]!];
      channels.set(node.output![0]!, c);
      nodes.splice(i--, 1);
      continue;
    }
    if ((node.opType === 'Mul' || node.opType === 'Add') && inputs.length === 1) {
      const value = scalarOf(constants.get((node.input ?? []).find(isConst)!));
      if (value === undefined) break;
      const replacement = depthwise(node.name || `${node.output![0]}/affine`, inputs[0]!, c, new Float32Array(c).fill(node.opType === 'Mul' ? value : 1), new Float32Array(c).fill(node.opType === 'Mul' ? 0 : value), node.output![0]!);
      nodes[i] = replacement;
      region.push(replacement);
      channels.set(node.output![0]!, c);
      continue;
    }
    if (node.opType === 'HardSigmoid') {
      const alpha = node.attribute?.find((a) => a.name === 'alpha')?.f ?? 0.2;
      const beta = node.attribute?.find((a) => a.name === 'beta')?.f ?? 0.5;
      const out = node.output![0]!;
      const affine = depthwise(`${out}/affine`, inputs[0]!, c, new Float32Array(c).fill(alpha), new Float32Array(c).fill(beta), `${out}/affine`);
      // The float graph (calibration) clamps; in int8 the uint8 output at scale 1/255 saturates to the
      // same [0, 1], and onnxruntime drops the Clip before the Q (its Clip/Q fusion).
      const clip = clipNode(`${out}/clip`, `${out}/affine`, out, opset, added);
      nodes.splice(i, 1, affine, clip);
      i++;
      region.push(affine, clip);
      fixed[`${out}/affine`] = [0, 1];
      fixed[out] = [0, 1];
      hardSigmoids.push({ input: inputs[0]!, output: out, zeroBelow: -beta / alpha });
      channels.set(node.output![0]!, c);
      continue;
    }
    if (node.opType === 'Mul' && inputs.length !== 2) break;
    if (node.opType === 'Add' && inputs.length !== 2) break;
    channels.set(node.output![0]!, Math.max(...inputs.map((x) => channels.get(x)!)));
    region.push(node);
  }
  if (!region.some((n) => n.opType === 'Conv')) return undefined;
  graph.node = [...constantNodes, ...nodes];
  graph.initializer = [...(graph.initializer ?? []), ...added];
  const tensors = [graphInput, ...region.flatMap((n) => n.output ?? [])];
  const floors: Record<string, number> = {};
  for (const { input, output, zeroBelow } of hardSigmoids) {
    // x · HardSigmoid(x) and nothing else reads x: the hard-sigmoid's affine conv and the product.
    const readers = nodes.filter((n) => n.input?.includes(input));
    const onlyHardSwish = readers.length === 2 && readers.every((n) => n.name === `${output}/affine` || (n.opType === 'Mul' && n.input!.includes(output)));
    if (onlyHardSwish && !(graph.output ?? []).some((o) => o.name === input)) floors[input] = zeroBelow;
  }
  const modelConvs = region.filter((n) => n.opType === 'Conv' && !n.name?.endsWith('/affine') && !isUnitDepthwise(n, constants));
  const stemEnd = tensors.indexOf(modelConvs[Math.min(FLOAT_STEM_CONVS, modelConvs.length) - 1]!.output![0]!);
  return { calibrated: tensors.filter((t) => !(t in fixed)), fixed, floors, floatStem: tensors.slice(0, stemEnd + 1) };
}

/**
 * Step 2: static int8 quantization of the prepared region in QDQ form, from a committed range
 * table (bench/ocr/calibrate-int8.ts measures it on calibration pages that are not the
 * benchmark's):
 * - every activation tensor of the region uint8, asymmetric, one scale per tensor;
 * - conv weights int8, symmetric, one scale per output channel (max |w| / 127);
 * - conv bias int32 at scale s_input · s_weight[channel], as QLinearConv wants it.
 * onnxruntime's QDQ transformer turns DQ → Conv → Q into QLinearConv (NHWC, u8s8 kernels with
 * VNNI on this CPU), DQ·DQ → Mul → Q into QLinearMul, and so on. Q/DQ are the com.microsoft ops:
 * they take a channel axis at any opset, and PP-OCR's recogniser is opset 9 (ONNX's need 13).
 * Hand-written for the same reason as the fusion: onnxruntime's quantizer is Python only.
 */
export function quantizeInt8Region(model: Model, region: Int8Region, ranges: ActivationRanges): Int8Report {
  const graph = model.graph!;
  const constants = floatConstants(model);
  const floatTensors = new Set(region.floatStem);
  const missing = region.calibrated.filter((t) => !ranges[t]);
  if (missing.length > 0) throw new Error(`int8 range table has no entry for ${missing.length} tensors (${missing.slice(0, 3).join(', ')} …): it was made for another model`);
  const params = new Map<string, { scale: number; zeroPoint: number }>();
  for (const t of region.calibrated) if (!floatTensors.has(t)) params.set(t, uint8Params([Math.max(ranges[t]![0], region.floors[t] ?? -Infinity), ranges[t]![1]]));
  for (const [t, range] of Object.entries(region.fixed)) if (!floatTensors.has(t)) params.set(t, { scale: (range[1] - range[0]) / 255, zeroPoint: 0 });
  const added: Tensor[] = [];
  const dequantized = (t: string) => `${t}/int8/dq`;
  const result: Node[] = [];
  const report: Int8Report = { convs: 0 };
  const qdqAfter = (t: string): Node[] => {
    const { scale, zeroPoint } = params.get(t)!;
    added.push(floatTensor(`${t}/int8/scale`, [], new Float32Array([scale])), onnx.TensorProto.create({ name: `${t}/int8/zero_point`, dataType: UINT8, dims: [], rawData: new Uint8Array([zeroPoint]) }));
    return [qdq('QuantizeLinear', [t, `${t}/int8/scale`, `${t}/int8/zero_point`], `${t}/int8/q`), qdq('DequantizeLinear', [`${t}/int8/q`, `${t}/int8/scale`, `${t}/int8/zero_point`], dequantized(t))];
  };
  const graphInput = graph.input?.[0]?.name ?? 'x';
  if (params.has(graphInput)) result.push(...qdqAfter(graphInput));
  for (const node of graph.node ?? []) {
    const inRegion = (node.output ?? []).length === 1 && params.has(node.output![0]!);
    // Every reader of a quantized tensor reads its dequantized copy (the region's and the float neck after it).
    node.input = (node.input ?? []).map((x) => (params.has(x) ? dequantized(x) : x));
    const convInput = node.opType === 'Conv' ? params.get(node.input[0]!.slice(0, -'/int8/dq'.length)) : undefined;
    if (inRegion && convInput) {
      const inputScale = convInput.scale;
      const out = node.output![0]!;
      const weight = constants.get(node.input[1]!)!;
      const { values, scales } = int8PerChannel(readFloats(weight), Number(weight.dims![0]));
      const c = scales.length;
      const axis0 = [intAttribute('axis', 0)];
      added.push(
        onnx.TensorProto.create({ name: `${out}/int8/w`, dataType: INT8, dims: (weight.dims ?? []).map(Number), rawData: bytesOf(values) }),
        floatTensor(`${out}/int8/w_scale`, [c], scales),
        onnx.TensorProto.create({ name: `${out}/int8/w_zero_point`, dataType: INT8, dims: [c], rawData: new Uint8Array(c) }),
      );
      result.push(qdq('DequantizeLinear', [`${out}/int8/w`, `${out}/int8/w_scale`, `${out}/int8/w_zero_point`], `${out}/int8/w_dq`, axis0));
      const inputs = [node.input[0]!, `${out}/int8/w_dq`];
      if (node.input[2]) {
        const biasScales = scales.map((s) => s * inputScale);
        const bias = Int32Array.from(readFloats(constants.get(node.input[2])!), (b, o) => Math.round(b / biasScales[o]!));
        added.push(
          onnx.TensorProto.create({ name: `${out}/int8/b`, dataType: INT32, dims: [c], rawData: bytesOf(bias) }),
          floatTensor(`${out}/int8/b_scale`, [c], biasScales),
          onnx.TensorProto.create({ name: `${out}/int8/b_zero_point`, dataType: INT32, dims: [c], rawData: new Uint8Array(4 * c) }),
        );
        result.push(qdq('DequantizeLinear', [`${out}/int8/b`, `${out}/int8/b_scale`, `${out}/int8/b_zero_point`], `${out}/int8/b_dq`, axis0));
        inputs.push(`${out}/int8/b_dq`);
      }
      node.input = inputs;
      report.convs++;
    }
    result.push(node);
    if (inRegion) result.push(...qdqAfter(node.output![0]!));
  }
  // The float weights the int8 copies replaced are read by nothing now: drop them (and the
  // memory they hold) rather than leave onnxruntime to warn about each one.
  const read = new Set(result.flatMap((n) => n.input ?? []));
  for (const output of graph.output ?? []) read.add(output.name ?? '');
  graph.node = result.filter((n) => n.opType !== 'Constant' || read.has(n.output![0]!));
  graph.initializer = [...(graph.initializer ?? []), ...added].filter((t) => read.has(t.name ?? ''));
  upgradeForQLinearOps(model);
  return report;
}

/** uint8 affine parameters covering [min, max] and always 0 (zero padding must stay exactly 0). */
export function uint8Params([min, max]: readonly [number, number]): { scale: number; zeroPoint: number } {
  const lo = Math.min(min, 0);
  const hi = Math.max(max, 0);
  const scale = hi > lo ? (hi - lo) / 255 : 1;
  return { scale, zeroPoint: Math.min(255, Math.max(0, Math.round(-lo / scale))) };
}

function int8PerChannel(weights: Float32Array, channels: number): { values: Int8Array; scales: Float32Array } {
  const per = weights.length / channels;
  const values = new Int8Array(weights.length);
  const scales = new Float32Array(channels);
  for (let o = 0; o < channels; o++) {
    let max = 0;
    for (let i = o * per; i < (o + 1) * per; i++) max = Math.max(max, Math.abs(weights[i]!));
    const scale = max > 0 ? max / 127 : 1;
    scales[o] = scale;
    for (let i = o * per; i < (o + 1) * per; i++) values[i] = Math.round(weights[i]! / scale);
  }
  return { values, scales };
}

/** Conv(W, B) → BatchNormalization(γ, β, μ, σ²)  ⇒  Conv(W·k, (B − μ)·k + β), k = γ / √(σ² + ε), per channel. */
function foldBatchNorm(conv: Node, bn: Node, constants: Map<string, Tensor>, added: Tensor[]): void {
  const [gamma, beta, mean, variance] = bn.input!.slice(1).map((name) => readFloats(constants.get(name)!)) as [Float32Array, Float32Array, Float32Array, Float32Array];
  const epsilon = bn.attribute?.find((a) => a.name === 'epsilon')?.f ?? 1e-5;
  const weight = readFloats(constants.get(conv.input![1]!)!);
  const c = gamma.length;
  const per = weight.length / c;
  const bias = conv.input![2] ? readFloats(constants.get(conv.input![2])!) : new Float32Array(c);
  const newBias = new Float32Array(c);
  for (let o = 0; o < c; o++) {
    const k = gamma[o]! / Math.sqrt(variance[o]! + epsilon);
    for (let j = o * per; j < (o + 1) * per; j++) weight[j] = weight[j]! * k;
    newBias[o] = (bias[o]! - mean[o]!) * k + beta[o]!;
  }
  const name = `${bn.output![0]}/folded`;
  const w = floatTensor(`${name}/w`, (constants.get(conv.input![1]!)!.dims ?? []).map(Number), weight);
  const b = floatTensor(`${name}/b`, [c], newBias);
  added.push(w, b);
  constants.set(w.name!, w).set(b.name!, b);
  conv.input = [conv.input![0]!, w.name!, b.name!];
}

/** Clip to [0, 1]: bounds as attributes before opset 11, as inputs from it. */
function clipNode(name: string, input: string, output: string, opset: number, added: Tensor[]): Node {
  if (opset < 11) return onnx.NodeProto.create({ opType: 'Clip', name, input: [input], output: [output], attribute: [floatAttribute('min', 0), floatAttribute('max', 1)] });
  added.push(floatTensor(`${name}/min`, [], new Float32Array([0])), floatTensor(`${name}/max`, [], new Float32Array([1])));
  return onnx.NodeProto.create({ opType: 'Clip', name, input: [input, `${name}/min`, `${name}/max`], output: [output] });
}

function qdq(opType: 'QuantizeLinear' | 'DequantizeLinear', input: string[], output: string, attribute: Attribute[] = []): Node {
  return onnx.NodeProto.create({ opType, domain: MS_DOMAIN, name: output, input, output: [output], attribute });
}

/**
 * QLinearConv is an ONNX op from opset 10, so an opset-9 graph (the recogniser) moves to 10. Of
 * the ops PP-OCR's graphs use, only Slice changed between 9 and 10 (its starts/ends/axes
 * attributes became inputs); those are rewritten. The com.microsoft domain is declared for Q/DQ.
 */
function upgradeForQLinearOps(model: Model): void {
  const main = (model.opsetImport ?? []).find((o) => (o.domain ?? '') === '');
  if (main && Number(main.version) < 10) {
    const graph = model.graph!;
    const added: Tensor[] = [];
    for (const node of graph.node ?? []) {
      if (node.opType !== 'Slice' || (node.input ?? []).length > 1) continue;
      const ints = (name: string) => node.attribute?.find((a) => a.name === name)?.ints?.map(Number);
      const parts = { starts: ints('starts'), ends: ints('ends'), axes: ints('axes') };
      if (!parts.starts || !parts.ends) throw new Error(`Slice ${node.name}: no starts/ends to carry to opset 10`);
      const inputs = [node.input![0]!];
      for (const [key, values] of Object.entries(parts)) {
        if (!values) continue;
        const name = `${node.output![0]}/${key}`;
        added.push(onnx.TensorProto.create({ name, dataType: INT64, dims: [values.length], rawData: bytesOf(BigInt64Array.from(values, BigInt)) }));
        inputs.push(name);
      }
      node.input = inputs;
      node.attribute = [];
    }
    graph.initializer = [...(graph.initializer ?? []), ...added];
    main.version = 10;
  }
  if (!(model.opsetImport ?? []).some((o) => o.domain === MS_DOMAIN)) model.opsetImport = [...(model.opsetImport ?? []), onnx.OperatorSetIdProto.create({ domain: MS_DOMAIN, version: 1 })];
}

/** A 1×1 depthwise conv of weight 1: a per-channel shift the fusion made from a scalar Add. */
function isUnitDepthwise(conv: Node, constants: Map<string, Tensor>): boolean {
  const weight = constants.get(conv.input?.[1] ?? '');
  const dims = (weight?.dims ?? []).map(Number);
  return dims.length === 4 && dims[1] === 1 && dims[2] === 1 && dims[3] === 1 && readFloats(weight!).every((w) => w === 1);
}

function scalarOf(tensor: Tensor | undefined): number | undefined {
  if (!tensor) return undefined;
  const values = readFloats(tensor);
  return values.length === 1 ? values[0] : undefined;
}

function floatTensor(name: string, dims: number[], values: Float32Array): Tensor {
  return onnx.TensorProto.create({ name, dataType: FLOAT, dims, rawData: bytesOf(values) });
}

function intAttribute(name: string, value: number): Attribute {
  return onnx.AttributeProto.create({ name, type: 2, i: value });
}

function floatAttribute(name: string, value: number): Attribute {
  return onnx.AttributeProto.create({ name, type: 1, f: value });
}

function intsAttribute(name: string, values: number[]): Attribute {
  return onnx.AttributeProto.create({ name, type: 7, ints: values });
}

function bytesOf(view: ArrayBufferView): Uint8Array {
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}
