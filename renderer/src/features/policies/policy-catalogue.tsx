import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { samplePolicies } from '#kiosk-config/sample-policies.generated';
import type { PolicyDocType } from '#sync/schema/policy-schema';
import { useKioskData } from '../../data/data-context';
import { chinaDay, comparePolicies, isExpired } from './policy-dates';
import { usePreparePolicyIndex } from './use-policy-index';

/**
 * The policies a villager can see: the county's (replicated into the `policies` collection,
 * where the pull validated each against the schema and set malformed ones aside for the clerk)
 * or, while the county has published none, the samples embedded in the application
 * (kiosk-config/policies). Expired policies are left out; newest first.
 * Mounted in FeatureProviders so the list screens, the detail and the search share one list.
 */
export interface PolicyCatalogue {
  state: 'loading' | 'ready';
  /** Current policies, newest in force first. */
  policies: readonly PolicyDocType[];
  source: 'county' | 'samples';
  byId: ReadonlyMap<string, PolicyDocType>;
}

const LOADING: PolicyCatalogue = { state: 'loading', policies: [], source: 'county', byId: new Map() };

const PolicyCatalogueContext = createContext<PolicyCatalogue>(LOADING);

export function currentPolicies(all: readonly PolicyDocType[], today: string): PolicyDocType[] {
  return all.filter((policy) => !isExpired(policy, today)).sort(comparePolicies);
}

export function PolicyCatalogueProvider({ children }: { children: ReactNode }) {
  const { database } = useKioskData();
  const [stored, setStored] = useState<PolicyDocType[] | undefined>();
  useEffect(() => {
    const subscription = database.policies.find().$.subscribe((docs) => setStored(docs.map((doc) => doc.toJSON() as PolicyDocType)));
    return () => subscription.unsubscribe();
  }, [database]);
  const catalogue = useMemo<PolicyCatalogue>(() => {
    if (!stored) return LOADING;
    const source = stored.length > 0 ? 'county' : 'samples';
    const policies = currentPolicies(source === 'county' ? stored : samplePolicies, chinaDay(new Date()));
    return { state: 'ready', policies, source, byId: new Map(policies.map((policy) => [policy.id, policy])) };
  }, [stored]);
  // The search index is prepared as soon as the policies are known, ahead of the search screen.
  usePreparePolicyIndex(catalogue.policies, catalogue.state === 'ready');
  return <PolicyCatalogueContext.Provider value={catalogue}>{children}</PolicyCatalogueContext.Provider>;
}

export function usePolicyCatalogue(): PolicyCatalogue {
  return useContext(PolicyCatalogueContext);
}
