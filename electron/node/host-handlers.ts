import type { ConfigState } from '../common/config-state';
import type { SystemInfo } from '../common/host-contract';
import type { HostEventSource, HostHandlers } from '../common/host-service';

/** The services both composition roots (Electron main, browser-mode host) hand to the contract. */
export interface HostServices {
  config: { current(): ConfigState; onChange(listener: (state: ConfigState) => void): () => void };
  systemInfo(): SystemInfo;
}

/** Maps contract channels to services. Kept free of transport and Electron concerns. */
export function createHostHandlers(services: HostServices): HostHandlers {
  return {
    'config.get': () => services.config.current(),
    'system.info': () => services.systemInfo(),
  };
}

export function createHostEventSource(services: HostServices): HostEventSource {
  return {
    subscribe(event, listener) {
      switch (event) {
        case 'config.changed':
          return services.config.onChange(listener as (state: ConfigState) => void);
        default: {
          const never: never = event;
          throw new Error(`unknown host event ${String(never)}`);
        }
      }
    },
  };
}
