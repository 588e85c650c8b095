import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { KIOSK_SECURITY_HEADERS as SECURITY_HEADERS } from '#common/csp';
import { mimeTypeFor, realFileInside, resolveStaticPath } from '../static-files/static-files';

/**
 * Serves the built renderer, after the session gate (session-gate.ts) let the request through.
 * index.html is never cached, so an update takes effect on the next load. It carries no
 * secret: the session lives in an HttpOnly cookie.
 */
export function createStaticSite(rendererDir: string) {
  const indexPath = path.join(rendererDir, 'index.html');
  return async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { ...SECURITY_HEADERS, Allow: 'GET, HEAD' }).end();
      return;
    }
    const filePath = resolveStaticPath(rendererDir, req.url ?? '/');
    if (!filePath) {
      res.writeHead(400, SECURITY_HEADERS).end('bad path');
      return;
    }
    try {
      // resolveStaticPath is lexical: a symlink inside the build must not lead out of it.
      const real = await realFileInside(rendererDir, filePath);
      if (real === null) throw Object.assign(new Error('not inside the build'), { code: 'ENOENT' });
      const info = await stat(real);
      if (!info.isFile()) throw Object.assign(new Error('not a file'), { code: 'ENOENT' });
      res.writeHead(200, {
        ...SECURITY_HEADERS,
        'Content-Type': mimeTypeFor(filePath),
        'Content-Length': info.size,
        'Cache-Control': filePath === indexPath ? 'no-store' : filePath.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
      });
      if (req.method === 'HEAD') res.end();
      // A read error after the headers (file removed by an update) ends this response only.
      else createReadStream(real).on('error', () => res.destroy()).pipe(res);
    } catch (error) {
      const notFound = (error as NodeJS.ErrnoException).code === 'ENOENT';
      res.writeHead(notFound ? 404 : 500, SECURITY_HEADERS).end(notFound ? 'not found' : 'error');
    }
  };
}
