import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { useRouter } from '../../app/router';
import { useIdleResetHook } from '../../app/session';
import { useHost } from '../../host/host-context';
import { createReportDraftStore, type ReportDraft, type ReportDraftStore } from './report-draft-store';

interface ReportFeature {
  store: ReportDraftStore;
  /** This kiosk's id (system.info), asked once per visit and reused; a failed ask is retried next time. */
  kioskId: () => Promise<string>;
}

const ReportFeatureContext = createContext<ReportFeature | null>(null);

/**
 * Holds the report draft for one visit across the report's step screens (mounted in
 * FeatureProviders, inside the session). The idle reset wipes it through a reset hook, before
 * anything unmounts: recording and photo dropped, their object URLs revoked. The session's
 * remount then replaces the provider and its store; the old store is closed so nothing that
 * arrives late (a recording finishing, a capture resolving) can land in it.
 * Leaving the flow (Home, or any screen outside it) also wipes the draft: whoever walks up
 * next must not find half a report (and assisted mode) of the person before.
 */
export function ReportDraftProvider({ children }: { children: ReactNode }) {
  const host = useHost();
  const [store] = useState(createReportDraftStore);
  useIdleResetHook(() => store.wipe());
  const inFlow = useRouter().route.screen.startsWith('report');
  useEffect(() => {
    if (!inFlow) store.wipe();
  }, [inFlow, store]);
  useEffect(() => {
    store.open();
    return () => store.close();
  }, [store]);

  const kioskIdRequest = useRef<Promise<string> | null>(null);
  const kioskId = useCallback(() => {
    kioskIdRequest.current ??= host.invoke('system.info').then(
      (info) => info.kioskId,
      (error: unknown) => {
        kioskIdRequest.current = null;
        throw error;
      },
    );
    return kioskIdRequest.current;
  }, [host]);

  const feature = useMemo<ReportFeature>(() => ({ store, kioskId }), [store, kioskId]);
  return <ReportFeatureContext.Provider value={feature}>{children}</ReportFeatureContext.Provider>;
}

function useReportFeature(): ReportFeature {
  const feature = useContext(ReportFeatureContext);
  if (!feature) throw new Error('report hooks used outside <ReportDraftProvider>');
  return feature;
}

export function useReportDraftStore(): ReportDraftStore {
  return useReportFeature().store;
}

/** The draft, re-rendering the caller on every change. */
export function useReportDraft(): ReportDraft {
  const { store } = useReportFeature();
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}

export function useReportKioskId(): () => Promise<string> {
  return useReportFeature().kioskId;
}
