import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import type { UpdateOffer, UpdateService } from '#host/updates/update-service';
import type { UpdateState } from '#host/updates/update-state';
import { createUpdateService } from '#host/updates/update-service';
import { createUpdateKeyRing, memoryKeyRingStorage } from '#host/updates/update-key-ring';
import { generateCountyKeyPair } from '#sync/signing/county-signature.node';
import { signUpdateFeed } from '#sync/signing/update-feed-signature.node';
import { runUpdateCycle, type AutoUpdaterLike } from './update-install-hook';

const dir = mkdtempSync(path.join(tmpdir(), 'update-hook-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const bytes = Buffer.alloc(5000, 1);
const name = 'VillageKiosk-Setup-1.1.0.exe';

class FakeUpdater implements AutoUpdaterLike {
  autoDownload = true;
  autoInstallOnAppQuit = true;
  feedUrls: unknown[] = [];
  installs = 0;
  downloads = 0;
  constructor(private readonly content: Buffer) {}
  setFeedURL(options: unknown) {
    this.feedUrls.push(options);
  }
  async checkForUpdates() {
    return {};
  }
  async downloadUpdate() {
    this.downloads += 1;
    const file = path.join(dir, `dl-${this.downloads}`, name);
    const { mkdirSync } = await import('node:fs');
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, this.content);
    return [file];
  }
  quitAndInstall() {
    this.installs += 1;
  }
}

const pair = generateCountyKeyPair();
const signed = signUpdateFeed(
  {
    version: '1.1.0',
    channel: 'stable',
    rollout: 100,
    files: [{ url: name, sha512: createHash('sha512').update(bytes).digest('base64'), size: bytes.length }],
    releaseDate: '2026-06-01T00:00:00.000Z',
    expiresAt: '2026-07-01T00:00:00.000Z',
  },
  pair.privateKeyPem,
  new Date('2026-06-01T00:00:00Z'),
);
const fakeFetch = (async () => new Response(JSON.stringify(signed))) as typeof fetch;

function service(): UpdateService {
  return createUpdateService({
    updateUrl: () => 'http://county.invalid/updates/',
    channel: () => 'stable',
    kioskId: 'k1',
    currentVersion: '1.0.0',
    platform: 'win32',
    arch: 'x64',
    keyRing: createUpdateKeyRing(pair.publicKey, memoryKeyRingStorage()),
    blockedVersions: () => [],
    cacheDir: dir,
    fetch: fakeFetch,
    now: () => new Date('2026-06-02T23:00:00'),
  });
}
const quiet = { quietHours: { start: '22:00', end: '05:00' }, idleSeconds: 900, minIdleSeconds: 600, pendingSync: 0 };
const deps = (updater: AutoUpdaterLike, s: UpdateService, conditions = quiet) => ({ updater, service: s, updateUrl: () => 'http://county.invalid/updates/', channel: () => 'stable', conditions: () => conditions });

describe('electron-updater install hook', () => {
  it('turns off electron-updater auto download and install-on-quit, then installs a verified update', async () => {
    const updater = new FakeUpdater(bytes);
    expect(await runUpdateCycle(deps(updater, service()))).toBe('installing');
    expect(updater.autoDownload).toBe(false);
    expect(updater.autoInstallOnAppQuit).toBe(false);
    expect(updater.installs).toBe(1);
  });

  it('does not install a downloaded file that differs from the signed feed', async () => {
    const updater = new FakeUpdater(Buffer.alloc(5000, 2));
    const s = service();
    expect(await runUpdateCycle(deps(updater, s))).toBe('refused');
    expect(updater.installs).toBe(0);
    expect(s.state().refusal?.code).toBe('tampered-file');
  });

  it('waits while reports are waiting to sync', async () => {
    const updater = new FakeUpdater(bytes);
    const s = service();
    expect(await runUpdateCycle(deps(updater, s, { ...quiet, pendingSync: 3 }))).toBe('waiting');
    expect(updater.installs).toBe(0);
    expect(s.state()).toMatchObject<Partial<UpdateState>>({ status: 'waiting', waitingFor: 'sync' });
  });

  it('never asks electron-updater to download when the signed feed offers nothing', async () => {
    const updater = new FakeUpdater(bytes);
    const none: UpdateService = { ...service(), check: async (): Promise<UpdateOffer | undefined> => undefined };
    expect(await runUpdateCycle(deps(updater, none))).toBe('nothing');
    expect(updater.downloads).toBe(0);
  });
});
