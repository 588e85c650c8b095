import { expect, test } from './support/fixtures';
import { submitQuickReport } from './support/report-steps';

/**
 * The CSP has no 'unsafe-inline' for styles (issue 8, finding 11): every screen must render
 * without a single CSP violation. Chromium reports each refused inline style or script as a
 * console error and a `securitypolicyviolation` event.
 */
test('no screen triggers a Content-Security-Policy violation', async ({ page, kiosk }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  await page.goto(kiosk.url);
  await expect(page.getByRole('button', { name: '我要反映问题' })).toBeVisible();
  const csp = await page.evaluate(async () => (await fetch('/', { credentials: 'same-origin' })).headers.get('content-security-policy'));
  expect(csp).toContain("style-src 'self';");
  for (const tile of ['我要反映问题', '查询办理进度', '政策查询', '工作人员服务']) {
    await page.getByRole('button', { name: tile }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.getByRole('button', { name: /首页/ }).click();
  }
  // A whole report, receipt (with its QR code) included.
  expect(await submitQuickReport(page, { category: '环境卫生', group: '第三村民小组', phrase: '垃圾没人清理' })).toMatch(/^\d{4} \d{4}$/);
  await page.getByRole('button', { name: '完成' }).click();
  await page.getByRole('button', { name: /English/ }).click();
  await expect(page.getByRole('button', { name: 'Report a problem' })).toBeVisible();
  // zod 4 probes `new Function` once to decide whether it may compile validators; the CSP
  // refuses it (as it should) and zod falls back. Everything else must be clean.
  expect(violations.filter((text) => !/script-src eval/.test(text))).toEqual([]);
});
