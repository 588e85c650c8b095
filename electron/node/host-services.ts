import path from 'node:path';
import { createClerkUnlockService } from './clerk/clerk-unlock-service';
import type { ConfigService } from './config/config-service';
import { createCountyConfigGuard } from './config/county-config-guard';
import { createFileSignedAtStore } from './config/signed-at-store';
import { verifyClerkPin } from '#kiosk-config/clerk-pin-hash.node';
import type { SecretBox } from './county/credential-store';
import { createCountyProxyService } from './county/county-proxy';
import type { CountyService } from './county/county-service';
import { CREDENTIALS_FILE_NAME, createFileCredentialStore } from './county/file-credential-store';
import type { HostServices } from './host-handlers';
import { createDeviceService } from './devices/device-service';
import type { HidSource } from './hid/hid-source';
import { createHostHealth } from './health/host-health';
import { createEspeakSpeechService, espeakAvailable } from './speech/espeak-speech-service';
import type { UpdateState } from './updates/update-state';
import { createRecordingSpeechService, createUnavailableSpeechService } from './speech/speech-service';

export interface HostServiceOptions {
  hostKind: 'electron' | 'browser';
  appVersion: string;
  kioskId: string;
  platform: string;
  config: ConfigService;
  /** The kiosk's data directory: the county enrollment (credentials) is kept here. */
  dataDir: string;
  /**
   * Encryption at rest for the enrollment credentials. Electron passes a safeStorage box;
   * browser mode has no OS keychain and relies on the file's 0600 mode (unsealed box).
   */
  credentialBox?: SecretBox;
  /** Replaces the county service built from `dataDir` (tests). */
  county?: CountyService;
  /**
   * 'record' swaps in a recording speech engine (end-to-end tests read it back); 'none' turns the
   * host's engine off, as on a machine without espeak-ng (the renderer's own voices then speak).
   */
  speechMode?: string;
  /**
   * Replaces node-hid. Only the browser-mode host passes one, and only for end-to-end tests
   * (KIOSK_FAKE_HID): the Electron root never does, so a packaged kiosk always reads real devices.
   */
  hidSource?: HidSource;
  /** Host log lines (never credentials). */
  log?: (line: string) => void;
  /** Electron: the renderer crashes main recovered from (electron/main/renderer-crash-recovery.ts). */
  rendererRestarts?: () => { at: string; reason: string }[];
  /** Electron: the update service's state (electron/node/updates/), for the heartbeat. */
  updates?: () => UpdateState;
  now?: () => Date;
}

/**
 * The one composition of host services, shared by both roots (Electron main and the
 * browser-mode host) so the two runtimes cannot drift apart: they differ only in the options.
 */
export function createHostServices(options: HostServiceOptions): HostServices {
  const { config } = options;
  const now = options.now ?? (() => new Date());
  const speechEngine = options.speechMode === 'record' ? 'recording' : options.speechMode !== 'none' && espeakAvailable() ? 'espeak-ng' : 'none';
  const speech =
    speechEngine === 'recording'
      ? // Tests: as long as a slow voice (about 4 characters a second), so reading can be stopped.
        createRecordingSpeechService({ msPerCharacter: 250, maxMs: 10_000 })
      : speechEngine === 'espeak-ng'
        ? createEspeakSpeechService()
        : createUnavailableSpeechService();
  const county =
    options.county ??
    createCountyProxyService({
      store: createFileCredentialStore(path.join(options.dataDir, CREDENTIALS_FILE_NAME), options.credentialBox),
      log: (line) => options.log?.(`[county] ${line}`),
    });
  const signedAt = createFileSignedAtStore(path.join(options.dataDir, COUNTY_CONFIG_SIGNED_AT_FILE));
  return {
    config,
    health: createHostHealth({
      config: () => config.current(),
      countySignedAt: () => signedAt.load(),
      ...(options.updates ? { updates: options.updates } : {}),
      speechEngine,
      dataDir: options.dataDir,
    }),
    countyConfig: createCountyConfigGuard({
      config,
      enrollment: () => ({ village: county.status().village, countyPublicKey: county.signingKey() }),
      signedAt,
      log: (line) => options.log?.(`[config] ${line}`),
    }),
    systemInfo: () => ({
      appVersion: options.appVersion,
      hostKind: options.hostKind,
      platform: options.platform,
      kioskId: options.kioskId,
      hostTime: now().toISOString(),
      ...(options.rendererRestarts ? { rendererRestarts: options.rendererRestarts() } : {}),
    }),
    speech,
    clerk: createClerkUnlockService({ pinHash: () => config.current().config.clerk.pinHash, verify: verifyClerkPin }),
    devices: createDeviceService({
      devices: () => config.current().config.devices,
      ...(options.hidSource ? { hidSource: options.hidSource } : {}),
      log: (line) => options.log?.(line),
    }),
    county,
  };
}

/** When the county configuration in force was signed (county-config-guard.ts: no replays). */
export const COUNTY_CONFIG_SIGNED_AT_FILE = 'county-config-signed-at.json';
