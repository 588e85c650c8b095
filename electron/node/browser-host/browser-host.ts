import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { HostEventSource, HostHandlers } from '#common/host-service';
import { LAUNCH_CODE_PARAM } from '#common/ws-protocol';
import { attachHostSocket } from './host-socket-server';
import { createKioskSession } from './kiosk-session';
import { requestRefusal } from './request-guard';
import { createSessionGate } from './session-gate';
import { createStaticSite } from './static-site';

export interface BrowserHostOptions {
  rendererDir: string;
  /** 0 picks a free port (tests); a fixed port keeps the kiosk's origin, and so its IndexedDB, stable. */
  port: number;
  handlers: HostHandlers;
  events: HostEventSource;
  /** Called once, when the kiosk's browser has exchanged the launch code for its session. */
  onSessionOpened?: () => void;
  log?: (line: string) => void;
}

export interface RunningBrowserHost {
  /**
   * The launch URL: what the kiosk's browser opens, once. It carries the one-time launch code;
   * after the exchange it only leads the same browser back to "/" and anyone else to the
   * "already open" page.
   */
  url: string;
  origin: string;
  port: number;
  server: Server;
  close(): Promise<void>;
}

/**
 * Browser mode (DESIGN.md §3): serves the built renderer and the host contract on 127.0.0.1
 * only, to the one browser that exchanged this launch's code for the session cookie
 * (docs/decisions/browser-session-bootstrap.md).
 */
export async function startBrowserHost(options: BrowserHostOptions): Promise<RunningBrowserHost> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const own = { host: `127.0.0.1:${port}`, origin: `http://127.0.0.1:${port}` };
  const session = createKioskSession(port);
  const gate = createSessionGate({
    session,
    own,
    serve: createStaticSite(options.rendererDir),
    onSessionOpened: options.onSessionOpened,
    log: options.log,
  });
  server.on('request', (req, res) => void gate(req, res));
  const socket = attachHostSocket({
    server,
    origin: own.origin,
    authorize: (req) => requestRefusal(req, own, true) ?? (session.holdsSession(req.headers.cookie) ? null : 'no kiosk session cookie'),
    handlers: options.handlers,
    events: options.events,
    log: options.log,
  });
  return {
    url: `${own.origin}/?${LAUNCH_CODE_PARAM}=${session.launchCode}`,
    origin: own.origin,
    port,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        socket.close();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
