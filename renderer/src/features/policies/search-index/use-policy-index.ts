import { useEffect, useSyncExternalStore } from 'react';
import type { PolicyDocType } from '#sync/schema/policy-schema';
import type { PolicyIndex } from '#sync/search/policy-search';
import { useKioskData } from '../../../data/data-context';
import { policyIndexServiceFor } from './policy-index-service';

/** Starts preparing the index for these policies (idempotent) and follows it. */
export function usePreparePolicyIndex(policies: readonly PolicyDocType[], enabled = true): void {
  const { policyIndexCache } = useKioskData();
  useEffect(() => {
    if (!enabled) return;
    policyIndexServiceFor(policyIndexCache)
      .prepare(policies)
      .catch((error: unknown) => console.error('[kiosk] policy search index could not be built', error));
  }, [policyIndexCache, policies, enabled]);
}

/** The search index of the current policies; `index` is undefined only until the first one is ready. */
export function usePolicyIndex(policies: readonly PolicyDocType[]): { index: PolicyIndex | undefined; vocabulary: string[] } {
  const { policyIndexCache } = useKioskData();
  const service = policyIndexServiceFor(policyIndexCache);
  const state = useSyncExternalStore(
    (listener) => service.subscribe(listener),
    () => service.current(),
  );
  usePreparePolicyIndex(policies);
  return { index: state?.index, vocabulary: state?.vocabulary ?? [] };
}
