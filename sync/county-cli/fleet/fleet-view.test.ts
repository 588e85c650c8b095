import { describe, expect, it } from 'vitest';
import { expectedFleetStates, FLEET_NOW, fleetHeartbeats, fleetProvisioned, fleetTowns } from '#test-fixtures/fleet/fleet-fixture';
import { buildFleetEntries, fleetRow } from '../commands/fleet';
import { escapeHtml, renderFleetHtml } from './fleet-html';
import { fleetHealth } from './fleet-status';

const entries = buildFleetEntries({ heartbeats: fleetHeartbeats, provisioned: fleetProvisioned, towns: fleetTowns, now: FLEET_NOW });

describe('county fleet status words', () => {
  it('lists every provisioned kiosk once with 正常 / 需要关注 / 失联', () => {
    expect(Object.fromEntries(entries.map((e) => [`${e.village}/${e.row.kiosk}`, e.health.state]))).toEqual(expectedFleetStates);
    expect(entries.find((e) => e.village === 'qingshan' && e.row.kiosk === 'k01')?.health).toEqual({ state: 'ok', word: '正常', reasons: [], lostSince: null });
  });

  it('says why a kiosk needs attention: a refused configuration, a refused update', () => {
    const byKey = (village: string, kiosk: string) => entries.find((e) => e.village === village && e.row.kiosk === kiosk)!.health;
    expect(byKey('qingshan', 'k02')).toMatchObject({ word: '需要关注', reasons: [expect.stringMatching(/配置被拒绝.*signature does not match/)] });
    expect(byKey('shangzhuang', 'k01').reasons).toEqual([expect.stringMatching(/更新被拒绝: expired-feed/)]);
  });

  it('says since when a kiosk is 失联, or that it never reported', () => {
    const lost = entries.filter((e) => e.health.state === 'lost').map((e) => [e.village, e.row.kiosk, e.health.word, e.health.lostSince]);
    expect(lost).toEqual([
      ['xiahe', 'k01', '失联', '2026-06-01T06:00:00.000Z'],
      ['xiahe', 'k02', '失联', null],
    ]);
  });

  it('flags quarantined rows, stale pending work, low disk and missing devices', () => {
    const row = fleetRow('a', {
      _id: 'k9',
      type: 'heartbeat',
      kioskId: 'k9',
      sentAt: '2026-06-02T07:55:00Z',
      quarantined: 2,
      pending: { reports: 3, scans: 0, blobs: 1 },
      lastGoodSyncAt: '2026-05-30T00:00:00Z',
      freeDiskMb: 300,
      devices: { printer: 'missing', keypad: 'none', scanner: 'ok' },
    });
    expect(fleetHealth(row, { now: FLEET_NOW }).reasons).toEqual([
      expect.stringMatching(/2 条记录/),
      expect.stringMatching(/4 项等待同步/),
      expect.stringMatching(/300 MB/),
      expect.stringMatching(/printer/),
    ]);
  });

  it('uses the kiosk-reported interval for 失联 (three intervals, at least an hour)', () => {
    const row = fleetRow('a', { _id: 'k9', type: 'heartbeat', kioskId: 'k9', sentAt: '2026-06-02T05:30:00Z', intervalMinutes: 60 });
    expect(fleetHealth(row, { now: FLEET_NOW }).state).toBe('ok');
    expect(fleetHealth(row, { now: FLEET_NOW, lostAfterMinutes: 120 }).state).toBe('lost');
  });
});

describe('county fleet --html', () => {
  it('is self-contained: no script, no external reference, a CSP that allows only its own style', () => {
    const html = renderFleetHtml(entries, FLEET_NOW);
    expect(html).not.toMatch(/<script|<link|src=|url\(|@import|https?:\/\//i);
    expect(html).toMatch(/default-src 'none'; style-src 'sha256-/);
    expect(html).toContain('青山镇');
  });

  it('escapes what kiosks wrote', () => {
    const hostile = buildFleetEntries({
      heartbeats: [{ village: 'x', doc: { _id: 'k1', type: 'heartbeat', kioskId: 'k1', sentAt: '2026-06-02T07:55:00Z', configProblem: '<img src=x onerror=alert(1)>' } }],
      provisioned: [],
      towns: {},
      now: FLEET_NOW,
    });
    const html = renderFleetHtml(hostile, FLEET_NOW);
    expect(html).not.toContain('<img');
    expect(html).toContain(escapeHtml('<img src=x onerror=alert(1)>'));
  });
});
