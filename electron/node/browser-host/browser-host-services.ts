import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createClerkUnlockService } from '../clerk/clerk-unlock-service';
import type { ConfigService } from '../config/config-service';
import { verifyClerkPin } from '../config/verify-clerk-pin';
import { createCountyProxyService } from '../county/county-proxy';
import type { CountyService } from '../county/county-service';
import { CREDENTIALS_FILE_NAME, createFileCredentialStore } from '../county/file-credential-store';
import type { HostServices } from '../host-handlers';
import { createCupsReceiptPrinter, noReceiptPrinter } from '../printer/receipt-printer';
import { createEspeakSpeechService, espeakAvailable } from '../speech/espeak-speech-service';
import { createRecordingSpeechService, createUnavailableSpeechService } from '../speech/speech-service';

export interface BrowserHostServiceOptions {
  repoRoot: string;
  kioskId: string;
  config: ConfigService;
  /** The kiosk's data directory: the county enrollment (credentials, mode 0600) is kept here. */
  dataDir: string;
  /** Replaces the county service built from `dataDir` (tests). */
  county?: CountyService;
  /** Host log lines (never credentials). */
  log?: (line: string) => void;
  /** KIOSK_SPEECH=record swaps in a recording engine (end-to-end tests read it back). */
  speechMode?: string;
}

/** The browser-mode composition of host services; Electron main composes the same interfaces. */
export function createBrowserHostServices(options: BrowserHostServiceOptions): HostServices {
  const { repoRoot, kioskId, config } = options;
  const appVersion = (JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;
  const speech =
    options.speechMode === 'record'
      ? createRecordingSpeechService()
      : espeakAvailable()
        ? createEspeakSpeechService()
        : createUnavailableSpeechService();
  const printerName = config.current().config.devices.printer;
  return {
    config,
    systemInfo: () => ({ appVersion, hostKind: 'browser', platform: process.platform, kioskId, hostTime: new Date().toISOString() }),
    speech,
    clerk: createClerkUnlockService({ pinHash: () => config.current().config.clerk.pinHash, verify: verifyClerkPin }),
    printer: printerName ? createCupsReceiptPrinter(printerName) : noReceiptPrinter,
    // Browser mode has no OS keychain: the enrollment file is protected by its 0600 mode only
    // (unsealed box). Electron main composes the same service with a safeStorage box.
    county:
      options.county ??
      createCountyProxyService({
        store: createFileCredentialStore(path.join(options.dataDir, CREDENTIALS_FILE_NAME)),
        log: (line) => options.log?.(`[county] ${line}`),
      }),
  };
}
