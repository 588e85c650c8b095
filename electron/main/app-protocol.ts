import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { KIOSK_SECURITY_HEADERS } from '#common/csp';
import { mimeTypeFor, realFileInside, resolveStaticPath } from '#host/static-files/static-files';
import { APP_HOST, APP_SCHEME } from './app-origin';

/**
 * `app://kiosk/` replaces file:// (Electron security checklist: "use a custom protocol"). It is
 * registered standard + secure so the page gets a real origin (IndexedDB, the CSP's 'self',
 * getUserMedia's secure-context rule); fetch is supported because tesseract.js fetches its wasm
 * and language data; CORS stays off because nothing else may read from it; stream lets the
 * 20 MB Chinese language data (chi_sim.traineddata.gz) arrive as a stream; service workers and CSP bypass are not granted.
 */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: {
    standard: true,
    secure: true,
    supportFetchAPI: true,
    corsEnabled: false,
    stream: true,
    bypassCSP: false,
    allowServiceWorkers: false,
    // V8 code cache for app:// scripts: faster start on slow village PCs; no privilege.
    codeCache: true,
  },
} as const;

export interface SchemeRegistrar {
  registerSchemesAsPrivileged(schemes: Array<typeof APP_SCHEME_PRIVILEGES>): void;
}

/** Must run before the app's `ready` event (Electron only accepts privileged schemes then). */
export function registerAppScheme(protocol: SchemeRegistrar): void {
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
}

/** Sent with every response, refusals included: the same headers as the browser-mode host. */
export const APP_RESPONSE_HEADERS: Readonly<Record<string, string>> = KIOSK_SECURITY_HEADERS;

export type AppRequestResolution =
  | { kind: 'file'; filePath: string; contentType: string; cacheControl: string; headOnly: boolean }
  | { kind: 'refused'; status: 400 | 404 | 405 };

/**
 * Pure: maps an app:// request to a file under `rendererDir` or a refusal. Only GET/HEAD on
 * exactly `app://kiosk` are served; the path goes through the same resolver as the browser-mode
 * host (traversal, encoded separators and NUL refused; extension-less paths are SPA routes and
 * get index.html). Invariant: a `file` result always lies inside `rendererDir`.
 */
export function resolveAppRequest(request: { url: string; method: string }, rendererDir: string): AppRequestResolution {
  if (request.method !== 'GET' && request.method !== 'HEAD') return { kind: 'refused', status: 405 };
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return { kind: 'refused', status: 400 };
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST || url.username !== '' || url.password !== '') {
    return { kind: 'refused', status: 404 };
  }
  const filePath = resolveStaticPath(rendererDir, url.pathname);
  if (filePath === null) return { kind: 'refused', status: 400 };
  const isAsset = filePath.includes(`${path.sep}assets${path.sep}`);
  return {
    kind: 'file',
    filePath,
    // Content-hashed Vite assets never change; everything else (index.html above all) is
    // revalidated so an update takes effect on the next load.
    cacheControl: isAsset ? 'public, max-age=31536000, immutable' : 'no-cache',
    // No Content-Encoding for *.traineddata.gz: tesseract.js gunzips it itself (gzip: true).
    contentType: mimeTypeFor(filePath),
    headOnly: request.method === 'HEAD',
  };
}

function refusal(status: number): Response {
  return new Response(null, { status, headers: APP_RESPONSE_HEADERS });
}

/** The protocol handler: resolves, then streams the file. Never reveals host paths in responses. */
export function createAppProtocolHandler(rendererDir: string): (request: Request) => Promise<Response> {
  const root = path.resolve(rendererDir);
  return async (request) => {
    const resolution = resolveAppRequest(request, root);
    if (resolution.kind === 'refused') return refusal(resolution.status);
    try {
      // The resolver is lexical; a symlink inside the build must not lead out of it.
      const real = await realFileInside(root, resolution.filePath);
      if (real === null) return refusal(404);
      const info = await stat(real);
      if (!info.isFile()) return refusal(404);
      const headers = {
        ...APP_RESPONSE_HEADERS,
        'Content-Type': resolution.contentType,
        'Content-Length': String(info.size),
        'Cache-Control': resolution.cacheControl,
      };
      if (resolution.headOnly) return new Response(null, { status: 200, headers });
      const body = Readable.toWeb(createReadStream(real)) as unknown as ReadableStream<Uint8Array>;
      return new Response(body, { status: 200, headers });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      return refusal(code === 'ENOENT' || code === 'ENOTDIR' ? 404 : 500);
    }
  };
}

export interface ProtocolHandlerRegistry {
  handle(scheme: string, handler: (request: Request) => Promise<Response>): void;
}

/** After `ready`: serve the built renderer on app://kiosk/. */
export function installAppProtocol(protocol: ProtocolHandlerRegistry, rendererDir: string): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererDir));
}
