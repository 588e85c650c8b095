import type { ConfigProblem } from '#kiosk-config/config-state';

export type LastGoodLoad =
  | { status: 'empty' }
  | { status: 'found'; raw: unknown }
  /** The stored copy cannot be used; it is reported and ignored, never half-applied. */
  | { status: 'unusable'; problem: ConfigProblem };

/**
 * Keeps the last county configuration document that was accepted, so a kiosk that restarts
 * offline comes back with the county's settings. Synchronous on purpose: the document is a few
 * kilobytes, and a save that completes before `applyCountyDocument` returns can never be
 * overtaken by an older one.
 */
export interface LastGoodStore {
  /** Where the copy lives (a file path), for messages. */
  readonly location: string;
  load(): LastGoodLoad;
  /** Replaces the stored copy, all or nothing. Throws if it could not be written. */
  save(raw: unknown): void;
}

/** In-memory store for tests and for hosts that should not persist (e.g. a demo run). */
export function createMemoryLastGoodStore(initial?: unknown): LastGoodStore & { saved: unknown[] } {
  let stored = initial === undefined ? undefined : JSON.stringify(initial);
  const saved: unknown[] = [];
  return {
    location: 'memory',
    saved,
    load: () => (stored === undefined ? { status: 'empty' } : { status: 'found', raw: JSON.parse(stored) as unknown }),
    save(raw) {
      stored = JSON.stringify(raw);
      saved.push(raw);
    },
  };
}
