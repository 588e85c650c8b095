import { loadPolicyIndex, type PolicyIndex, type SearchablePolicy } from '#sync/search/policy-search';
import { buildPolicyIndexOffThread, type BuildPolicyIndex } from './build-in-worker';
import { policyIndexSignature } from '#sync/search/policy-index-entry';
import type { PolicyIndexCache } from './policy-index-cache';

export interface PolicyIndexState {
  signature: string;
  index: PolicyIndex;
  vocabulary: string[];
  /** True while this is the index of an earlier policy set and the current one is being built. */
  stale: boolean;
}

/**
 * The kiosk's one policy search index, kept outside React (an idle reset remounts the
 * screens, the index must survive it) and between starts (in the cache). `prepare` is called
 * as soon as the policy catalogue is known, ahead of the search screen, so the villager never
 * waits for it:
 * - the index in memory is reused while the policy set is the same;
 * - on start, the cached index is loaded (structured clone + MiniSearch.loadJS, ~0.5 s at
 *   10,000 policies, against ~8 s to build);
 * - when the policies changed, the cached (stale) index serves searches while the new one is
 *   built (off the main thread for large sets) and cached. A result whose policy is gone is
 *   dropped by the screen; a new policy is found once the build ends.
 */
export interface PolicyIndexService {
  current(): PolicyIndexState | undefined;
  prepare(policies: readonly (SearchablePolicy & { updatedAt: string })[]): Promise<PolicyIndexState | undefined>;
  subscribe(listener: () => void): () => void;
}

export function createPolicyIndexService({ cache, build = buildPolicyIndexOffThread }: { cache: PolicyIndexCache; build?: BuildPolicyIndex }): PolicyIndexService {
  let state: PolicyIndexState | undefined;
  let cacheRead = false;
  let wanted: string | undefined;
  const pending = new Map<string, Promise<PolicyIndexState | undefined>>();
  const listeners = new Set<() => void>();
  const set = (next: PolicyIndexState) => {
    state = next;
    for (const listener of listeners) listener();
  };

  async function prepareFor(signature: string, policies: readonly SearchablePolicy[]): Promise<PolicyIndexState | undefined> {
    if (!cacheRead) {
      cacheRead = true;
      const cached = await cache.read();
      if (cached && !state) set({ signature: cached.signature, index: loadPolicyIndex(cached.index), vocabulary: cached.vocabulary, stale: cached.signature !== signature });
      if (state?.signature === signature) return state;
    }
    const entry = await build(signature, policies);
    // A newer policy set was asked for while this one was building: its own build wins.
    if (wanted !== signature) return state;
    set({ signature, index: loadPolicyIndex(entry.index), vocabulary: entry.vocabulary, stale: false });
    await cache.write(entry);
    return state;
  }

  return {
    current: () => state,
    prepare(policies) {
      const signature = policyIndexSignature(policies);
      wanted = signature;
      if (state?.signature === signature) return Promise.resolve(state);
      const running = pending.get(signature);
      if (running) return running;
      const promise = prepareFor(signature, policies).finally(() => pending.delete(signature));
      pending.set(signature, promise);
      return promise;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

const services = new WeakMap<PolicyIndexCache, PolicyIndexService>();

/** One service per cache (that is, per opened kiosk data): the renderer's composition opens one. */
export function policyIndexServiceFor(cache: PolicyIndexCache): PolicyIndexService {
  let service = services.get(cache);
  if (!service) {
    service = createPolicyIndexService({ cache });
    services.set(cache, service);
  }
  return service;
}
