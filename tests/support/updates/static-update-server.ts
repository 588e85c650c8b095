import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

/**
 * A county update URL for tests: serves one folder on 127.0.0.1 at a random port, read-only,
 * names only (no sub-paths). Stopped by closing the server the test started.
 */
export interface StaticUpdateServer {
  url: string;
  requests: string[];
  close(): Promise<void>;
}

export async function startStaticUpdateServer(dir: string): Promise<StaticUpdateServer> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const name = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname.slice('/updates/'.length));
    requests.push(name);
    const file = path.join(dir, name);
    if (!req.url?.startsWith('/updates/') || name.includes('/') || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-length': statSync(file).size });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/updates/`,
    requests,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
