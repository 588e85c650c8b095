import type { OcrEngineName } from '#ocr-core/ocr-engine';
import { createOcrPool, type OcrPageJob, type OcrPool } from './ocr-pool';
import type { OcrWorkerPageResult } from './ocr-worker-protocol';

export type OcrServiceState =
  | { phase: 'starting'; engine: OcrEngineName }
  | { phase: 'ready'; engine: OcrEngineName; fellBackFrom?: { engine: OcrEngineName; reason: string } }
  | { phase: 'unavailable'; reasons: string[] };

export interface OcrService {
  state(): OcrServiceState;
  onState(listener: (state: OcrServiceState) => void): () => void;
  /** Waits for an engine (the preferred one or, failing that, the fallback) and reads the page. */
  recognize(job: OcrPageJob): Promise<OcrWorkerPageResult>;
  dispose(): void;
}

export interface OcrServiceOptions {
  preferred: OcrEngineName;
  fallback: OcrEngineName;
  size: number;
  startTimeoutMs?: number;
  jobsPerWorker?: number;
  spawn: () => Worker;
}

/**
 * The scan screen's OCR: the preferred engine's pool starts at once (ahead of the first page);
 * when it cannot start (missing model data, a wasm failure, a time-out) the fallback engine's
 * pool takes over and the reason is kept for the clerk (DESIGN.md §6, docs/decisions/ocr-engines.md).
 */
export function createOcrService(options: OcrServiceOptions): OcrService {
  let current: OcrServiceState = { phase: 'starting', engine: options.preferred };
  const listeners = new Set<(state: OcrServiceState) => void>();
  const set = (state: OcrServiceState) => {
    current = state;
    for (const listener of listeners) listener(state);
  };
  const pools: OcrPool[] = [];
  const make = (engine: OcrEngineName) => {
    const pool = createOcrPool({ engine, size: options.size, spawn: options.spawn, startTimeoutMs: options.startTimeoutMs, jobsPerWorker: options.jobsPerWorker });
    pools.push(pool);
    return pool;
  };
  const active: Promise<OcrPool> = (async () => {
    const preferred = make(options.preferred);
    try {
      await preferred.ready;
      set({ phase: 'ready', engine: options.preferred });
      return preferred;
    } catch (error) {
      preferred.dispose();
      const reason = error instanceof Error ? error.message : String(error);
      set({ phase: 'starting', engine: options.fallback });
      const fallback = make(options.fallback);
      try {
        await fallback.ready;
        set({ phase: 'ready', engine: options.fallback, fellBackFrom: { engine: options.preferred, reason } });
        return fallback;
      } catch (fallbackError) {
        fallback.dispose();
        set({ phase: 'unavailable', reasons: [reason, fallbackError instanceof Error ? fallbackError.message : String(fallbackError)] });
        throw fallbackError;
      }
    }
  })();
  active.catch(() => undefined);
  return {
    state: () => current,
    onState(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async recognize(job) {
      return (await active).recognize(job);
    },
    dispose() {
      for (const pool of pools) pool.dispose();
    },
  };
}

/** The browser's own OCR worker (bundled by Vite as a module worker). */
export function spawnOcrWorker(): Worker {
  return new Worker(new URL('./ocr-worker.ts', import.meta.url), { type: 'module', name: 'ocr' });
}
