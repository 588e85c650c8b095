import type { KioskCollectionName } from '../../schema/collections';
import { boundedReason, quarantineKey, type QuarantineDirection, type QuarantineEntry, type QuarantineStore } from './quarantine-store';

/** The quarantine in memory: for unit tests and tools that keep no state between runs. */
export function createMemoryQuarantineStore(): QuarantineStore {
  const entries = new Map<string, QuarantineEntry>();
  const listeners = new Set<(entries: readonly QuarantineEntry[]) => void>();
  const notify = () => {
    const list = [...entries.values()];
    for (const listener of listeners) listener(list);
  };
  return {
    async put(entry) {
      entries.set(quarantineKey(entry.collection, entry.docId, entry.direction), { ...entry, reason: boundedReason(entry.reason) });
      notify();
    },
    async clear(collection: KioskCollectionName, docId: string, direction: QuarantineDirection) {
      if (entries.delete(quarantineKey(collection, docId, direction))) notify();
    },
    async list() {
      return [...entries.values()];
    },
    subscribe(listener) {
      listeners.add(listener);
      listener([...entries.values()]);
      return () => listeners.delete(listener);
    },
  };
}
