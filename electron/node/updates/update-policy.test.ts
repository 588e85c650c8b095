import { describe, expect, it } from 'vitest';
import { inQuietHours, mayInstallNow } from './install-window';
import { pickUpdateFile } from './pick-update-file';
import { inRollout, rolloutBucket } from './staged-rollout';
import { markStartHealthy, memoryStartRecordStorage, recordStart } from './start-attempts';

const ids = Array.from({ length: 1000 }, (_, i) => `qingshan-k${String(i).padStart(4, '0')}`);

describe('staged rollout by kiosk id', () => {
  it.each([0, 5, 10, 25, 50, 90, 100])('%i%% of 1,000 simulated kiosks take the version (±4 points)', (percent) => {
    const taken = ids.filter((id) => inRollout(id, '1.4.0', percent)).length;
    expect(Math.abs(taken / 10 - percent)).toBeLessThanOrEqual(4);
    if (percent === 0) expect(taken).toBe(0);
    if (percent === 100) expect(taken).toBe(1000);
  });

  it('is stable, and raising the percentage only adds kiosks', () => {
    const at10 = ids.filter((id) => inRollout(id, '1.4.0', 10));
    const at30 = new Set(ids.filter((id) => inRollout(id, '1.4.0', 30)));
    expect(at10.every((id) => at30.has(id))).toBe(true);
    expect(rolloutBucket('k1', '1.4.0')).toBe(rolloutBucket('k1', '1.4.0'));
  });

  it('does not always pick the same kiosks first for every version', () => {
    const a = new Set(ids.filter((id) => inRollout(id, '1.4.0', 10)));
    const b = ids.filter((id) => inRollout(id, '1.5.0', 10));
    expect(b.filter((id) => a.has(id)).length).toBeLessThan(b.length / 2);
  });
});

describe('install window', () => {
  const at = (hhmm: string) => new Date(`2026-06-01T${hhmm}:00`);
  it('knows quiet hours, across midnight too', () => {
    expect(inQuietHours(at('23:30'), { start: '22:00', end: '05:00' })).toBe(true);
    expect(inQuietHours(at('04:59'), { start: '22:00', end: '05:00' })).toBe(true);
    expect(inQuietHours(at('05:00'), { start: '22:00', end: '05:00' })).toBe(false);
    expect(inQuietHours(at('12:00'), { start: '12:00', end: '13:00' })).toBe(true);
    expect(inQuietHours(at('14:00'), { start: '12:00', end: '13:00' })).toBe(false);
  });
  it('installs only in quiet hours, when idle and nothing waits to sync', () => {
    const base = { now: at('23:00'), quietHours: { start: '22:00', end: '05:00' }, idleSeconds: 900, minIdleSeconds: 600, pendingSync: 0 };
    expect(mayInstallNow(base)).toEqual({ ok: true });
    expect(mayInstallNow({ ...base, now: at('10:00') })).toEqual({ ok: false, waitingFor: 'quiet-hours' });
    expect(mayInstallNow({ ...base, idleSeconds: 30 })).toEqual({ ok: false, waitingFor: 'idle' });
    expect(mayInstallNow({ ...base, pendingSync: 2 })).toEqual({ ok: false, waitingFor: 'sync' });
  });
});

describe('failed-start rollback', () => {
  const now = new Date('2026-06-01T23:00:00Z');
  it('rolls back after two failed starts of a new version, blocks it and reports it', () => {
    const storage = memoryStartRecordStorage();
    expect(recordStart(storage, '1.0.0', now).action).toBe('run');
    markStartHealthy(storage);
    const installers = (v: string) => `/cache/VillageKiosk-Setup-${v}.exe`;
    expect(recordStart(storage, '1.1.0', now, installers).action).toBe('run'); // first start: crashes
    expect(recordStart(storage, '1.1.0', now, installers).action).toBe('run'); // second start: crashes
    const third = recordStart(storage, '1.1.0', now, installers);
    expect(third).toMatchObject({ action: 'roll-back', to: { version: '1.0.0', installer: '/cache/VillageKiosk-Setup-1.0.0.exe' } });
    expect(storage.record()).toMatchObject({ rolledBack: { from: '1.1.0', to: '1.0.0' }, blockedVersions: ['1.1.0'] });
    // Back on 1.0.0: it runs, and the report survives for the heartbeat.
    const back = recordStart(storage, '1.0.0', now);
    expect(back.action).toBe('run');
    expect(back.record.rolledBack?.from).toBe('1.1.0');
    expect(back.record.blockedVersions).toEqual(['1.1.0']);
  });

  it('keeps a version that started healthy, however often it restarts', () => {
    const storage = memoryStartRecordStorage();
    recordStart(storage, '1.0.0', now);
    markStartHealthy(storage);
    recordStart(storage, '1.1.0', now);
    markStartHealthy(storage);
    for (let i = 0; i < 5; i += 1) expect(recordStart(storage, '1.1.0', now).action).toBe('run');
  });

  it('never rolls back the first version ever installed (there is nothing to go back to)', () => {
    const storage = memoryStartRecordStorage();
    for (let i = 0; i < 4; i += 1) expect(recordStart(storage, '1.0.0', now).action).toBe('run');
  });
});

describe('installer choice', () => {
  const files = ['VillageKiosk-Setup-1.1.0.exe', 'VillageKiosk-1.1.0-x86_64.AppImage', 'VillageKiosk-1.1.0-arm64.AppImage'].map((url) => ({ url, sha512: '', size: 1 }));
  it('picks the installer of this platform and architecture', () => {
    expect(pickUpdateFile(files, 'win32', 'x64')?.url).toBe(files[0]!.url);
    expect(pickUpdateFile(files, 'linux', 'x64')?.url).toBe(files[1]!.url);
    expect(pickUpdateFile(files, 'linux', 'arm64')?.url).toBe(files[2]!.url);
    expect(pickUpdateFile(files, 'darwin', 'arm64')).toBeUndefined();
  });
});
