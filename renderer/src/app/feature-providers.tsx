import type { ReactNode } from 'react';
import { PolicyCatalogueProvider } from '../features/policies/policy-catalogue';
import { ReportDraftProvider } from '../features/report/report-draft-context';
import { ReadAloudProvider } from './read-aloud-provider';

/**
 * Providers of feature state that must live across a feature's screens for one visit (e.g. the
 * report draft across its steps, so Back does not lose it). Add a feature's provider here.
 * They are mounted inside the session and the router: a reset remounts them, so their React
 * state is gone; state they keep outside React (IndexedDB drafts, recorded audio) they wipe
 * with useIdleResetHook, which stays registered because they are always mounted.
 */
export function FeatureProviders({ children }: { children: ReactNode }) {
  return (
    <ReadAloudProvider>
      <ReportDraftProvider>
        <PolicyCatalogueProvider>{children}</PolicyCatalogueProvider>
      </ReportDraftProvider>
    </ReadAloudProvider>
  );
}
