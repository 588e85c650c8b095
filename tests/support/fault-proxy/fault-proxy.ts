import { createConnection, createServer, type Socket } from 'node:net';

/**
 * A TCP proxy on 127.0.0.1 (port 0) between a client under test and a real server, with the
 * faults a rural uplink has, switchable at any moment:
 * - pass: forward both ways;
 * - drop: close every connection now and every new one at once (link down, refused);
 * - reset: destroy connections mid-stream with a TCP reset, after `resetAfterBytes` of the
 *   server's answer (existing ones at their next chunk): answers cut in half;
 * - latency: delay every chunk by `latencyMs`, order kept (slow link);
 * - blackhole: accept and read, never forward, never answer (captive portal, dead route):
 *   only the client's own timeout ends the request;
 * - http5xx: answer `503 Service Unavailable` itself (a reverse proxy before a failing server),
 *   also to the next request on a kept-alive connection.
 * It stops by itself after `lifetimeMs` (tests that forget it cannot hang the run) and never
 * keeps the process alive.
 */
export type FaultMode = 'pass' | 'drop' | 'reset' | 'latency' | 'blackhole' | 'http5xx';

export interface FaultOptions {
  latencyMs?: number;
  resetAfterBytes?: number;
}

export interface FaultProxyStats {
  connections: number;
  dropped: number;
  resets: number;
  blackholed: number;
  answered5xx: number;
  /** Bytes forwarded client → server and server → client (the wire, headers included). */
  bytesUp: number;
  bytesDown: number;
}

export interface FaultProxy {
  readonly port: number;
  /** `http://127.0.0.1:<port>/` */
  readonly url: string;
  readonly mode: FaultMode;
  readonly stats: FaultProxyStats;
  setMode(mode: FaultMode, options?: FaultOptions): void;
  stop(): Promise<void>;
}

interface Link {
  client: Socket;
  upstream?: Socket;
  /** Bytes of the server's answer forwarded on this connection. */
  down: number;
  silenced: boolean;
}

const SERVICE_UNAVAILABLE =
  'HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\nConnection: close\r\n' +
  'Content-Length: 57\r\n\r\n{"error":"service_unavailable","reason":"fault proxy 503"}';

export async function startFaultProxy(target: { host: string; port: number }, lifetimeMs = 5 * 60_000): Promise<FaultProxy> {
  let mode: FaultMode = 'pass';
  let options: Required<FaultOptions> = { latencyMs: 0, resetAfterBytes: 200 };
  const stats: FaultProxyStats = { connections: 0, dropped: 0, resets: 0, blackholed: 0, answered5xx: 0, bytesUp: 0, bytesDown: 0 };
  const links = new Set<Link>();

  const reset = (link: Link) => {
    stats.resets++;
    link.client.resetAndDestroy();
    link.upstream?.resetAndDestroy();
    links.delete(link);
  };

  const server = createServer((client) => {
    stats.connections++;
    client.on('error', () => undefined);
    if (mode === 'drop') {
      stats.dropped++;
      client.destroy();
      return;
    }
    const link: Link = { client, down: 0, silenced: mode === 'blackhole' };
    links.add(link);
    client.on('close', () => {
      link.upstream?.destroy();
      links.delete(link);
    });
    if (mode === 'blackhole') {
      stats.blackholed++;
      client.on('data', () => undefined);
      return;
    }
    if (mode === 'http5xx') {
      stats.answered5xx++;
      link.silenced = true;
      client.once('data', () => client.end(SERVICE_UNAVAILABLE, () => client.destroy()));
      return;
    }
    const upstream = createConnection(target);
    link.upstream = upstream;
    upstream.on('error', () => client.destroy());
    upstream.on('close', () => client.end());
    forward(client, upstream, link, false);
    forward(upstream, client, link, true);
  });
  server.unref();

  /** Chunks keep their order even when each one waits for the latency. */
  function forward(from: Socket, to: Socket, link: Link, isAnswer: boolean): void {
    let queue: Promise<void> = Promise.resolve();
    let queued = 0;
    const send = (chunk: Buffer) => {
      if (to.destroyed || link.silenced) return;
      if (isAnswer) stats.bytesDown += chunk.byteLength;
      else stats.bytesUp += chunk.byteLength;
      to.write(chunk);
    };
    from.on('data', (chunk: Buffer) => {
      if (link.silenced) return;
      if (mode === 'http5xx' && !isAnswer) {
        // A kept-alive connection's next request gets the 503 too.
        stats.answered5xx++;
        link.silenced = true;
        link.upstream?.destroy();
        link.client.end(SERVICE_UNAVAILABLE, () => link.client.destroy());
        return;
      }
      if (mode === 'reset' && isAnswer) {
        link.down += chunk.byteLength;
        if (link.down > options.resetAfterBytes) {
          const keep = chunk.subarray(0, Math.max(0, chunk.byteLength - (link.down - options.resetAfterBytes)));
          if (keep.byteLength > 0) to.write(keep);
          setImmediate(() => reset(link));
          return;
        }
      }
      const delay = mode === 'latency' ? options.latencyMs : 0;
      // Fast path: nothing waiting before this chunk, no delay.
      if (delay === 0 && queued === 0) {
        send(chunk);
        return;
      }
      queued++;
      queue = queue.then(async () => {
        if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
        queued--;
        send(chunk);
      });
    });
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;

  let stopped: Promise<void> | undefined;
  const stop = () => {
    stopped ??= new Promise<void>((resolve) => {
      clearTimeout(lifetime);
      for (const link of links) {
        link.client.destroy();
        link.upstream?.destroy();
      }
      links.clear();
      server.close(() => resolve());
    });
    return stopped;
  };
  const lifetime = setTimeout(() => void stop(), lifetimeMs);
  lifetime.unref();

  return {
    port,
    url: `http://127.0.0.1:${port}/`,
    get mode() {
      return mode;
    },
    stats,
    setMode(next, nextOptions = {}) {
      mode = next;
      options = { ...options, ...nextOptions };
      for (const link of [...links]) {
        if (next === 'drop') {
          stats.dropped++;
          link.client.destroy();
          link.upstream?.destroy();
          links.delete(link);
        } else if (next === 'blackhole' && !link.silenced) {
          stats.blackholed++;
          link.silenced = true;
        } else if (next !== 'blackhole' && link.silenced) {
          // A swallowed connection does not come back to life when the link does: close it.
          link.client.destroy();
          link.upstream?.destroy();
          links.delete(link);
        }
      }
    },
    stop,
  };
}
