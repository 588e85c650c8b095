import type onnxProto from 'onnx-proto';

type Model = onnxProto.onnx.ModelProto;
type Tensor = onnxProto.onnx.ITensorProto;

const FLOAT = 1; // onnx.TensorProto.DataType.FLOAT

/** A float tensor's values, from `floatData` or `rawData`, as a fresh array (never a view of the model's buffer). */
export function readFloats(tensor: Tensor): Float32Array {
  if (tensor.floatData && tensor.floatData.length > 0) return Float32Array.from(tensor.floatData);
  const raw = tensor.rawData ?? new Uint8Array(0);
  // A copy (Uint8Array's slice; Node's Buffer#slice would be a view): the bytes may sit at an
  // unaligned offset inside the model's buffer. ONNX raw data is little-endian, as are the
  // kiosk's and the CLI's CPUs.
  const copy = Uint8Array.prototype.slice.call(raw);
  return new Float32Array(copy.buffer, 0, copy.byteLength / 4);
}

/** Replaces a float tensor's values (stored as `rawData`). */
export function writeFloats(tensor: Tensor, values: Float32Array): void {
  tensor.floatData = [];
  tensor.rawData = new Uint8Array(values.buffer.slice(values.byteOffset, values.byteOffset + values.byteLength));
}

/** The model's float constants by name: `Constant` nodes' values and initializers (these exports use both). */
export function floatConstants(model: Model): Map<string, Tensor> {
  const found = new Map<string, Tensor>();
  for (const node of model.graph?.node ?? []) {
    const value = node.opType === 'Constant' ? node.attribute?.find((a) => a.name === 'value')?.t : undefined;
    if (value && node.output?.[0] && value.dataType === FLOAT) found.set(node.output[0], value);
  }
  for (const tensor of model.graph?.initializer ?? []) if (tensor.name && tensor.dataType === FLOAT) found.set(tensor.name, tensor);
  return found;
}
