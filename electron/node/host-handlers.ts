import type { ConfigState } from '#kiosk-config/config-state';
import type { DevicesStatus, KeypadEvent, ScanEvent } from '#common/devices-contract';
import type { SystemInfo } from '#common/host-contract';
import type { HostEventSource, HostHandlers } from '#common/host-service';
import type { ClerkUnlockService } from './clerk/clerk-unlock-service';
import type { CountyConfigGuard } from './config/county-config-guard';
import type { CountyService } from './county/county-service';
import { verifyAlerts } from './county/verify-alerts';
import type { DeviceService } from './devices/device-service';
import type { HostHealthService } from './health/host-health';
import type { SpeechService } from './speech/speech-service';

/** The services both composition roots (Electron main, browser-mode host) hand to the contract. */
export interface HostServices {
  config: {
    current(): ConfigState;
    onChange(listener: (state: ConfigState) => void): () => void;
  };
  /** County configuration documents pass here, never straight to `config` (signature check). */
  countyConfig: CountyConfigGuard;
  systemInfo(): SystemInfo;
  speech: SpeechService;
  clerk: ClerkUnlockService;
  devices: DeviceService;
  county: CountyService;
  /** The host's facts for the heartbeat; also learns what waits to sync (update install gate). */
  health: HostHealthService;
}

/** Maps contract channels to services. Kept free of transport and Electron concerns. */
export function createHostHandlers(services: HostServices): HostHandlers {
  return {
    'config.get': () => services.config.current(),
    'config.applyCounty': (doc) => services.countyConfig.apply(doc),
    'system.info': () => services.systemInfo(),
    'system.health': ({ pendingSync }) => services.health.report(pendingSync),
    'speech.speak': ({ text, lang, rate }) => services.speech.speak(text, lang, rate === undefined ? {} : { rate }),
    'speech.stop': () => services.speech.stop(),
    'speech.status': () => ({ engine: services.speech.engine }),
    'clerk.unlock': ({ pin }) => services.clerk.unlock(pin),
    'print.receipt': ({ receipt }) => services.devices.print(receipt),
    'print.preview': ({ receipt, paperWidth }) => services.devices.preview(receipt, paperWidth),
    'devices.status': () => services.devices.status(),
    'county.enroll': ({ enrollmentJson }) => services.county.enroll(enrollmentJson),
    'county.status': () => services.county.status(),
    'county.request': (request) => services.county.request(request),
    'alerts.verify': ({ alerts }) => verifyAlerts(alerts, services.county.signingKey()),
  };
}

/**
 * `exitRequests` exists only in the Electron kiosk build (its clerk exit); browser mode has no
 * kiosk mode to leave, so that event never fires there.
 */
export function createHostEventSource(
  services: Pick<HostServices, 'config' | 'devices'>,
  exitRequests?: (listener: () => void) => () => void,
): HostEventSource {
  return {
    subscribe(event, listener) {
      switch (event) {
        case 'config.changed':
          return services.config.onChange(listener as (state: ConfigState) => void);
        case 'devices.changed':
          return services.devices.onStatus(listener as (status: DevicesStatus) => void);
        case 'keypad.action':
          return services.devices.onKeypad(listener as (event: KeypadEvent) => void);
        case 'scanner.read':
          return services.devices.onScan(listener as (event: ScanEvent) => void);
        case 'kiosk.exitRequested':
          return exitRequests ? exitRequests(() => (listener as (payload: Record<string, never>) => void)({})) : () => {};
        default: {
          const never: never = event;
          throw new Error(`unknown host event ${String(never)}`);
        }
      }
    },
  };
}
