import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import type { BlobStore } from '#sync/blobs/blob-store';
import type { PolicyIndexCache } from '../features/policies/search-index/policy-index-cache';
import type { KioskDatabase } from './kiosk-database-types';

/** The kiosk's local stores: structured documents (RxDB), content-addressed blobs (PouchDB) and the policy search index. */
export interface KioskData {
  database: KioskDatabase;
  blobs: BlobStore;
  policyIndexCache: PolicyIndexCache;
  close(): Promise<void>;
}

const DataContext = createContext<KioskData | null>(null);

export type OpenKioskData = () => Promise<KioskData>;

/**
 * Opens the local stores once per page and keeps them open across idle resets (they are
 * mounted above the session). While opening, `loading` shows; if the browser refuses storage
 * (quota, private mode, a corrupted profile) `failed` shows with the reason for the clerk.
 */
export function DataProvider({ open, loading, failed, children }: { open: OpenKioskData; loading: ReactNode; failed: (reason: string) => ReactNode; children: ReactNode }) {
  const [state, setState] = useState<{ data?: KioskData; error?: string }>({});
  useEffect(() => {
    let cancelled = false;
    open().then(
      (data) => !cancelled && setState({ data }),
      (error: unknown) => {
        console.error('[kiosk] cannot open local storage', error);
        if (!cancelled) setState({ error: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [open]);
  if (state.error !== undefined) return <>{failed(state.error)}</>;
  if (!state.data) return <>{loading}</>;
  return <DataContext.Provider value={state.data}>{children}</DataContext.Provider>;
}

export function useKioskData(): KioskData {
  const data = useContext(DataContext);
  if (!data) throw new Error('useKioskData() used outside <DataProvider>');
  return data;
}
