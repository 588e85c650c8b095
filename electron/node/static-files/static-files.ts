import { realpath } from 'node:fs/promises';
import path from 'node:path';

/** MIME types of everything the renderer build ships (OCR needs wasm and gzip'd traineddata). */
const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.onnx': 'application/octet-stream',
  '.gz': 'application/gzip',
  '.traineddata': 'application/octet-stream',
  '.txt': 'text/plain; charset=utf-8',
  '.wav': 'audio/wav',
  /** The speech synthesiser's voice data (eSpeak NG, renderer/src/speech). */
  '.data': 'application/octet-stream',
};

export function mimeTypeFor(filePath: string): string {
  return MIME[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Maps a URL path to a file under `root`, or null when it would leave `root` (traversal,
 * encoded separators, NUL). Paths without an extension are SPA routes and map to index.html.
 * Invariant: the returned path always starts with `root + path.sep`.
 */
export function resolveStaticPath(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0]!.split('#')[0]!);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const normalizedRoot = path.resolve(root);
  const resolved = path.resolve(normalizedRoot, decoded.replace(/^\/+/, ''));
  if (resolved !== normalizedRoot && !resolved.startsWith(normalizedRoot + path.sep)) return null;
  return path.extname(resolved) === '' ? path.join(normalizedRoot, 'index.html') : resolved;
}

/**
 * The real path of `filePath` when it still lies inside `root` once every symlink is followed,
 * else null (also when it does not exist). `resolveStaticPath` is lexical: a link in the build
 * folder (`assets/x.js -> /home/kiosk/.ssh/id_ed25519`) would otherwise be served.
 */
export async function realFileInside(root: string, filePath: string): Promise<string | null> {
  try {
    const [realRoot, realFile] = await Promise.all([realpath(root), realpath(filePath)]);
    return realFile.startsWith(realRoot + path.sep) ? realFile : null;
  } catch {
    return null;
  }
}
