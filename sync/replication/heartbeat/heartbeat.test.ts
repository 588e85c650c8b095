import { describe, expect, it } from 'vitest';
import { validateDocument } from '../../schema/validate-document';
import { buildHeartbeat } from './heartbeat';

describe('heartbeat', () => {
  it('is a valid heartbeat document built from the sync status, errors capped', () => {
    const doc = buildHeartbeat({
      village: 'shangzhuang',
      kioskId: 'k01',
      appVersion: '0.1.0',
      updateState: 'idle',
      status: {
        state: 'offline',
        pending: { reports: 3, scans: 1, blobs: 7 },
        quarantined: 2,
        lastGoodSyncAt: '2025-03-01T08:00:00.000Z',
        lastError: { kind: 'offline', message: 'cannot reach', at: '2025-03-01T09:00:00.000Z' },
        allSent: false,
      },
      errors: Array.from({ length: 25 }, (_, i) => ({ at: '2025-03-01T09:00:00.000Z', message: `push reports: failure ${i}` })),
      now: new Date('2025-03-01T09:30:00Z'),
      intervalMinutes: 15,
      reportsToday: 3,
    });
    const result = validateDocument('heartbeats', doc);
    expect(result.ok ? [] : result.errors).toEqual([]);
    expect(doc).toMatchObject({ id: 'k01', kioskId: 'k01', pending: { reports: 3, scans: 1, blobs: 7 }, quarantined: 2 });
    expect(doc.lastErrors).toHaveLength(10);
    expect(doc.lastErrors.at(-1)?.message).toBe('push reports: failure 24');
  });

  it('reports the alerts shown, newest first and capped, and validates', () => {
    const doc = buildHeartbeat({
      village: 'shangzhuang',
      kioskId: 'k01',
      appVersion: '0.1.0',
      updateState: 'idle',
      status: { state: 'idle', pending: { reports: 0, scans: 0, blobs: 0 }, quarantined: 0, allSent: true },
      errors: [],
      now: new Date('2026-07-01T10:00:00Z'),
      intervalMinutes: 15,
      reportsToday: 0,
      alertsShown: Array.from({ length: 40 }, (_, i) => ({ id: `alert-${i}`, shownAt: `2026-07-01T09:${String(i).padStart(2, '0')}:00.000Z`, ...(i === 39 ? { acknowledgedAt: '2026-07-01T09:59:00.000Z' } : {}) })),
    });
    const result = validateDocument('heartbeats', doc);
    expect(result.ok ? [] : result.errors).toEqual([]);
    expect(doc.alertsShown).toHaveLength(30);
    expect(doc.alertsShown?.[0]).toEqual({ id: 'alert-39', shownAt: '2026-07-01T09:39:00.000Z', acknowledgedAt: '2026-07-01T09:59:00.000Z' });
  });

  it('carries the host facts, bounded, and stays valid', () => {
    const doc = buildHeartbeat({
      village: 'shangzhuang',
      kioskId: 'k01',
      appVersion: '1.1.0',
      updateState: 'unknown',
      status: { state: 'idle', pending: { reports: 0, scans: 0, blobs: 0 }, quarantined: 0, allSent: true },
      errors: [],
      now: new Date('2025-03-01T09:30:00Z'),
      intervalMinutes: 30,
      reportsToday: 12,
      host: {
        configVersion: '2025-03-01T00:00:00.000Z',
        configProblem: `refused: ${'x'.repeat(1000)}`,
        updateState: 'refused',
        update: { version: '1.2.0', refusal: 'expired-feed: the update feed expired' },
        freeDiskMb: 2048,
        devices: { printer: 'ok', keypad: 'none', scanner: 'missing' },
        speechEngine: 'espeak-ng',
      },
    });
    const result = validateDocument('heartbeats', doc);
    expect(result.ok ? [] : result.errors).toEqual([]);
    expect(doc).toMatchObject({ updateState: 'refused', intervalMinutes: 30, reportsToday: 12, freeDiskMb: 2048, speechEngine: 'espeak-ng', updateDetail: { version: '1.2.0' } });
    expect(doc.configProblem).toHaveLength(300);
    expect(JSON.stringify(doc).length).toBeLessThan(2000);
  });
});
