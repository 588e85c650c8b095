import { createServer, connect, type Socket } from 'node:net';

/**
 * A TCP proxy on 127.0.0.1 that counts every byte in each direction: what the rural uplink
 * would carry (HTTP headers included). Optionally cuts the connection once a given number of
 * upstream bytes has passed, once, to simulate a link dropping in the middle of an upload.
 */
export interface CountingProxy {
  url: string;
  upstreamBytes(): number;
  downstreamBytes(): number;
  reset(): void;
  /** Once `bytes` more bytes have gone upstream, the connection carrying them is cut (once). */
  cutOnceAfter(bytes: number): void;
  cuts(): number;
  close(): Promise<void>;
}

export async function startCountingProxy(target: { host: string; port: number }): Promise<CountingProxy> {
  let up = 0;
  let down = 0;
  let cutAt: number | undefined;
  let cutCount = 0;
  const sockets = new Set<Socket>();

  const server = createServer((client) => {
    const upstream = connect(target.port, target.host);
    sockets.add(client).add(upstream);
    const destroyBoth = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('data', (chunk: Buffer) => {
      if (cutAt !== undefined && up + chunk.length > cutAt) {
        const allowed = chunk.subarray(0, Math.max(0, cutAt - up));
        cutAt = undefined;
        cutCount++;
        up += allowed.length;
        upstream.write(allowed, destroyBoth);
        return;
      }
      up += chunk.length;
      upstream.write(chunk);
    });
    upstream.on('data', (chunk: Buffer) => {
      down += chunk.length;
      client.write(chunk);
    });
    client.on('end', () => upstream.end());
    upstream.on('end', () => client.end());
    client.on('error', destroyBoth);
    upstream.on('error', destroyBoth);
    client.on('close', () => sockets.delete(client));
    upstream.on('close', () => sockets.delete(upstream));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;

  return {
    url: `http://127.0.0.1:${port}/`,
    upstreamBytes: () => up,
    downstreamBytes: () => down,
    reset() {
      up = 0;
      down = 0;
    },
    cutOnceAfter(bytes) {
      cutAt = up + bytes;
    },
    cuts: () => cutCount,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
