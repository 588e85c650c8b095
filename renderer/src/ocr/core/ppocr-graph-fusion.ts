import onnxProto from 'onnx-proto';
import { floatConstants, readFloats, writeFloats } from './onnx-tensor-data';
import { prepareInt8Region, quantizeInt8Region, type ActivationRanges, type Int8Report } from './ppocr-int8';

type Model = onnxProto.onnx.ModelProto;
type Node = onnxProto.onnx.INodeProto;
type Tensor = onnxProto.onnx.ITensorProto;

const { onnx } = onnxProto;
const FLOAT = 1; // onnx.TensorProto.DataType.FLOAT

export interface GraphFusionOptions {
  /**
   * For the recogniser: replace its [N, frames, classes] probability output by the two things
   * greedy CTC decoding needs, computed in the runtime: `CTC_BEST_CLASS` (ArgMax over classes,
   * int64 [N, frames]) and `CTC_BEST_PROBABILITY` (ReduceMax, float [N, frames]). The full
   * output is 6,625 floats a frame (~29 MB a page) copied out and scanned in JS for the same answer.
   */
  greedyCtcOutputs?: boolean;
  /**
   * For the recogniser: run its backbone in int8 with these calibrated activation ranges
   * (ppocr-int8.ts; the table is made by bench/ocr/calibrate-int8.ts for one model file).
   */
  int8Ranges?: ActivationRanges;
}

/** Output names added by `greedyCtcOutputs`. */
export const CTC_BEST_CLASS = 'ctc_best_class';
export const CTC_BEST_PROBABILITY = 'ctc_best_probability';

export interface GraphFusionReport {
  /** Conv → Mul(s) → Add(b) folded into the conv's weights and bias. */
  convAffine: number;
  /** Add(3) → Clip(0, 6) → Mul(x) → Div(6) rewritten as HardSigmoid(x) → Mul(x). */
  hardSwish: number;
  /** Mul(s) before a conv folded into its weights. */
  scaleIntoConv: number;
  /** Add(b) before an unpadded conv folded into its bias. */
  biasIntoConv: number;
  /** Mul(s) → Add(b) before a padded conv: the Mul folded into it, the Add kept as Add(b / s). */
  shiftBeforePaddedConv: number;
  /** Scalar Add before a conv rewritten as a 1×1 depthwise conv. */
  addAsConv: number;
  nodesBefore: number;
  nodesAfter: number;
}

/**
 * PP-OCRv4's ONNX exports (PP-LCNetV3 backbone, `paddle2onnx`) spell every "learnable affine
 * block" and every hard-swish as separate element-wise nodes: per conv, Mul·Add after it, then
 * Add·Clip·Mul·Div, then Mul·Add again — nine passes over the activations for one conv.
 * onnxruntime fuses none of them (its Conv+Mul fusion wants the constant as the second input,
 * and this opset-9 graph has no HardSwish), so on one CPU thread those passes were more than
 * half of the recogniser's time (profiled: Mul+Add+Clip+Div 54% of a 1440-px line).
 *
 * This rewrites the graph with exact algebra before the session is made, same weights, same
 * function (outputs agree to float rounding, ~1e-6). One thread, a 1440-px line: 126 → 57 ms on
 * onnxruntime-node, the detector about a third faster; on wasm a 1280-px line 258 → 229 ms:
 * - Conv(W, B) → ·s → +b   ⇒  Conv(s·W, s·B + b)
 * - x+3 → clip(0, 6) → ·x → /6  ⇒  x · HardSigmoid(x; α = 1/6, β = 0.5)  (onnxruntime runs it fused)
 * - ·s → Conv(W)  ⇒  Conv(s·W)   (any padding: zero padding commutes with scaling)
 * - +b → Conv(W, B), no padding  ⇒  Conv(W, B + b·ΣW)
 * - ·s → +b → Conv(W) with padding  ⇒  +(b/s) → Conv(s·W)  (zero padding must stay zero)
 * - that remaining +c  ⇒  a 1×1 depthwise Conv(weight 1, bias c), which onnxruntime-node runs in
 *   its blocked NCHWc layout instead of converting the tensor out of it and back around an Add
 *   (wasm has no such layout: there it measured the same as the Add, 229 vs 230 ms a line)
 * Only scalar constants used once are folded; anything else is left as it was. Hand-written
 * because no npm package offers graph rewriting of ONNX in JS; the protobuf codec is `onnx-proto`.
 */
export function fusePpocrGraph(modelBytes: Uint8Array, options: GraphFusionOptions = {}): { bytes: Uint8Array; report: GraphFusionReport & { int8?: Int8Report } } {
  const model = onnx.ModelProto.decode(modelBytes);
  const report: GraphFusionReport & { int8?: Int8Report } = fuseModel(model);
  if (options.greedyCtcOutputs) addGreedyCtcOutputs(model);
  if (options.int8Ranges) {
    const region = prepareInt8Region(model);
    if (!region) throw new Error('int8: this model does not start with a PP-LCNet backbone');
    report.int8 = quantizeInt8Region(model, region, options.int8Ranges);
  }
  return { bytes: onnx.ModelProto.encode(model).finish(), report };
}

/** See GraphFusionOptions.greedyCtcOutputs. The model's one output is [N, frames, classes] probabilities. */
function addGreedyCtcOutputs(model: Model): void {
  const graph = model.graph!;
  const [probabilities, ...others] = graph.output ?? [];
  if (!probabilities?.name || others.length > 0) throw new Error('PP-OCR recogniser: expected one output (the CTC probabilities)');
  const axis = onnx.AttributeProto.create({ name: 'axis', type: 2, i: 2 });
  const keepdims = onnx.AttributeProto.create({ name: 'keepdims', type: 2, i: 0 });
  graph.node = [
    ...(graph.node ?? []),
    onnx.NodeProto.create({ opType: 'ArgMax', name: CTC_BEST_CLASS, input: [probabilities.name], output: [CTC_BEST_CLASS], attribute: [axis, keepdims] }),
    onnx.NodeProto.create({ opType: 'ReduceMax', name: CTC_BEST_PROBABILITY, input: [probabilities.name], output: [CTC_BEST_PROBABILITY], attribute: [onnx.AttributeProto.create({ name: 'axes', type: 7, ints: [2] }), keepdims] }),
  ];
  const frames = (elemType: number, name: string) =>
    onnx.ValueInfoProto.create({ name, type: { tensorType: { elemType, shape: { dim: [{ dimParam: 'batch' }, { dimParam: 'frames' }] } } } });
  graph.output = [frames(7, CTC_BEST_CLASS), frames(FLOAT, CTC_BEST_PROBABILITY)];
}

function fuseModel(model: Model): GraphFusionReport {
  const graph = model.graph;
  if (!graph) throw new Error('ONNX model without a graph');
  // Only float constants are ever folded (every lookup below checks for FLOAT).
  const constants = floatConstants(model);
  const g = new GraphEdit(graph.node ?? [], constants, (graph.output ?? []).map((o) => o.name ?? ''));
  const report: GraphFusionReport = { convAffine: 0, hardSwish: 0, scaleIntoConv: 0, biasIntoConv: 0, shiftBeforePaddedConv: 0, addAsConv: 0, nodesBefore: g.realNodeCount(), nodesAfter: 0 };
  const addInitializer = (tensor: Tensor) => {
    graph.initializer = [...(graph.initializer ?? []), tensor];
    constants.set(tensor.name!, tensor);
  };

  // 1. Conv → Mul(s) → Add(b) into the conv.
  for (const conv of g.nodes.filter((n) => n.opType === 'Conv')) {
    for (;;) {
      const next = g.onlyConsumer(conv.output![0]!);
      if (!next || (next.opType !== 'Mul' && next.opType !== 'Add')) break;
      const operand = g.scalarOperand(next);
      if (!operand || operand.other !== conv.output![0]) break;
      const weight = g.ownConstant(conv, 1);
      if (!weight) break;
      const bias = g.ownConstant(conv, 2) ?? (conv.input!.length < 3 ? newBias(conv, weight, addInitializer, g) : undefined);
      if (!bias) break;
      const b = readFloats(bias);
      if (next.opType === 'Mul') {
        writeFloats(weight, readFloats(weight).map((w) => w * operand.value));
        writeFloats(bias, b.map((v) => v * operand.value));
      } else {
        writeFloats(bias, b.map((v) => v + operand.value));
      }
      g.bypass(next, conv.output![0]);
      report.convAffine++;
    }
  }

  // 2. Decomposed hard-swish → HardSigmoid + Mul.
  for (const add of g.nodes.filter((n) => n.opType === 'Add')) {
    const operand = g.scalarOperand(add);
    if (!operand || operand.value !== 3) continue;
    const x = operand.other;
    const clip = g.onlyConsumer(add.output![0]!);
    if (clip?.opType !== 'Clip' || clip.input![0] !== add.output![0] || !isClip(g, clip, 0, 6)) continue;
    const mul = g.onlyConsumer(clip.output![0]!);
    if (mul?.opType !== 'Mul' || !mul.input!.includes(x) || !mul.input!.includes(clip.output![0]!)) continue;
    const div = g.onlyConsumer(mul.output![0]!);
    if (div?.opType !== 'Div' || div.input![0] !== mul.output![0] || g.scalar(div.input![1]!) !== 6) continue;
    const out = div.output![0]!;
    const gate = onnx.NodeProto.create({
      opType: 'HardSigmoid',
      name: `${out}/hard_sigmoid`,
      input: [x],
      output: [`${out}/hard_sigmoid`],
      attribute: [onnx.AttributeProto.create({ name: 'alpha', type: 1, f: 1 / 6 }), onnx.AttributeProto.create({ name: 'beta', type: 1, f: 0.5 })],
    });
    const product = onnx.NodeProto.create({ opType: 'Mul', name: `${out}/hard_swish`, input: [x, gate.output[0]!], output: [out] });
    g.replace([add, clip, mul, div], [gate, product]);
    report.hardSwish++;
  }

  // 3. Mul(s) / Add(b) in front of a conv.
  for (const conv of g.nodes.filter((n) => n.opType === 'Conv')) {
    for (;;) {
      const producer = g.producer(conv.input![0]!);
      if (!producer || g.onlyConsumer(producer.output![0]!) !== conv) break;
      if (producer.opType !== 'Mul' && producer.opType !== 'Add') break;
      const operand = g.scalarOperand(producer);
      if (!operand) break;
      const weight = g.ownConstant(conv, 1);
      if (!weight) break;
      const w = readFloats(weight);
      if (producer.opType === 'Mul') {
        writeFloats(weight, w.map((v) => v * operand.value));
        conv.input![0] = operand.other;
        g.remove(producer);
        report.scaleIntoConv++;
        continue;
      }
      if (!hasPadding(conv)) {
        const bias = g.ownConstant(conv, 2) ?? (conv.input!.length < 3 ? newBias(conv, weight, addInitializer, g) : undefined);
        if (!bias) break;
        const outChannels = Number(weight.dims![0]);
        const perOutput = w.length / outChannels;
        const b = readFloats(bias);
        for (let o = 0; o < outChannels; o++) {
          let sum = 0;
          for (let k = 0; k < perOutput; k++) sum += w[o * perOutput + k]!;
          b[o] = b[o]! + operand.value * sum;
        }
        writeFloats(bias, b);
        conv.input![0] = operand.other;
        g.remove(producer);
        report.biasIntoConv++;
        continue;
      }
      // Padded conv: s·y + b = s·(y + b/s); the Add stays, the Mul moves into the weights.
      const scale = g.producer(operand.other);
      const scaleOperand = scale?.opType === 'Mul' && g.onlyConsumer(scale.output![0]!) === producer ? g.scalarOperand(scale) : undefined;
      const shiftIndex = producer.input!.findIndex((i) => i !== operand.other);
      const shift = g.ownConstant(producer, shiftIndex);
      if (!scale || !scaleOperand || scaleOperand.value === 0 || !shift) break;
      writeFloats(weight, w.map((v) => v * scaleOperand.value));
      writeFloats(shift, Float32Array.of(operand.value / scaleOperand.value));
      producer.input = producer.input!.map((i) => (i === operand.other ? scaleOperand.other : i));
      g.remove(scale);
      report.shiftBeforePaddedConv++;
      break;
    }
  }

  // 4. A scalar Add left in front of a padded conv becomes a 1×1 depthwise conv (weight 1, bias b):
  // the same y + b, but onnxruntime keeps a conv in its blocked NCHWc layout, where an Add made it
  // convert the tensor out of that layout and back (two more passes than the Add itself).
  for (const add of g.nodes.filter((n) => n.opType === 'Add')) {
    const operand = g.scalarOperand(add);
    const conv = g.onlyConsumer(add.output![0]!);
    if (!operand || conv?.opType !== 'Conv' || conv.input![0] !== add.output![0]) continue;
    const convWeight = constants.get(conv.input![1]!);
    const group = Number(conv.attribute?.find((a) => a.name === 'group')?.i ?? 1);
    if (!convWeight?.dims || convWeight.dims.length !== 4) continue;
    const channels = Number(convWeight.dims[1]) * group;
    const name = `${add.output![0]}/as_conv`;
    const weight = onnx.TensorProto.create({ name: `${name}/weight`, dims: [channels, 1, 1, 1], dataType: FLOAT });
    writeFloats(weight, new Float32Array(channels).fill(1));
    const bias = onnx.TensorProto.create({ name: `${name}/bias`, dims: [channels], dataType: FLOAT });
    writeFloats(bias, new Float32Array(channels).fill(operand.value));
    addInitializer(weight);
    addInitializer(bias);
    const depthwise = onnx.NodeProto.create({
      opType: 'Conv',
      name,
      input: [operand.other, weight.name, bias.name],
      output: [add.output![0]!],
      attribute: [onnx.AttributeProto.create({ name: 'group', type: 2, i: channels }), onnx.AttributeProto.create({ name: 'kernel_shape', type: 7, ints: [1, 1] })],
    });
    g.replace([add], [depthwise]);
    report.addAsConv++;
  }

  graph.node = g.withoutUnusedConstants();
  report.nodesAfter = g.realNodeCount();
  return report;
}

/** The node list with its producer/consumer indexes, rebuilt after every change (graphs are a few hundred nodes). */
class GraphEdit {
  private consumers = new Map<string, Node[]>();
  private producers = new Map<string, Node>();

  constructor(
    public nodes: Node[],
    private readonly constants: Map<string, Tensor>,
    private readonly graphOutputs: string[],
  ) {
    this.index();
  }

  private index() {
    this.consumers.clear();
    this.producers.clear();
    for (const node of this.nodes) {
      for (const input of node.input ?? []) this.consumers.set(input, [...(this.consumers.get(input) ?? []), node]);
      for (const output of node.output ?? []) this.producers.set(output, node);
    }
  }

  realNodeCount(): number {
    return this.nodes.filter((n) => n.opType !== 'Constant').length;
  }

  /** The one node reading `name`, unless it is also a graph output or read elsewhere. */
  onlyConsumer(name: string): Node | undefined {
    const readers = this.consumers.get(name) ?? [];
    return readers.length === 1 && !this.graphOutputs.includes(name) ? readers[0] : undefined;
  }

  producer(name: string): Node | undefined {
    return this.producers.get(name);
  }

  scalar(name: string): number | undefined {
    const tensor = this.constants.get(name);
    if (!tensor || tensor.dataType !== FLOAT) return undefined;
    const values = readFloats(tensor);
    return values.length === 1 ? values[0] : undefined;
  }

  /** A binary node with one scalar float constant: its value and the other input. */
  scalarOperand(node: Node): { value: number; other: string } | undefined {
    const inputs = node.input ?? [];
    if (inputs.length !== 2) return undefined;
    for (const k of [0, 1]) {
      const value = this.scalar(inputs[k]!);
      if (value !== undefined) return { value, other: inputs[1 - k]! };
    }
    return undefined;
  }

  /** Input `index` of `node` when it is a float constant read by that node alone (safe to change in place). */
  ownConstant(node: Node, index: number): Tensor | undefined {
    const name = node.input?.[index];
    if (!name) return undefined;
    const tensor = this.constants.get(name);
    return tensor && tensor.dataType === FLOAT && (this.consumers.get(name) ?? []).length === 1 ? tensor : undefined;
  }

  /** Drops `node` (one input passes through unchanged): its readers read `passThrough` instead. */
  bypass(node: Node, passThrough: string) {
    const out = node.output![0]!;
    for (const reader of this.consumers.get(out) ?? []) reader.input = reader.input!.map((i) => (i === out ? passThrough : i));
    this.nodes = this.nodes.filter((n) => n !== node);
    this.index();
  }

  remove(node: Node) {
    this.nodes = this.nodes.filter((n) => n !== node);
    this.index();
  }

  replace(old: Node[], replacement: Node[]) {
    const at = this.nodes.indexOf(old[0]!);
    this.nodes = this.nodes.filter((n) => !old.includes(n));
    this.nodes.splice(at, 0, ...replacement);
    this.index();
  }

  withoutUnusedConstants(): Node[] {
    return this.nodes.filter((n) => n.opType !== 'Constant' || (this.consumers.get(n.output![0]!) ?? []).length > 0);
  }

  /** Registers that `node` now also reads `name` (a new initializer). */
  addInput(node: Node, name: string) {
    node.input = [...node.input!, name];
    this.index();
  }
}

function newBias(conv: Node, weight: Tensor, addInitializer: (t: Tensor) => void, g: GraphEdit): Tensor {
  const channels = Number(weight.dims![0]);
  const tensor = onnx.TensorProto.create({ name: `${conv.output![0]}/folded_bias`, dims: [channels], dataType: FLOAT });
  writeFloats(tensor, new Float32Array(channels));
  addInitializer(tensor);
  g.addInput(conv, tensor.name);
  return tensor;
}

function isClip(g: GraphEdit, clip: Node, min: number, max: number): boolean {
  const attribute = (name: string) => clip.attribute?.find((a) => a.name === name)?.f;
  // Opset < 11 keeps the bounds as attributes, opset ≥ 11 as inputs.
  const lo = clip.input![1] ? g.scalar(clip.input![1]) : attribute('min');
  const hi = clip.input![2] ? g.scalar(clip.input![2]) : attribute('max');
  return lo === min && hi === max;
}

function hasPadding(conv: Node): boolean {
  const autoPad = conv.attribute?.find((a) => a.name === 'auto_pad')?.s;
  const autoPadText = autoPad ? new TextDecoder().decode(autoPad) : 'NOTSET';
  if (autoPadText !== 'NOTSET' && autoPadText !== 'VALID') return true;
  const pads = conv.attribute?.find((a) => a.name === 'pads')?.ints ?? [];
  return pads.some((p) => Number(p) !== 0);
}
