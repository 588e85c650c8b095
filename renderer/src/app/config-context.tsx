import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import type { ConfigState } from '#kiosk-config/config-state';
import type { KioskConfig } from '#kiosk-config/schema';
import { useHost } from '../host/host-context';

const ConfigContext = createContext<ConfigState | null>(null);

/** Seconds between attempts while the host cannot give the configuration. */
export const configRetryMs = 5_000;

type LoadState = { kind: 'loading' } | { kind: 'failed' } | { kind: 'ready'; state: ConfigState };

/**
 * Loads the configuration from the host and follows `config.changed`. Renders `loading` or
 * `failed` until the first configuration arrives (retrying, since a kiosk has nobody to press
 * reload), then its children with the configuration always present.
 * The subscription starts before the first request so no change can fall between them, and a
 * pushed change is newer than any reply still in flight, so a late reply never overwrites it.
 */
export function ConfigProvider({ children, loading, failed }: { children: ReactNode; loading: ReactNode; failed: ReactNode }) {
  const host = useHost();
  const [load, setLoad] = useState<LoadState>({ kind: 'loading' });

  useEffect(() => {
    let stopped = false;
    let retry: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = host.on('config.changed', (state) => {
      if (!stopped) setLoad({ kind: 'ready', state });
    });
    const request = () => {
      host.invoke('config.get').then(
        (state) => {
          if (!stopped) setLoad((current) => (current.kind === 'ready' ? current : { kind: 'ready', state }));
        },
        (error: unknown) => {
          console.error('[kiosk] config.get failed; retrying', error);
          if (stopped) return;
          setLoad((current) => (current.kind === 'ready' ? current : { kind: 'failed' }));
          retry = setTimeout(request, configRetryMs);
        },
      );
    };
    request();
    return () => {
      stopped = true;
      clearTimeout(retry);
      unsubscribe();
    };
  }, [host]);

  if (load.kind === 'loading') return loading;
  if (load.kind === 'failed') return failed;
  return <ConfigContext.Provider value={load.state}>{children}</ConfigContext.Provider>;
}

/** The configuration state in force: config, layers, problems. */
export function useConfigState(): ConfigState {
  const state = useContext(ConfigContext);
  if (!state) throw new Error('useConfigState() used outside <ConfigProvider>');
  return state;
}

/** The configuration in force (validated by the host against kiosk-config/schema.ts). */
export function useConfig(): KioskConfig {
  return useConfigState().config;
}
