import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { writeLauncherPage } from '#host/browser-host/chromium-launcher';
import { expect, test } from './support/fixtures';

/**
 * The browser-mode session bootstrap in a real Chromium (issue 8, finding 2;
 * docs/decisions/browser-session-bootstrap.md): the launch URL opens the kiosk once, reloads keep
 * the session, and any other browser gets a plain page instead of the host.
 */
test('the kiosk browser keeps its session across reloads; a second browser gets the plain page', async ({ page, browser, kiosk }) => {
  await page.goto(kiosk.url);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('示范村');
  // The launch code is gone from the address bar, and page script cannot read the session.
  expect(new URL(page.url()).search).toBe('');
  expect(await page.evaluate(() => document.cookie)).toBe('');
  await page.reload();
  await expect(page.getByRole('button', { name: '我要反映问题' })).toBeVisible();
  await page.goto(kiosk.url);
  await expect(page.getByRole('button', { name: '我要反映问题' })).toBeVisible();

  const other = await browser.newContext();
  try {
    const second = await other.newPage();
    const sockets: string[] = [];
    second.on('websocket', (ws) => sockets.push(ws.url()));
    const answer = await second.goto(kiosk.url);
    expect(answer?.status()).toBe(403);
    await expect(second.getByRole('heading', { level: 1 })).toHaveText('服务终端已经打开');
    await expect(second.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(second.getByText('The kiosk is already open')).toBeVisible();
    await second.goto(new URL('/', kiosk.url).href);
    await expect(second.getByRole('heading', { level: 1 })).toHaveText('服务终端已经打开');
    expect(sockets).toEqual([]);
  } finally {
    await other.close();
  }
  // The kiosk itself is unaffected.
  await page.reload();
  await expect(page.getByRole('button', { name: '我要反映问题' })).toBeVisible();
});

test('Chromium opened on the launcher file the host writes reaches the kiosk', async ({ page, kiosk }) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'kiosk-launcher-'));
  try {
    const launcher = writeLauncherPage(dir, kiosk.url);
    await page.goto(launcher.url);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('示范村');
    expect(page.url()).toBe(new URL('/', kiosk.url).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
