import type { SearchablePolicy } from '#sync/search/policy-search';
import { buildPolicyIndexEntry, type PolicyIndexEntry } from '#sync/search/policy-index-entry';

/** Up to this many policies the index is built on the main thread (a few hundred take milliseconds; a worker would cost more to start). */
export const INLINE_BUILD_LIMIT = 500;

export type BuildPolicyIndex = (signature: string, policies: readonly SearchablePolicy[]) => Promise<PolicyIndexEntry>;

/** Inline for small sets, in a dedicated worker for large ones; a worker that cannot start falls back to inline. */
export const buildPolicyIndexOffThread: BuildPolicyIndex = async (signature, policies) => {
  if (policies.length <= INLINE_BUILD_LIMIT || typeof Worker === 'undefined') return buildPolicyIndexEntry(signature, policies);
  const worker = new Worker(new URL('./policy-index-worker.ts', import.meta.url), { type: 'module', name: 'policy-index' });
  try {
    return await new Promise<PolicyIndexEntry>((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<{ entry?: PolicyIndexEntry; error?: string }>) => (event.data.entry ? resolve(event.data.entry) : reject(new Error(event.data.error ?? 'policy index worker failed')));
      worker.onerror = (event) => reject(new Error(event.message || 'policy index worker failed to start'));
      worker.postMessage({ signature, policies });
    });
  } catch (error) {
    console.warn('[kiosk] policy index worker failed; building on the main thread', error);
    return buildPolicyIndexEntry(signature, policies);
  } finally {
    worker.terminate();
  }
};
