import type { Page } from '@playwright/test';
import { expect, expectKioskSizedTargets, expectNoAxeViolations, test as base } from './support/fixtures';
import { startKioskHost, type KioskHostProcess } from './support/kiosk-host';
import { recordSpokenTexts } from './support/report-steps';

/**
 * Policies out of the box (the embedded samples, no county server): browse a category to a
 * policy, read it aloud and stop, its QR code, search by Chinese, full pinyin and initials on
 * the on-screen keyboard; every screen without axe violations at three screen sizes.
 */
const test = base.extend<{ kiosk: KioskHostProcess }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures must destructure their first argument.
  kiosk: async ({}, use, testInfo) => {
    const kiosk = await startKioskHost({ env: { KIOSK_SPEECH: 'record' } });
    await use(kiosk);
    if (testInfo.status !== testInfo.expectedStatus) await testInfo.attach('host-output', { body: kiosk.output(), contentType: 'text/plain' });
    await kiosk.stop();
  },
});

const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1366, height: 768 },
  { width: 1080, height: 1920 },
];

async function typeKeys(page: Page, letters: string): Promise<void> {
  const keys = page.getByRole('group', { name: '键盘' });
  for (const key of letters) await keys.getByRole('button', { name: key, exact: true }).click();
}

async function expectAccessible(page: Page): Promise<void> {
  await expectNoAxeViolations(page);
  await expectKioskSizedTargets(page);
}

test('browse to a policy, read it aloud and stop, QR code of the official link', async ({ page, kiosk }) => {
  const spoken = recordSpokenTexts(page);
  const stops: string[] = [];
  page.on('websocket', (socket) => socket.on('framesent', ({ payload }) => typeof payload === 'string' && payload.includes('"speech.stop"') && stops.push(payload)));
  // The smallest screen, so that the largest text needs more than one page.
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(kiosk.url);
  await page.getByRole('button', { name: '政策查询' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('政策查询');
  await page.getByRole('button', { name: /^医疗保障/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('医疗保障');
  await page.getByRole('button', { name: /城乡居民基本医疗保险/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('城乡居民基本医疗保险');
  await expect(page.getByRole('img', { name: '用手机扫码看官方原文' })).toBeVisible();
  await expect(page.locator('main a[href]')).toHaveCount(0);

  await page.getByRole('button', { name: '朗读', exact: true }).click();
  await expect.poll(() => spoken.at(-1) ?? '').toMatch(/^城乡居民基本医疗保险。发布单位：县医疗保障局/);
  await page.getByRole('button', { name: '停止朗读' }).click();
  await expect.poll(() => stops.length).toBeGreaterThan(0);

  // A larger text size re-pages the text: more pages, and 下一页 goes on.
  const position = page.getByText(/^第 \d+ 页，共 \d+ 页$/);
  const before = (await position.count()) > 0 ? await position.textContent() : '第 1 页，共 1 页';
  await page.getByRole('button', { name: '字大一点' }).click();
  await page.getByRole('button', { name: '字大一点' }).click();
  await expect(position).toBeVisible();
  expect(Number(/共 (\d+) 页/.exec((await position.textContent()) ?? '')?.[1])).toBeGreaterThan(Number(/共 (\d+) 页/.exec(before ?? '')?.[1]));
  await page.getByRole('button', { name: '下一页' }).click();
  await expect(position).toHaveText(/^第 2 页/);
  // Nothing scrolls: the page shown fits its space, and the screen body has no overflow.
  expect(await page.locator('.policy-viewport').evaluate((el) => (el.querySelector('article')?.offsetHeight ?? 0) <= el.clientHeight)).toBe(true);
  expect(await page.locator('.screen-body').evaluate((el) => el.scrollHeight <= el.clientHeight + 1)).toBe(true);
  await expectAccessible(page);
});

test('search by Chinese, full pinyin and initials as they are typed', async ({ page, kiosk }) => {
  await page.goto(kiosk.url);
  await page.getByRole('button', { name: '政策查询' }).click();
  await page.getByRole('button', { name: '查找政策' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('查找政策');
  const results = page.getByRole('region', { name: /找到|没有找到|请打字/ });

  // Initials: results appear while the pinyin is still being composed.
  await typeKeys(page, 'ylbx');
  await expect(results.getByRole('button').first()).toContainText('养老保险');
  await expect(results.locator('mark').first()).toHaveText('养老保险');
  await page.getByRole('button', { name: '删除' }).click({ clickCount: 1 });
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: '删除' }).click();

  // Full pinyin, then the candidate committed as Chinese text.
  await typeKeys(page, 'yanglao');
  await expect(results.getByRole('button').first()).toContainText('养老');
  await page.getByRole('group', { name: '候选字词' }).getByRole('button', { name: '养老', exact: true }).click();
  await expect(page.getByLabel('要查找的内容')).toHaveValue('养老');
  await expect(results.getByRole('button').first()).toContainText('养老');
  await expect(results.locator('mark').first()).toHaveText('养老');
  await expectAccessible(page);

  await results.getByRole('button').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('养老');

  // The index was cached in IndexedDB, and a restarted kiosk searches with it at once.
  await expect.poll(() => page.evaluate(async () => (await indexedDB.databases()).map((db) => db.name))).toContain('village-kiosk-policy-index');
  await page.reload();
  await page.getByRole('button', { name: '政策查询' }).click();
  await page.getByRole('button', { name: '查找政策' }).click();
  await typeKeys(page, 'ylbx');
  await expect(results.getByRole('button').first()).toContainText('养老保险');
});

for (const size of SIZES) {
  test(`every policies screen has no axe violations at ${size.width}×${size.height}`, async ({ page, kiosk }) => {
    await page.setViewportSize(size);
    await page.goto(kiosk.url);
    await page.getByRole('button', { name: '政策查询' }).click();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: /^养老保险/ }).click();
    await expectNoAxeViolations(page);
    // The primary content and the navigation are on screen without scrolling.
    await expect(page.getByRole('button', { name: '回到首页' })).toBeInViewport();
    await page.locator('.policy-row').first().click();
    await expectNoAxeViolations(page);
    await expect(page.getByRole('button', { name: '字大一点' })).toBeInViewport();
    await page.getByRole('button', { name: '返回' }).click();
    await page.getByRole('button', { name: '返回' }).click();
    await page.getByRole('button', { name: '查找政策' }).click();
    await typeKeys(page, 'dibao');
    await expectNoAxeViolations(page);
  });
}
