import { useEffect, useSyncExternalStore } from 'react';
import type { PolicyDocType } from '#sync/schema/policy-schema';
import type { PolicyIndex } from '#sync/search/policy-search';
import { useKioskData } from '../../data/data-context';
import { policyIndexServiceFor } from './search-index/policy-index-service';

/** Starts preparing the index for these policies (idempotent); the catalogue provider calls it, ahead of the search screen. */
export function usePreparePolicyIndex(policies: readonly PolicyDocType[], enabled: boolean): void {
  const { policyIndexCache } = useKioskData();
  useEffect(() => {
    if (!enabled) return;
    policyIndexServiceFor(policyIndexCache)
      .prepare(policies)
      .catch((error: unknown) => console.error('[kiosk] policy search index could not be built', error));
  }, [policyIndexCache, policies, enabled]);
}

/** The search index the catalogue prepared; `index` is undefined only until the first one is ready. */
export function usePolicyIndex(): { index: PolicyIndex | undefined; vocabulary: string[] } {
  const { policyIndexCache } = useKioskData();
  const service = policyIndexServiceFor(policyIndexCache);
  const state = useSyncExternalStore(
    (listener) => service.subscribe(listener),
    () => service.current(),
  );
  return { index: state?.index, vocabulary: state?.vocabulary ?? [] };
}
