import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { KIOSK_SECURITY_HEADERS as SECURITY_HEADERS } from '#common/csp';
import { HOST_TOKEN_META } from '#common/ws-protocol';
import { mimeTypeFor, realFileInside, resolveStaticPath } from '../static-files/static-files';

function escapeAttribute(value: string): string {
  return value.replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Serves the built renderer. index.html gets the per-launch host token injected as a meta tag:
 * only a same-origin page can read it (other origins cannot read 127.0.0.1 responses without
 * CORS, which this server never grants). index.html is never cached, so a new launch's token wins.
 */
export function createStaticSite(rendererDir: string, token: string) {
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
      if (filePath === indexPath) {
        const html = await readFile(indexPath, 'utf8');
        const meta = `<meta name="${HOST_TOKEN_META}" content="${escapeAttribute(token)}">`;
        const body = html.replace('<head>', `<head>\n    ${meta}`);
        res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
        res.end(req.method === 'HEAD' ? undefined : body);
        return;
      }
      // resolveStaticPath is lexical: a symlink inside the build must not lead out of it.
      const real = await realFileInside(rendererDir, filePath);
      if (real === null) throw Object.assign(new Error('not inside the build'), { code: 'ENOENT' });
      const info = await stat(real);
      if (!info.isFile()) throw Object.assign(new Error('not a file'), { code: 'ENOENT' });
      res.writeHead(200, {
        ...SECURITY_HEADERS,
        'Content-Type': mimeTypeFor(filePath),
        'Content-Length': info.size,
        'Cache-Control': filePath.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
      });
      if (req.method === 'HEAD') res.end();
      else createReadStream(real).pipe(res);
    } catch (error) {
      const notFound = (error as NodeJS.ErrnoException).code === 'ENOENT';
      res.writeHead(notFound ? 404 : 500, SECURITY_HEADERS).end(notFound ? 'not found' : 'error');
    }
  };
}
