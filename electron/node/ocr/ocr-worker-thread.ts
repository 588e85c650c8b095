import { parentPort, workerData } from 'node:worker_threads';
import type { OcrEngine } from '#ocr-core/ocr-engine';
import { createNodeEngine, type NodeEngineOptions } from './node-engine-factory';
import { recognizeFile } from './recognize-file';

/** One engine in its own thread: the Node pool's unit of parallelism (one per core). */
const port = parentPort;
if (!port) throw new Error('ocr-worker-thread runs only as a worker thread');
let engine: OcrEngine | undefined;
try {
  engine = await createNodeEngine(workerData as NodeEngineOptions);
  port.postMessage({ type: 'ready' });
} catch (error) {
  port.postMessage({ type: 'failed', error: error instanceof Error ? error.message : String(error) });
}
port.on('message', (message: { type: 'file'; id: number; file: string; camera: boolean } | { type: 'stop' }) => {
  if (message.type === 'stop') {
    void engine?.dispose().finally(() => port.close());
    return;
  }
  void recognizeFile(engine!, message.file, { camera: message.camera }).then((result) => port.postMessage({ type: 'result', id: message.id, result }));
});
