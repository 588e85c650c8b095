import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatchHostRequest } from '#common/dispatch-host-request';
import type { ConfigState } from '#kiosk-config/config-state';
import { createPinHash } from '#kiosk-config/clerk-pin-hash.node';
import { generateCountyKeyPair } from '#sync/signing/county-signature.node';
import { signKioskConfig } from '#sync/signing/kiosk-config-signature.node';
import { loadConfigService } from './config/config-service';
import { createMemoryLastGoodStore } from './config/last-good-store';
import { createCountyProxyService } from './county/county-proxy';
import { fakeEnrollment } from './county/fake-enrollment';
import { createMemoryCredentialStore } from './county/memory-credential-store';
import { createHostHandlers } from './host-handlers';
import { createHostServices } from './host-services';

/**
 * Issue 8, finding 3: `config.applyCounty` used to accept any document from whoever held the
 * socket, a new clerk PIN hash included. Now only county-signed documents for this village apply.
 */
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const countyKey = generateCountyKeyPair();
const village = 'qingshan';

async function setup(dataDir = mkdtempSync(path.join(tmpdir(), 'kiosk-handlers-'))) {
  if (!dirs.includes(dataDir)) dirs.push(dataDir);
  const countyStore = createMemoryLastGoodStore();
  const config = await loadConfigService({ countyStore });
  const county = createCountyProxyService({ store: createMemoryCredentialStore(fakeEnrollment({ village, countyPublicKey: countyKey.publicKey })) });
  const services = createHostServices({ hostKind: 'browser', appVersion: '0', kioskId: 'k1', platform: 'linux', config, dataDir, county });
  const handlers = createHostHandlers(services);
  const apply = async (doc: unknown) => (await dispatchHostRequest(handlers, 'config.applyCounty', doc)) as ConfigState;
  const unlock = async (pin: string) => (await dispatchHostRequest(handlers, 'clerk.unlock', { pin })) as { unlocked: boolean };
  return { handlers, countyStore, apply, unlock, dataDir };
}

const signed = (config: Record<string, unknown>, at = new Date('2026-05-01T00:00:00Z'), key = countyKey.privateKeyPem, forVillage = village) =>
  signKioskConfig(forVillage, config, key, at);

describe('config.applyCounty', () => {
  it('refuses a forged document with a new clerk PIN hash; the clerk sees why; the old PIN still works', async () => {
    const { apply, unlock, countyStore } = await setup();
    const pinHash = await createPinHash('1111');
    for (const forged of [
      { village, config: { clerk: { pinHash } } },
      { config: { clerk: { pinHash } } },
      // Signed by someone else's key, or the county's signature lifted onto another document.
      signed({ clerk: { pinHash } }, undefined, generateCountyKeyPair().privateKeyPem),
      { ...signed({ idle: { warningSeconds: 60, resetSeconds: 20 } }), config: { clerk: { pinHash } } },
    ]) {
      const state = await apply(forged);
      expect(state.layers).toEqual(['default']);
      expect(state.problems).toEqual([expect.objectContaining({ layer: 'county', message: expect.stringMatching(/^refused: /) })]);
    }
    expect(countyStore.saved).toEqual([]);
    expect(await unlock('1111')).toMatchObject({ unlocked: false });
    expect(await unlock('2468')).toMatchObject({ unlocked: true });
  });

  it('applies a county-signed document: the new PIN hash is in force and persisted', async () => {
    const { apply, unlock, countyStore } = await setup();
    const pinHash = await createPinHash('1111');
    const state = await apply(signed({ clerk: { pinHash } }));
    expect(state.layers).toContain('county');
    expect(state.problems).toEqual([]);
    expect(countyStore.saved).toEqual([{ clerk: { pinHash } }]);
    expect(await unlock('1111')).toMatchObject({ unlocked: true });
  });

  it('refuses another village\'s document and an older signed document replayed over a newer one, also after a restart', async () => {
    const first = await setup();
    expect((await first.apply(signed({ idle: { warningSeconds: 60, resetSeconds: 20 } }, undefined, undefined, 'hexi'))).problems[0]?.message).toMatch(/for village "hexi"/);
    const older = signed({ idle: { warningSeconds: 45, resetSeconds: 15 } }, new Date('2026-04-01T00:00:00Z'));
    const newer = signed({ idle: { warningSeconds: 300, resetSeconds: 30 } }, new Date('2026-05-01T00:00:00Z'));
    expect((await first.apply(newer)).config.idle.warningSeconds).toBe(300);
    // The same document again (every start re-delivers it) is fine.
    expect((await first.apply(newer)).problems).toEqual([]);
    const replay = await first.apply(older);
    expect(replay.config.idle.warningSeconds).toBe(300);
    expect(replay.problems[0]?.message).toMatch(/before the one in force/);
    const restarted = await setup(first.dataDir);
    expect((await restarted.apply(older)).problems[0]?.message).toMatch(/before the one in force/);
  });

  it('rejects an invalid signed document, names the field, and keeps the last good configuration', async () => {
    const { apply } = await setup();
    const state = await apply(signed({ idle: { warningSeconds: 'soon' } }));
    expect(state.config.idle.warningSeconds).toBe(90);
    expect(state.problems).toEqual([expect.objectContaining({ layer: 'county', path: 'idle.warningSeconds' })]);
  });

  it('refuses every county document on a kiosk enrolled without the county key', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'kiosk-handlers-'));
    dirs.push(dataDir);
    const config = await loadConfigService();
    const county = createCountyProxyService({ store: createMemoryCredentialStore(fakeEnrollment({ village })) });
    const handlers = createHostHandlers(createHostServices({ hostKind: 'browser', appVersion: '0', kioskId: 'k1', platform: 'linux', config, dataDir, county }));
    const state = (await dispatchHostRequest(handlers, 'config.applyCounty', signed({ idle: { warningSeconds: 60, resetSeconds: 20 } }))) as ConfigState;
    expect(state.problems[0]?.message).toMatch(/no county signing key/);
  });
});
