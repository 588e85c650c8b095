import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { build } from 'esbuild';
import { chromiumFlags } from '#e2e-support/chromium-flags';

export interface BrowserReady {
  /** Per restart: IndexedDB read (structured clone), MiniSearch.loadJS, the first query. */
  restarts: { readMs: number; loadMs: number; firstQueryMs: number; hits: number }[];
}

declare const benchStore: () => Promise<number>;
declare const benchReady: (query: string) => Promise<BrowserReady['restarts'][number]>;

/**
 * "Index ready after start" as a kiosk lives it: the index written once into the kiosk's
 * IndexedDB cache (idb-policy-index-cache.ts), then Chromium closed and started again on the
 * same profile, RESTARTS times, each time reading the cache and loading the index, timed in
 * the page. Served from 127.0.0.1 (IndexedDB needs an origin); the page bundle is the product's
 * cache and loader, bundled by esbuild.
 */
export async function measureBrowserReady(entryJson: string, query: string, restarts = 3): Promise<BrowserReady> {
  const dir = mkdtempSync(path.join(tmpdir(), 'search-ready-'));
  const bundle = await build({ entryPoints: [path.join(import.meta.dirname, 'ready-page-entry.ts')], bundle: true, format: 'esm', write: false, platform: 'browser', logLevel: 'silent' });
  const script = bundle.outputFiles[0]!.text;
  const server = createServer((req, res) => {
    if (req.url === '/entry.json') return void res.writeHead(200, { 'content-type': 'application/json' }).end(entryJson);
    if (req.url === '/page.js') return void res.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
    res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><meta charset="utf-8"><script type="module" src="/page.js"></script>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const open = async () => {
    const context = await chromium.launchPersistentContext(path.join(dir, 'profile'), { executablePath: process.env.KIOSK_CHROMIUM ?? '/usr/bin/chromium', args: chromiumFlags });
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(url);
    await page.waitForFunction(() => 'benchReady' in globalThis);
    return { context, page };
  };
  try {
    const first = await open();
    const stored = await first.page.evaluate(() => benchStore());
    if (stored === 0) throw new Error('the index was not stored in IndexedDB');
    await first.context.close();
    const results: BrowserReady['restarts'] = [];
    for (let i = 0; i < restarts; i++) {
      const { context, page } = await open();
      results.push(await page.evaluate((q) => benchReady(q), query));
      await context.close();
    }
    return { restarts: results };
  } finally {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
