import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '#sync/county-cli/run-cli';
import { countyPublicKeyOf, generateCountyKeyPair } from '#sync/signing/county-signature.node';
import { signUpdateFeed, type SignedUpdateFeed } from '#sync/signing/update-feed-signature.node';
import { startStaticUpdateServer, type StaticUpdateServer } from '#test-support/updates/static-update-server';
import { createUpdateKeyRing, memoryKeyRingStorage } from './update-key-ring';
import { createUpdateService, type UpdateServiceDeps } from './update-service';

// The whole update path against a local update server: `county update publish` writes the feed
// into a folder, the server serves it on 127.0.0.1, the kiosk's update service fetches, checks,
// downloads and verifies. Each threat is one test with its own refusal code.

const root = mkdtempSync(path.join(tmpdir(), 'kiosk-updates-'));
const dist = path.join(root, 'dist');
const keyFile = path.join(root, 'county.pem');
const nextKeyFile = path.join(root, 'county-next.pem');
const installer = 'VillageKiosk-Setup-1.1.0.exe';
const published = new Date('2026-06-01T02:00:00Z');
let server: StaticUpdateServer;
let countyKey: string;

async function publish(args: string[], now = published) {
  const err: string[] = [];
  const code = await runCli(['update', 'publish', '--dir', dist, '--county-key', keyFile, ...args], {
    out: () => undefined,
    err: (line) => err.push(line),
    env: {},
    now: () => now,
    readStdin: async () => undefined,
  });
  expect(code, err.join('\n')).toBe(0);
}

const feedPath = () => path.join(dist, 'stable.feed.json');
const readFeed = () => JSON.parse(readFileSync(feedPath(), 'utf8')) as SignedUpdateFeed;

function service(overrides: Partial<UpdateServiceDeps> = {}) {
  return createUpdateService({
    updateUrl: () => server.url,
    channel: () => 'stable',
    kioskId: 'k-any',
    currentVersion: '1.0.0',
    platform: 'win32',
    arch: 'x64',
    keyRing: createUpdateKeyRing(countyKey, memoryKeyRingStorage()),
    blockedVersions: () => [],
    cacheDir: mkdtempSync(path.join(root, 'cache-')),
    fetch,
    now: () => new Date('2026-06-02T02:00:00Z'),
    ...overrides,
  });
}

beforeAll(async () => {
  const pair = generateCountyKeyPair();
  writeFileSync(keyFile, pair.privateKeyPem, { mode: 0o600 });
  writeFileSync(nextKeyFile, generateCountyKeyPair().privateKeyPem, { mode: 0o600 });
  countyKey = pair.publicKey;
  server = await startStaticUpdateServer(dist);
});
afterAll(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});
beforeEach(async () => {
  rmSync(dist, { recursive: true, force: true });
  const { mkdirSync } = await import('node:fs');
  mkdirSync(dist);
  writeFileSync(path.join(dist, installer), Buffer.alloc(200_000, 7));
  writeFileSync(path.join(dist, 'VillageKiosk-1.1.0-x86_64.AppImage'), Buffer.alloc(1000, 3));
  await publish(['--version', '1.1.0', '--channel', 'stable']);
});

describe('county update publish', () => {
  it('writes electron-updater feeds per platform and a county-signed envelope', () => {
    const latest = readFileSync(path.join(dist, 'stable.yml'), 'utf8');
    expect(latest).toContain(`path: ${installer}`);
    expect(readFileSync(path.join(dist, 'stable-linux.yml'), 'utf8')).toContain('VillageKiosk-1.1.0-x86_64.AppImage');
    const { feed, signature } = readFeed();
    expect(feed).toMatchObject({ version: '1.1.0', channel: 'stable', rollout: 100, expiresAt: '2026-06-15T02:00:00.000Z' });
    expect(feed.files.map((f) => f.url)).toEqual(['VillageKiosk-1.1.0-x86_64.AppImage', installer]);
    expect(signature.alg).toBe('ed25519');
  });
});

describe('kiosk update verification against a local update server', () => {
  it('accepts a good update: feed verified, file downloaded and its SHA-512 checked', async () => {
    const updates = service();
    const offer = await updates.check();
    expect(offer?.file.url).toBe(installer);
    const file = await updates.download(offer!);
    expect(file).toBeDefined();
    expect(updates.state()).toMatchObject({ status: 'ready', version: '1.1.0' });
    expect(server.requests).toContain(installer);
  });

  it('refuses a tampered file', async () => {
    writeFileSync(path.join(dist, installer), Buffer.alloc(200_000, 8));
    const updates = service();
    const file = await updates.download((await updates.check())!);
    expect(file).toBeUndefined();
    expect(updates.state().refusal?.code).toBe('tampered-file');
  });

  it('refuses a file changed in the cache after download, right before installing', async () => {
    const updates = service();
    const offer = (await updates.check())!;
    const file = (await updates.download(offer))!;
    writeFileSync(file, Buffer.alloc(200_000, 9));
    const ok = await updates.verifyBeforeInstall(offer, file, { quietHours: { start: '00:00', end: '23:59' }, idleSeconds: 999, minIdleSeconds: 60, pendingSync: 0 });
    expect(ok).toBe(false);
    expect(updates.state().refusal?.code).toBe('tampered-file');
  });

  it('refuses a tampered feed', async () => {
    const doc = readFeed();
    doc.feed.files[1]!.sha512 = Buffer.alloc(64, 1).toString('base64');
    writeFileSync(feedPath(), JSON.stringify(doc));
    const updates = service();
    expect(await updates.check()).toBeUndefined();
    expect(updates.state().refusal?.code).toBe('tampered-feed');
  });

  it('refuses an unsigned feed', async () => {
    writeFileSync(feedPath(), JSON.stringify({ feed: readFeed().feed }));
    const updates = service();
    expect(await updates.check()).toBeUndefined();
    expect(updates.state().refusal?.code).toBe('unsigned-feed');
  });

  it('refuses a feed signed with a key the kiosk does not trust', async () => {
    const other = generateCountyKeyPair();
    writeFileSync(feedPath(), JSON.stringify(signUpdateFeed(readFeed().feed, other.privateKeyPem, published)));
    const updates = service();
    expect(await updates.check()).toBeUndefined();
    expect(updates.state().refusal?.code).toBe('wrong-key');
  });

  it('refuses a downgrade', async () => {
    const updates = service({ currentVersion: '1.2.0' });
    expect(await updates.check()).toBeUndefined();
    expect(updates.state().refusal?.code).toBe('downgrade');
  });

  it('refuses a version that failed to start here and was rolled back', async () => {
    const updates = service({ blockedVersions: () => ['1.1.0'] });
    expect(await updates.check()).toBeUndefined();
    expect(updates.state().refusal).toMatchObject({ code: 'downgrade', message: expect.stringMatching(/rolled back/) });
  });

  it('refuses an expired feed (freeze attack), and accepts it again once the county re-signs', async () => {
    const later = new Date('2026-06-20T00:00:00Z');
    const updates = service({ now: () => later });
    expect(await updates.check()).toBeUndefined();
    expect(updates.state().refusal?.code).toBe('expired-feed');
    await publish(['--version', '1.1.0', '--channel', 'stable'], new Date('2026-06-19T00:00:00Z'));
    expect(await updates.check()).toBeDefined();
  });

  it('says up to date when the feed offers the running version', async () => {
    const updates = service({ currentVersion: '1.1.0' });
    expect(await updates.check()).toBeUndefined();
    expect(updates.state()).toMatchObject({ status: 'up-to-date', version: '1.1.0' });
  });

  it('treats an unreachable update server as nothing new, not a refusal', async () => {
    const updates = service({ updateUrl: () => 'http://127.0.0.1:9/updates/' });
    expect(await updates.check()).toBeUndefined();
    expect(updates.state().status).toBe('up-to-date');
  });

  it('rotates keys: a feed signed by the old key announces the new one, which then replaces it', async () => {
    await publish(['--version', '1.1.0', '--channel', 'stable', '--next-key', nextKeyFile]);
    const storage = memoryKeyRingStorage();
    const keyRing = createUpdateKeyRing(countyKey, storage);
    const nextKey = countyPublicKeyOf(readFileSync(nextKeyFile, 'utf8'));
    expect(await service({ keyRing }).check()).toBeDefined();
    expect(keyRing.keys()).toEqual([countyKey, nextKey]);

    // The county now signs with the new key: accepted, and the old key is retired.
    const { mkdirSync } = await import('node:fs');
    mkdirSync(dist, { recursive: true });
    const swap = path.join(root, 'swap.pem');
    writeFileSync(swap, readFileSync(nextKeyFile));
    await runCli(['update', 'publish', '--dir', dist, '--county-key', swap, '--version', '1.1.0', '--channel', 'stable'], {
      out: () => undefined, err: () => undefined, env: {}, now: () => published, readStdin: async () => undefined,
    });
    expect(await service({ keyRing }).check()).toBeDefined();
    expect(keyRing.keys()).toEqual([nextKey]);
    expect(storage.saved.at(-1)).toEqual([nextKey]);

    // A feed from the retired key is now refused.
    await publish(['--version', '1.1.0', '--channel', 'stable']);
    const refused = service({ keyRing });
    expect(await refused.check()).toBeUndefined();
    expect(refused.state().refusal?.code).toBe('wrong-key');
  });
});
