import type { CredentialLoadResult, CredentialStore } from './credential-store';
import type { Enrollment } from './enrollment-file';

/** In-memory store for tests: same contract as the file store, nothing on disk. */
export function createMemoryCredentialStore(initial?: Enrollment): CredentialStore & { saves: number } {
  let stored = initial ? structuredClone(initial) : undefined;
  const store = {
    location: 'memory',
    saves: 0,
    load(): CredentialLoadResult {
      return stored ? { status: 'found', enrollment: structuredClone(stored) } : { status: 'empty' };
    },
    save(enrollment: Enrollment) {
      stored = structuredClone(enrollment);
      store.saves++;
    },
    clear() {
      stored = undefined;
    },
  };
  return store;
}
