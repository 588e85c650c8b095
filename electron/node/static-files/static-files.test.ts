import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mimeTypeFor, resolveStaticPath } from './static-files';

const root = path.resolve('/srv/renderer');

describe('resolveStaticPath', () => {
  it('maps assets inside the root', () => {
    expect(resolveStaticPath(root, '/assets/app.js')).toBe(path.join(root, 'assets/app.js'));
  });
  it('maps the root and extension-less routes to index.html', () => {
    expect(resolveStaticPath(root, '/')).toBe(path.join(root, 'index.html'));
    expect(resolveStaticPath(root, '/report?x=1')).toBe(path.join(root, 'index.html'));
  });
  it('refuses traversal, encoded traversal, backslashes and NUL', () => {
    expect(resolveStaticPath(root, '/../etc/passwd')).toBeNull();
    expect(resolveStaticPath(root, '/%2e%2e/%2e%2e/etc/passwd')).toBeNull();
    expect(resolveStaticPath(root, '/..%2f..%2fetc%2fpasswd')).toBeNull();
    expect(resolveStaticPath(root, '/a\\..\\..\\b.js')).toBeNull();
    expect(resolveStaticPath(root, '/x.js%00.png')).toBeNull();
    expect(resolveStaticPath(root, '/%E0%A4%A')).toBeNull();
  });
});

describe('mimeTypeFor', () => {
  it('serves wasm as application/wasm so streaming compilation works', () => {
    expect(mimeTypeFor('/a/tesseract-core-simd.wasm')).toBe('application/wasm');
    expect(mimeTypeFor('/a/index.html')).toContain('text/html');
    expect(mimeTypeFor('/a/unknown.bin')).toBe('application/octet-stream');
  });
});
