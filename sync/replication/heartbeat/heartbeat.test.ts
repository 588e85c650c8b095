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
    });
    const result = validateDocument('heartbeats', doc);
    expect(result.ok ? [] : result.errors).toEqual([]);
    expect(doc).toMatchObject({ id: 'k01', kioskId: 'k01', pending: { reports: 3, scans: 1, blobs: 7 }, quarantined: 2 });
    expect(doc.lastErrors).toHaveLength(10);
    expect(doc.lastErrors.at(-1)?.message).toBe('push reports: failure 24');
  });
});
