import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createClerkUnlockService } from '../clerk/clerk-unlock-service';
import type { ConfigService } from '../config/config-service';
import { createCountyConfigGuard } from '../config/county-config-guard';
import { createFakeConfigService } from '../config/fake-config-service';
import { createMemorySignedAtStore } from '../config/signed-at-store';
import { createHostHealth } from '../health/host-health';
import { createUnenrolledCountyService } from '../county/county-service';
import { createFakeDeviceService } from '../devices/fake-device-service';
import { createHostEventSource, createHostHandlers, type HostServices } from '../host-handlers';
import { createRecordingSpeechService } from '../speech/speech-service';
import { startBrowserHost, type RunningBrowserHost } from './browser-host';

export interface TestHost {
  host: RunningBrowserHost;
  rendererDir: string;
  /** `Cookie` header value of the kiosk browser's session (the test plays that browser); '' if not opened. */
  cookie: string;
  /** Headers a browser on the kiosk page sends with the socket upgrade. */
  socketHeaders: Record<string, string>;
  stop(): Promise<void>;
}

/** What the kiosk's browser does first: open the launch URL and keep the session cookie. */
export async function openKioskSession(host: RunningBrowserHost): Promise<string> {
  const res = await fetch(host.url, { redirect: 'manual' });
  const cookie = res.headers.getSetCookie()[0];
  if (res.status !== 200 || !cookie) throw new Error(`launch URL answered ${res.status} without a session cookie`);
  return cookie.split(';')[0]!;
}

/**
 * A browser-mode host on a random port with a one-page renderer and simple services, for
 * tests that attack the transport rather than the services.
 */
export async function startTestHost(
  overrides: Partial<Omit<HostServices, 'config'>> & { config?: ConfigService } = {},
  { openSession = true } = {},
): Promise<TestHost> {
  const rendererDir = mkdtempSync(path.join(tmpdir(), 'kiosk-renderer-'));
  writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><html><head><title>k</title></head><body></body></html>');
  const config = overrides.config ?? createFakeConfigService();
  const county = overrides.county ?? createUnenrolledCountyService();
  const services: HostServices = {
    countyConfig: createCountyConfigGuard({
      config,
      enrollment: () => ({ village: county.status().village, countyPublicKey: county.signingKey() }),
      signedAt: createMemorySignedAtStore(),
    }),
    systemInfo: () => ({ appVersion: '9.9.9', hostKind: 'browser', platform: 'linux', kioskId: 'kiosk-test', hostTime: new Date(0).toISOString() }),
    speech: createRecordingSpeechService(),
    clerk: createClerkUnlockService({ pinHash: () => 'h', verify: async (pin) => pin === '2468' }),
    devices: createFakeDeviceService(),
    health: createHostHealth({ config: () => config.current(), countySignedAt: () => undefined, speechEngine: 'recording', dataDir: rendererDir }),
    ...overrides,
    config,
    county,
  };
  const host = await startBrowserHost({ rendererDir, port: 0, handlers: createHostHandlers(services), events: createHostEventSource(services) });
  const cookie = openSession ? await openKioskSession(host) : '';
  return {
    host,
    rendererDir,
    cookie,
    socketHeaders: { Origin: host.origin, Cookie: cookie },
    async stop() {
      await host.close();
      rmSync(rendererDir, { recursive: true, force: true });
    },
  };
}
