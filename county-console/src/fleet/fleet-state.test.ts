import { describe, expect, it } from 'vitest';
import { fleetEntry, type Heartbeat } from './fleet-state';

const now = new Date('2026-01-10T12:00:00.000Z');
const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000).toISOString();
const beat = (extra: Partial<Heartbeat> = {}): Heartbeat => ({
  _id: 'k1',
  type: 'heartbeat',
  village: 'v1',
  kioskId: 'k1',
  appVersion: '1.0.0',
  lastGoodSyncAt: minutesAgo(10),
  pending: { reports: 0, scans: 0, blobs: 0 },
  quarantined: 0,
  updateState: 'idle',
  lastErrors: [],
  sentAt: minutesAgo(10),
  ...extra,
});

describe('a kiosk in words', () => {
  it('is ok when it speaks and nothing needs a person', () => {
    expect(fleetEntry(beat(), now)).toEqual(expect.objectContaining({ state: 'ok', reasons: [] }));
  });

  it('needs attention with the reasons: refused documents, a recent error, a stale sync', () => {
    const entry = fleetEntry(beat({ quarantined: 2, lastErrors: [{ at: minutesAgo(30), message: 'disk full' }], lastGoodSyncAt: minutesAgo(120) }), now);
    expect(entry.state).toBe('attention');
    expect(entry.reasons.map((reason) => reason.kind)).toEqual(['quarantined', 'recent-error', 'no-good-sync']);
  });

  it('is lost after an hour without a heartbeat, since its last one', () => {
    const entry = fleetEntry(beat({ sentAt: minutesAgo(61), lastGoodSyncAt: minutesAgo(61) }), now);
    expect(entry).toEqual(expect.objectContaining({ state: 'lost', since: minutesAgo(61) }));
  });
});
