import type onnxProto from 'onnx-proto';

type Tensor = onnxProto.onnx.ITensorProto;

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
