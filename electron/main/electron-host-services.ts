import { createClerkUnlockService } from '../node/clerk/clerk-unlock-service';
import type { ConfigService } from '../node/config/config-service';
import { verifyClerkPin } from '../node/config/verify-clerk-pin';
import { createUnenrolledCountyService, type CountyService } from '../node/county/county-service';
import type { HostServices } from '../node/host-handlers';
import { createCupsReceiptPrinter, noReceiptPrinter } from '../node/printer/receipt-printer';
import { createEspeakSpeechService, espeakAvailable } from '../node/speech/espeak-speech-service';
import { createUnavailableSpeechService } from '../node/speech/speech-service';

export interface ElectronHostServiceOptions {
  appVersion: string;
  kioskId: string;
  platform: string;
  config: ConfigService;
  county?: CountyService;
  now?: () => Date;
}

/**
 * Electron main's composition of the host services: the same Node services as browser mode
 * (electron/node), reporting hostKind 'electron'. Nothing here imports electron, so it is
 * tested in plain Node.
 */
export function createElectronHostServices(options: ElectronHostServiceOptions): HostServices {
  const { config } = options;
  const now = options.now ?? (() => new Date());
  const printerName = config.current().config.devices.printer;
  return {
    config,
    systemInfo: () => ({
      appVersion: options.appVersion,
      hostKind: 'electron',
      platform: options.platform,
      kioskId: options.kioskId,
      hostTime: now().toISOString(),
    }),
    speech: espeakAvailable() ? createEspeakSpeechService() : createUnavailableSpeechService(),
    clerk: createClerkUnlockService({ pinHash: () => config.current().config.clerk.pinHash, verify: verifyClerkPin }),
    printer: printerName ? createCupsReceiptPrinter(printerName) : noReceiptPrinter,
    county: options.county ?? createUnenrolledCountyService(),
  };
}
