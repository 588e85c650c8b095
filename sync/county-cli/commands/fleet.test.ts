import { describe, expect, it } from 'vitest';
import { toCouchDoc } from '#test-fixtures/docs/couch-doc';
import { heartbeat } from '#test-fixtures/docs/valid-docs';
import { fleetRow } from './fleet';

describe('fleet rows', () => {
  it('summarise a heartbeat: version, last good sync, pending, quarantined, latest error', () => {
    const doc = toCouchDoc({ ...heartbeat, lastErrors: [{ at: '2025-03-01T05:00:00Z', message: 'old' }, ...heartbeat.lastErrors] });
    expect(fleetRow('shangzhuang', doc)).toMatchObject({
      kiosk: 'kiosk-shangzhuang-01',
      village: 'shangzhuang',
      version: '0.1.0',
      lastGoodSync: '2025-03-01T07:00:00Z',
      pending: { reports: 2, scans: 0, blobs: 3 },
      quarantined: 1,
      updateState: 'idle',
      lastError: '2025-03-01T06:59:00Z fetch failed: ECONNRESET',
      sentAt: '2025-03-01T07:45:00Z',
      intervalMinutes: 15,
      reportsToday: 4,
      configVersion: '2025-02-28T10:00:00.000Z',
      updateRefusal: null,
      freeDiskMb: 20_480,
      devices: { printer: 'ok', keypad: 'none', scanner: 'missing' },
      speechEngine: 'espeak-ng',
    });
  });

  it('show unknowns instead of failing on an old or partial heartbeat', () => {
    expect(fleetRow('a', { _id: 'k9', type: 'heartbeat' })).toMatchObject({ kiosk: 'k9', version: '?', lastGoodSync: null, pending: null, quarantined: null, lastError: null });
  });
});
