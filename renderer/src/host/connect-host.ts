import type { KioskHostApi } from '#common/host-contract';
import { HOST_TOKEN_META, WS_HOST_PATH } from '#common/ws-protocol';
import { createWebSocketHost } from './websocket-host';

declare global {
  interface Window {
    /** Set by the Electron preload (contextBridge); absent in browser mode. */
    kioskHost?: KioskHostApi;
  }
}

/**
 * Picks the transport: the Electron preload's `window.kioskHost` when present, otherwise the
 * browser-mode WebSocket on the page's own origin with the token the host put in index.html.
 * The first `system.info` call proves the host answers before the UI renders.
 */
export async function connectHost(): Promise<KioskHostApi> {
  const host = window.kioskHost ?? createBrowserModeHost();
  await host.invoke('system.info');
  return host;
}

function createBrowserModeHost(): KioskHostApi {
  const token = document.querySelector<HTMLMetaElement>(`meta[name="${HOST_TOKEN_META}"]`)?.content;
  if (!token) throw new Error('no host token in the page: was it served by the kiosk host?');
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return createWebSocketHost(`${scheme}//${location.host}${WS_HOST_PATH}?token=${encodeURIComponent(token)}`);
}
