import * as ort from 'onnxruntime-node';

/** One thread, as the OCR pools run each session; warnings off. */
export const singleThreadSession: ort.InferenceSession.SessionOptions = { intraOpNumThreads: 1, interOpNumThreads: 1, executionMode: 'sequential', graphOptimizationLevel: 'all', logSeverityLevel: 3 };

/** A fixed pseudo-random input in the PP-OCR models' normalised range (−1…1). */
export function pseudoRandomInput(dims: number[], seed = 12345): ort.Tensor {
  let state = seed;
  const data = new Float32Array(dims.reduce((a, b) => a * b, 1)).map(() => ((state = (state * 16807) % 2147483647) / 2147483647) * 2 - 1);
  return new ort.Tensor('float32', data, dims);
}

/** The first output of a model run once on `x`, in a session released afterwards. */
export async function firstOutput(bytes: Uint8Array, x: ort.Tensor): Promise<Float32Array> {
  const session = await ort.InferenceSession.create(bytes, singleThreadSession);
  const out = await session.run({ [session.inputNames[0]!]: x });
  const data = out[session.outputNames[0]!]!.data as Float32Array;
  await session.release();
  return data;
}
