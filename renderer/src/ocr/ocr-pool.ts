import type { OcrEngineName } from '#ocr-core/ocr-engine';
import type { FromOcrWorker, OcrFailureKind, OcrWorkerPageResult, ToOcrWorker } from './ocr-worker-protocol';

export interface OcrLineProgress {
  text: string;
  confidence: number;
  done: number;
  total: number;
}

export interface OcrPageJob {
  image: Blob;
  /** Camera captures are cropped and deskewed; imported files are too (phone photos), unless flat. */
  camera: boolean;
  onLine?: (line: OcrLineProgress) => void;
  signal?: AbortSignal;
}

export class OcrPageError extends Error {
  constructor(
    readonly kind: OcrFailureKind | 'stopped',
    message: string,
  ) {
    super(message);
    this.name = 'OcrPageError';
  }
}

export interface OcrPoolOptions {
  engine: OcrEngineName;
  /** One worker per core (DESIGN.md §6). */
  size: number;
  /** A worker is replaced after this many pages (memory grows over many jobs, PITFALLS.md). */
  jobsPerWorker?: number;
  startTimeoutMs?: number;
  spawn: () => Worker;
}

export interface OcrPool {
  readonly engine: OcrEngineName;
  /** Resolves when at least one worker is ready; rejects when none could start in time. */
  ready: Promise<void>;
  recognize(job: OcrPageJob): Promise<OcrWorkerPageResult>;
  dispose(): void;
}

interface Slot {
  worker: Worker;
  ready: Promise<void>;
  isReady: boolean;
  jobs: number;
  busy: boolean;
}

interface QueuedJob extends OcrPageJob {
  id: number;
  resolve: (result: OcrWorkerPageResult) => void;
  reject: (error: Error) => void;
}

/**
 * A small pool of OCR workers, all started at once when the pool is made (ahead of the first
 * page), each with a start time-out. A page goes to the first free, ready worker; a worker that
 * has read `jobsPerWorker` pages is replaced by a fresh one, started before it is needed again.
 */
export function createOcrPool(options: OcrPoolOptions): OcrPool {
  const jobsPerWorker = options.jobsPerWorker ?? 25;
  const startTimeoutMs = options.startTimeoutMs ?? 60_000;
  const queue: QueuedJob[] = [];
  const slots: Slot[] = [];
  let nextId = 1;
  let disposed = false;

  function spawnSlot(): Slot {
    const worker = options.spawn();
    const slot: Slot = { worker, isReady: false, jobs: 0, busy: false, ready: Promise.resolve() };
    slot.ready = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${options.engine} did not start within ${Math.round(startTimeoutMs / 1000)} s`)), startTimeoutMs);
      const onMessage = (event: MessageEvent<FromOcrWorker>) => {
        if (event.data.type === 'ready') {
          clearTimeout(timer);
          slot.isReady = true;
          worker.removeEventListener('message', onMessage);
          resolve();
          pump();
        } else if (event.data.type === 'start-failed') {
          clearTimeout(timer);
          reject(new Error(event.data.error));
        }
      };
      worker.addEventListener('message', onMessage);
      worker.addEventListener('error', (event) => {
        clearTimeout(timer);
        reject(new Error(event.message || `${options.engine} worker failed`));
      });
    });
    slot.ready.catch(() => retire(slot));
    worker.postMessage({ type: 'start', engine: options.engine } satisfies ToOcrWorker);
    slots.push(slot);
    return slot;
  }

  function retire(slot: Slot) {
    slot.worker.terminate();
    const index = slots.indexOf(slot);
    if (index >= 0) slots.splice(index, 1);
  }

  function run(slot: Slot, job: QueuedJob) {
    slot.busy = true;
    slot.jobs += 1;
    const finish = () => {
      slot.worker.removeEventListener('message', onMessage);
      job.signal?.removeEventListener('abort', onAbort);
      slot.busy = false;
      if (slot.jobs >= jobsPerWorker && !disposed) {
        retire(slot);
        spawnSlot();
      }
      pump();
    };
    const onMessage = (event: MessageEvent<FromOcrWorker>) => {
      const message = event.data;
      if (!('id' in message) || message.id !== job.id) return;
      if (message.type === 'line') job.onLine?.({ text: message.text, confidence: message.confidence, done: message.done, total: message.total });
      else if (message.type === 'result') {
        finish();
        job.resolve(message.result);
      } else if (message.type === 'failed') {
        finish();
        job.reject(new OcrPageError(message.kind, message.error));
      }
    };
    const onAbort = () => slot.worker.postMessage({ type: 'cancel', id: job.id } satisfies ToOcrWorker);
    slot.worker.addEventListener('message', onMessage);
    job.signal?.addEventListener('abort', onAbort);
    slot.worker.postMessage({ type: 'page', id: job.id, image: job.image, camera: job.camera } satisfies ToOcrWorker);
  }

  function pump() {
    for (const slot of slots) {
      if (queue.length === 0) return;
      if (slot.isReady && !slot.busy) run(slot, queue.shift()!);
    }
  }

  for (let i = 0; i < Math.max(1, options.size); i++) spawnSlot();
  const ready = Promise.any(slots.map((s) => s.ready)).catch((error: unknown) => {
    const reasons = error instanceof AggregateError ? error.errors : [error];
    throw new Error(String(reasons[0] instanceof Error ? reasons[0].message : reasons[0]));
  });

  return {
    engine: options.engine,
    ready,
    recognize(job) {
      if (disposed) return Promise.reject(new OcrPageError('stopped', 'OCR stopped'));
      if (job.signal?.aborted) return Promise.reject(new OcrPageError('cancelled', 'OCR cancelled'));
      return new Promise((resolve, reject) => {
        const queued: QueuedJob = { ...job, id: nextId++, resolve, reject };
        queue.push(queued);
        job.signal?.addEventListener('abort', () => {
          const index = queue.indexOf(queued);
          if (index >= 0) {
            queue.splice(index, 1);
            reject(new OcrPageError('cancelled', 'OCR cancelled'));
          }
        });
        pump();
      });
    },
    dispose() {
      disposed = true;
      for (const slot of [...slots]) retire(slot);
      for (const job of queue.splice(0)) job.reject(new OcrPageError('stopped', 'OCR stopped'));
    },
  };
}
