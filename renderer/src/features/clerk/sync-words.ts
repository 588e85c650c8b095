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
  if (status.lastError) lines.push(t('clerk.sync.lastError', { problem: t(`clerk.sync.problem.${status.lastError.kind}`) }));
  return lines;
}

/**
 * The line under "sync now", following the sync until it ends in a result. "All sent" only as
 * the sync says it (`allSent`), with the time it is true on the kiosk clock ("全部已发送，14:32").
 */
export function syncNowResult(t: TFunction, status: SyncStatus, { seenBusy, language }: { seenBusy: boolean; language: string }): string {
  switch (status.state) {
    case 'not-enrolled':
      return t('clerk.sync.result.notEnrolled');
    case 'offline':
      return t('clerk.sync.result.offline');
    case 'credentials-rejected':
      return t('clerk.sync.result.credentials');
    case 'error':
      return t('clerk.sync.result.error');
    case 'syncing':
      return t('clerk.sync.result.sending', { count: status.pending.reports + status.pending.scans + status.pending.blobs });
    case 'idle':
      if (status.allSent) return t('clerk.sync.result.allSent', { time: formatClock(status.lastGoodSyncAt ?? new Date().toISOString(), language) });
      if (status.quarantined > 0) return t('clerk.sync.result.setAside', { count: status.quarantined });
      return seenBusy ? t('clerk.sync.result.sending', { count: status.pending.reports + status.pending.scans + status.pending.blobs }) : t('clerk.sync.result.starting');
  }
}

/** "14:32": the kiosk clock's hour and minute, for reading only. */
export function formatClock(iso: string, language: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleTimeString(language === 'en' ? 'en-GB' : 'zh-CN', { hour: '2-digit', minute: '2-digit', hour12: false });
}

/** Kiosk clock, for reading only. */
export function formatTime(iso: string, language: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString(language, { dateStyle: 'medium', timeStyle: 'short' });
}
