import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { startKioskHost, type KioskHostProcess } from './kiosk-host';

/**
 * `kiosk`: a fresh browser-mode host per test (own port, own temp data dir). The host's output
 * is attached to the report when a test fails, beside Playwright's trace and screenshot.
 */
export const test = base.extend<{ kiosk: KioskHostProcess }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures must destructure their first argument.
  kiosk: async ({}, use, testInfo) => {
    const kiosk = await startKioskHost();
    await use(kiosk);
    if (testInfo.status !== testInfo.expectedStatus) await testInfo.attach('host-output', { body: kiosk.output(), contentType: 'text/plain' });
    await kiosk.stop();
  },
});

export { expect };

/** Zero axe-core violations (WCAG 2.x A/AA/AAA rules that axe implements, incl. 7:1 contrast). */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag2aaa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary).toEqual([]);
}

/** Every visible interactive element is at least 64×64 CSS px and its text at least 24 px (DESIGN.md §8). */
export async function expectKioskSizedTargets(page: Page): Promise<void> {
  const small = await page.evaluate(() => {
    const out: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('button, a[href], input, select, textarea, [role="button"]')) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      const font = parseFloat(getComputedStyle(el).fontSize);
      if (box.width < 64 || box.height < 64 || font < 24) out.push(`${el.textContent?.trim().slice(0, 20) ?? el.tagName} ${Math.round(box.width)}×${Math.round(box.height)} ${font}px`);
    }
    return out;
  });
  expect(small).toEqual([]);
}
