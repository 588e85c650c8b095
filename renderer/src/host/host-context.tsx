import { createContext, useContext, type ReactNode } from 'react';
import type { KioskHostApi } from '#common/host-contract';

const HostContext = createContext<KioskHostApi | null>(null);

/** Provides the host (Electron preload or WebSocket client) to the whole UI. */
export function HostProvider({ host, children }: { host: KioskHostApi; children: ReactNode }) {
  return <HostContext.Provider value={host}>{children}</HostContext.Provider>;
}

export function useHost(): KioskHostApi {
  const host = useContext(HostContext);
  if (!host) throw new Error('useHost() used outside <HostProvider>');
  return host;
}
