import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { HostEventSource, HostHandlers } from '#common/host-service';
import { attachHostSocket } from './host-socket-server';
import { createStaticSite } from './static-site';

export interface BrowserHostOptions {
  rendererDir: string;
  /** 0 picks a free port (tests); a fixed port keeps the kiosk's origin, and so its IndexedDB, stable. */
  port: number;
  handlers: HostHandlers;
  events: HostEventSource;
  log?: (line: string) => void;
}

export interface RunningBrowserHost {
  url: string;
  origin: string;
  port: number;
  token: string;
  server: Server;
  close(): Promise<void>;
}

/**
 * Browser mode (DESIGN.md §3): serves the built renderer and the host contract on 127.0.0.1
 * only. The token is new for every launch; it reaches the page through index.html.
 */
export async function startBrowserHost(options: BrowserHostOptions): Promise<RunningBrowserHost> {
  const token = randomBytes(32).toString('base64url');
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  const serve = createStaticSite(options.rendererDir, token);
  server.on('request', (req, res) => void serve(req, res));
  const socket = attachHostSocket({ server, origin, token, handlers: options.handlers, events: options.events, log: options.log });
  return {
    url: `${origin}/`,
    origin,
    port,
    token,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        socket.close();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
