import { readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test as base } from './support/fixtures';
import { startKioskHost, type KioskHostProcess } from './support/kiosk-host';

/**
 * Above 500 policies the kiosk builds its search index in a worker (build-in-worker.ts), a path
 * the 35 embedded samples never take. This proves the bundled worker starts under the app's
 * content security policy and returns an index of every policy with the keyboard's vocabulary.
 */
const test = base.extend<{ kiosk: KioskHostProcess }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures must destructure their first argument.
  kiosk: async ({}, use) => {
    const kiosk = await startKioskHost();
    await use(kiosk);
    await kiosk.stop();
  },
});

const assets = path.join(import.meta.dirname, '../../dist/renderer/assets');

test('the bundled policy index worker builds a large policy set', async ({ page, kiosk }) => {
  const worker = readdirSync(assets).find((file) => /^policy-index-worker-.*\.js$/.test(file));
  expect(worker, 'the build emits the policy index worker').toBeDefined();
  await page.goto(kiosk.url);
  // The launch address redirects once (the session bootstrap); evaluate on the settled page.
  await expect(page.getByRole('button', { name: '政策查询' })).toBeVisible();
  const result = await page.evaluate(async (url) => {
    const policies = Array.from({ length: 600 }, (_, i) => ({
      id: `p${i}`,
      title: { zh: `第${i}号农村养老保险办理指南` },
      body: { zh: '符合条件的村民可以向村委会提出申请。' },
      tags: ['养老保险'],
    }));
    const built = new Worker(url, { type: 'module' });
    const reply = await new Promise<{ entry?: { signature: string; index: { documentCount: number }; vocabulary: string[] }; error?: string }>((resolve, reject) => {
      built.onmessage = (event) => resolve(event.data);
      built.onerror = (event) => reject(new Error(event.message || 'worker failed to start'));
      built.postMessage({ signature: 'e2e', policies });
    });
    built.terminate();
    return { signature: reply.entry?.signature, documents: reply.entry?.index.documentCount, vocabulary: reply.entry?.vocabulary ?? [], error: reply.error };
  }, `/assets/${worker}`);
  expect(result.error).toBeUndefined();
  expect(result.signature).toBe('e2e');
  expect(result.documents).toBe(600);
  expect(result.vocabulary).toContain('养老保险');
});
