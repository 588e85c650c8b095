import { Worker } from 'node:worker_threads';
import type { NodeEngineOptions } from './node-engine-factory';
import type { FileResult } from './recognize-file';

export interface NodeOcrPool {
  recognize(file: string, options?: { camera?: boolean }): Promise<FileResult>;
  close(): Promise<void>;
}

type FromWorker = { type: 'ready' } | { type: 'failed'; error: string } | { type: 'result'; id: number; result: FileResult };

const START_TIMEOUT_MS = 60_000;

/**
 * N engines in N worker threads (one per core by default), each taking the next file as soon
 * as it is free. All start at once, before the first file is queued; a thread that cannot start
 * within the time-out fails the pool with its reason (e.g. missing model data).
 */
export async function startNodeOcrPool(options: NodeEngineOptions & { workers: number }): Promise<NodeOcrPool> {
  const workers = await Promise.all(
    Array.from({ length: Math.max(1, options.workers) }, async () => {
      const worker = new Worker(new URL('./ocr-worker-bootstrap.mjs', import.meta.url), { workerData: { engine: options.engine, lang: options.lang, threads: options.threads ?? 1, recognizer: options.recognizer } });
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`OCR engine ${options.engine} did not start within ${START_TIMEOUT_MS / 1000} s`)), START_TIMEOUT_MS);
        worker.once('message', (message: FromWorker) => {
          clearTimeout(timer);
          if (message.type === 'ready') resolve();
          else reject(new Error(message.type === 'failed' ? message.error : 'unexpected message'));
        });
        worker.once('error', (error) => {
          clearTimeout(timer);
          reject(error);
        });
      });
      return worker;
    }),
  );
  const idle = [...workers];
  const queue: { file: string; camera: boolean; resolve: (r: FileResult) => void }[] = [];
  let nextId = 0;
  const pump = () => {
    while (idle.length > 0 && queue.length > 0) {
      const worker = idle.shift()!;
      const job = queue.shift()!;
      const id = nextId++;
      const onMessage = (message: FromWorker) => {
        if (message.type !== 'result' || message.id !== id) return;
        worker.off('message', onMessage);
        idle.push(worker);
        job.resolve(message.result);
        pump();
      };
      worker.on('message', onMessage);
      worker.postMessage({ type: 'file', id, file: job.file, camera: job.camera });
    }
  };
  return {
    recognize(file, recognizeOptions = {}) {
      return new Promise((resolve) => {
        queue.push({ file, camera: recognizeOptions.camera ?? true, resolve });
        pump();
      });
    },
    async close() {
      await Promise.all(workers.map((worker) => new Promise<void>((resolve) => {
        worker.once('exit', () => resolve());
        worker.postMessage({ type: 'stop' });
        setTimeout(() => void worker.terminate(), 5000).unref();
      })));
    },
  };
}
