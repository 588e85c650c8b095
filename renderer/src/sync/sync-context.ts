import { createContext, useContext } from 'react';
import type { QuarantineEntry } from '#sync/replication/status/quarantine-store';
import type { RetryOutcome } from '#sync/replication/status/refused-rows';
import type { SyncStatus } from '#sync/replication/status/sync-status';

/**
 * What the clerk sees of the enrollment: never the credentials (the host keeps them; its
 * `county.status` answer carries none). 'checking' until the host answered; 'unavailable'
 * when it could not say (the kiosk keeps working offline either way).
 */
export type EnrollmentView =
  | { state: 'checking' | 'not-enrolled' | 'unavailable' }
  | { state: 'enrolled'; village: string; villageName?: { zh: string; en?: string }; kioskId: string; countyOrigin?: string };

export interface SyncContextValue {
  enrollment: EnrollmentView;
  status: SyncStatus;
  quarantine: readonly QuarantineEntry[];
  /** Ends every backoff wait and re-checks everything (no-op when not enrolled). */
  syncNow: () => Promise<void>;
  /** "重新发送" of a refused row; rejects when the county cannot be reached (or no sync runs). */
  retryRefused: (entry: QuarantineEntry) => Promise<RetryOutcome>;
  /** "不再发送": the row leaves the list; the kiosk's document stays. */
  discardRefused: (entry: QuarantineEntry) => Promise<void>;
  /** Hands the county's enrollment file to the host, then starts the sync. Rejects with the host's reason. */
  enroll: (enrollmentJson: string) => Promise<void>;
}

export const SyncContext = createContext<SyncContextValue | null>(null);

export function useSync(): SyncContextValue {
  const value = useContext(SyncContext);
  if (!value) throw new Error('useSync() used outside <SyncProvider>');
  return value;
}
