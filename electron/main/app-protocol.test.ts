import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KIOSK_CSP } from '#common/csp';
import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler, installAppProtocol, registerAppScheme, resolveAppRequest } from './app-protocol';

const root = path.resolve('/srv/kiosk/dist/renderer');
const get = (url: string) => resolveAppRequest({ url, method: 'GET' }, root);

describe('resolveAppRequest', () => {
  it('maps app://kiosk paths to files inside the renderer build', () => {
    expect(get('app://kiosk/assets/index-abc123.js')).toMatchObject({
      kind: 'file',
      filePath: path.join(root, 'assets/index-abc123.js'),
      contentType: 'text/javascript; charset=utf-8',
      cacheControl: 'public, max-age=31536000, immutable',
    });
  });

  it('serves the SPA shell for the root and for extension-less routes', () => {
    expect(get('app://kiosk/')).toMatchObject({ kind: 'file', filePath: path.join(root, 'index.html'), cacheControl: 'no-cache' });
    expect(get('app://kiosk/report/new?step=2')).toMatchObject({ kind: 'file', filePath: path.join(root, 'index.html') });
  });

  it('gives OCR assets the types the browser needs (wasm streaming, gzip language data left encoded)', () => {
    expect(get('app://kiosk/tesseract/core/tesseract-core-simd-lstm.wasm')).toMatchObject({ contentType: 'application/wasm' });
    const lang = get('app://kiosk/tesseract/lang/chi_sim.traineddata.gz');
    expect(lang).toMatchObject({ kind: 'file', contentType: 'application/gzip' });
  });

  it('refuses traversal in every spelling', () => {
    for (const url of [
      'app://kiosk/..%2f..%2f..%2fetc%2fpasswd',
      'app://kiosk/%2e%2e%2f%2e%2e%2fetc/passwd',
      'app://kiosk/assets/..%5c..%5c..%5cwindows%5cwin.ini',
      'app://kiosk/index.html%00.png',
      'app://kiosk/%E0%A4%A',
    ]) {
      expect(get(url), url).toEqual({ kind: 'refused', status: 400 });
    }
    // Plain dot segments are removed by URL parsing before resolution: they stay inside the root.
    const dotted = get('app://kiosk/../../etc/passwd.txt');
    expect(dotted.kind === 'file' && dotted.filePath.startsWith(root + path.sep)).toBe(true);
  });

  it('only serves GET and HEAD on app://kiosk itself', () => {
    expect(resolveAppRequest({ url: 'app://kiosk/index.html', method: 'POST' }, root)).toEqual({ kind: 'refused', status: 405 });
    expect(resolveAppRequest({ url: 'app://kiosk/index.html', method: 'HEAD' }, root)).toMatchObject({ kind: 'file', headOnly: true });
    expect(get('app://other/index.html')).toEqual({ kind: 'refused', status: 404 });
    expect(get('app://kiosk:99/index.html')).toEqual({ kind: 'refused', status: 404 });
    expect(get('https://kiosk/index.html')).toEqual({ kind: 'refused', status: 404 });
    expect(get('::not a url::')).toEqual({ kind: 'refused', status: 400 });
  });
});

describe('createAppProtocolHandler', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'kiosk-app-protocol-'));
    mkdirSync(path.join(dir, 'renderer/assets'), { recursive: true });
    writeFileSync(path.join(dir, 'renderer/index.html'), '<!doctype html><title>村务</title>');
    writeFileSync(path.join(dir, 'renderer/assets/core.wasm'), Buffer.from([0, 0x61, 0x73, 0x6d]));
    writeFileSync(path.join(dir, 'secret.txt'), 'outside the renderer');
    symlinkSync(path.join(dir, 'secret.txt'), path.join(dir, 'renderer/assets/linked.js'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const handler = () => createAppProtocolHandler(path.join(dir, 'renderer'));

  it('streams files with the kiosk CSP and security headers', async () => {
    const response = await handler()(new Request('app://kiosk/assets/core.wasm'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/wasm');
    expect(response.headers.get('content-length')).toBe('4');
    expect(response.headers.get('content-security-policy')).toBe(KIOSK_CSP);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(new Uint8Array([0, 0x61, 0x73, 0x6d]));
  });

  it('serves index.html for SPA routes and a bodiless HEAD', async () => {
    const route = await handler()(new Request('app://kiosk/status/lookup'));
    expect(await route.text()).toContain('村务');
    const head = await handler()(new Request('app://kiosk/index.html', { method: 'HEAD' }));
    expect(head.status).toBe(200);
    expect(head.body).toBeNull();
  });

  it('answers 404 for missing files and 400 for traversal, never exposing the file outside', async () => {
    const missing = await handler()(new Request('app://kiosk/assets/nope.js'));
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-security-policy')).toBe(KIOSK_CSP);
    const escape = await handler()(new Request('app://kiosk/..%2fsecret.txt'));
    expect(escape.status).toBe(400);
    expect(await escape.text()).toBe('');
  });

  it('does not follow a symlink out of the renderer build', async () => {
    const linked = await handler()(new Request('app://kiosk/assets/linked.js'));
    expect(linked.status).toBe(404);
    expect(await linked.text()).toBe('');
  });

  it('registers the scheme with the agreed privileges and the handler on "app"', async () => {
    const registered: unknown[] = [];
    registerAppScheme({ registerSchemesAsPrivileged: (schemes) => registered.push(...schemes) });
    expect(registered).toEqual([APP_SCHEME_PRIVILEGES]);
    expect(APP_SCHEME_PRIVILEGES.privileges).toMatchObject({ standard: true, secure: true, supportFetchAPI: true, corsEnabled: false, stream: true, bypassCSP: false, allowServiceWorkers: false });

    const handlers = new Map<string, (request: Request) => Promise<Response>>();
    installAppProtocol({ handle: (scheme, h) => void handlers.set(scheme, h) }, path.join(dir, 'renderer'));
    expect([...handlers.keys()]).toEqual(['app']);
    expect((await handlers.get('app')!(new Request('app://kiosk/'))).status).toBe(200);
  });
});
