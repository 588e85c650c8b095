import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createClerkUnlockService } from '../clerk/clerk-unlock-service';
import type { ConfigService } from '../config/config-service';
import { verifyClerkPin } from '../config/verify-clerk-pin';
import { createUnenrolledCountyService, type CountyService } from '../county/county-service';
import type { HostServices } from '../host-handlers';
import { createCupsReceiptPrinter, noReceiptPrinter } from '../printer/receipt-printer';
import { createEspeakSpeechService, espeakAvailable } from '../speech/espeak-speech-service';
import { createRecordingSpeechService, createUnavailableSpeechService } from '../speech/speech-service';

export interface BrowserHostServiceOptions {
  repoRoot: string;
  kioskId: string;
  config: ConfigService;
  county?: CountyService;
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
    county: options.county ?? createUnenrolledCountyService(),
  };
}
