import type { PolicyIndexEntry } from '#sync/search/policy-index-entry';

/**
 * Where the kiosk keeps its built policy search index between starts (issue 11: the index is
 * ready within a second of start, while building it for 10,000 policies takes ~8 s). One
 * entry: the index of the last policy set it was built for, with that set's signature and the
 * keyboard's vocabulary (`PolicyIndexEntry`). A read that fails is a cache miss, never an error
 * for the villager.
 */
export interface PolicyIndexCache {
  read(): Promise<PolicyIndexEntry | undefined>;
  write(entry: PolicyIndexEntry): Promise<void>;
}

/** For component tests and the in-memory stores: lives as long as the page. */
export function createMemoryPolicyIndexCache(): PolicyIndexCache {
  let entry: PolicyIndexEntry | undefined;
  return {
    read: async () => entry,
    write: async (next) => {
      entry = next;
    },
  };
}
