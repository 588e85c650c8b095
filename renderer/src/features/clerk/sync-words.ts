import type { TFunction } from 'i18next';
import type { SyncStatus } from '#sync/replication/status/sync-status';

/**
 * The overall state in the clerk's words. "All sent" only when the sync says `allSent`
 * (nothing pending, nothing set aside: DESIGN.md §5); idle with refused items says so instead.
 */
export function syncStateWords(t: TFunction, status: SyncStatus): string {
  switch (status.state) {
    case 'not-enrolled':
    case 'offline':
    case 'credentials-rejected':
    case 'error':
    case 'syncing':
      return t(`clerk.sync.state.${status.state}`);
    case 'idle':
      return status.allSent ? t('clerk.sync.state.allSent') : status.quarantined > 0 ? t('clerk.sync.state.setAside') : t('clerk.sync.state.syncing');
  }
}

/** Every line of the sync card, in order: shown on screen and read aloud alike. */
export function syncLines(t: TFunction, status: SyncStatus, language: string): string[] {
  const lines = [t('clerk.sync.stateLine', { state: syncStateWords(t, status) })];
  if (status.state === 'not-enrolled') return lines;
  lines.push(
    t('clerk.sync.pendingReports', { count: status.pending.reports }),
    t('clerk.sync.pendingScans', { count: status.pending.scans }),
    t('clerk.sync.pendingBlobs', { count: status.pending.blobs }),
    status.lastGoodSyncAt ? t('clerk.sync.lastGood', { time: formatTime(status.lastGoodSyncAt, language) }) : t('clerk.sync.neverGood'),
  );
  if (status.lastError) lines.push(t('clerk.sync.lastError', { message: status.lastError.message }));
  return lines;
}

/** Kiosk clock, for reading only. */
export function formatTime(iso: string, language: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString(language, { dateStyle: 'medium', timeStyle: 'short' });
}
