import { createIdbPolicyIndexCache } from '#kiosk-policy-index-cache';
import { loadPolicyIndex } from '#sync/search/policy-search';

/**
 * Runs in Chromium (bundled by browser-index-ready.ts): the kiosk's own IndexedDB cache and
 * loader, so "ready after start" is measured on the path a restarted kiosk takes.
 */
const cache = createIdbPolicyIndexCache('bench-policy-index');

async function store(): Promise<number> {
  const entry = await (await fetch('/entry.json')).json();
  await cache.write(entry);
  return (await cache.read())?.index.documentCount ?? 0;
}

async function ready(query: string): Promise<{ readMs: number; loadMs: number; firstQueryMs: number; hits: number }> {
  const t0 = performance.now();
  const entry = await cache.read();
  if (!entry) throw new Error('no cached index');
  const t1 = performance.now();
  const index = loadPolicyIndex(entry.index);
  const t2 = performance.now();
  const hits = index.search(query).length;
  const t3 = performance.now();
  return { readMs: t1 - t0, loadMs: t2 - t1, firstQueryMs: t3 - t2, hits };
}

Object.assign(globalThis, { benchStore: store, benchReady: ready });
