import type { KioskHostApi } from '#common/host-contract';
import { WS_HOST_PATH } from '#common/ws-protocol';
import { createWebSocketHost } from './websocket-host';

declare global {
  interface Window {
    /** Set by the Electron preload (contextBridge); absent in browser mode. */
    kioskHost?: KioskHostApi;
  }
}

/**
 * Picks the transport: the Electron preload's `window.kioskHost` when present, otherwise the
 * browser-mode WebSocket on the page's own origin. The page never sees a secret: the browser
 * sends its HttpOnly session cookie with the upgrade. The first `system.info` call proves the
 * host answers before the UI renders.
 */
export async function connectHost(): Promise<KioskHostApi> {
  const host = window.kioskHost ?? createBrowserModeHost();
  await host.invoke('system.info');
  return host;
}

function createBrowserModeHost(): KioskHostApi {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return createWebSocketHost(`${scheme}//${location.host}${WS_HOST_PATH}`);
}
