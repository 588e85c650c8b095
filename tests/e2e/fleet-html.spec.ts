import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';
import { buildFleetEntries } from '#sync/county-cli/commands/fleet';
import { renderFleetHtml } from '#sync/county-cli/fleet/fleet-html';
import { expectedFleetStates, FLEET_NOW, fleetHeartbeats, fleetProvisioned, fleetTowns } from '#test-fixtures/fleet/fleet-fixture';

/**
 * `county fleet --html FILE` as county IT opens it: from a file, in Chromium, with nothing else
 * reachable. Every provisioned kiosk is on the page with its state word, the overview counts
 * them by town and village, and the page loads nothing and breaks no CSP rule.
 */
test('the fleet page shows every provisioned kiosk with its state, offline', async ({ page }) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'fleet-html-'));
  try {
    const file = path.join(dir, 'fleet.html');
    writeFileSync(file, renderFleetHtml(buildFleetEntries({ heartbeats: fleetHeartbeats, provisioned: fleetProvisioned, towns: fleetTowns, now: FLEET_NOW }), FLEET_NOW));
    const requests: string[] = [];
    const problems: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    page.on('console', (message) => problems.push(message.text()));
    await page.goto(pathToFileURL(file).href);

    await expect(page.getByRole('heading', { level: 1 })).toContainText('终端状态');
    const words = { ok: '正常', attention: '需要关注', lost: '失联' };
    for (const [key, state] of Object.entries(expectedFleetStates)) {
      const [village, kiosk] = key.split('/') as [string, string];
      const row = page.locator(`tr[data-kiosk="${kiosk}"]`).filter({ has: page.locator('td', { hasText: new RegExp(`^${village}$`) }) });
      await expect(row).toHaveCount(1);
      await expect(row).toHaveAttribute('data-state', state);
      await expect(row.locator('td').nth(3)).toContainText(words[state]);
    }
    await expect(page.locator('tbody tr')).toHaveCount(fleetProvisioned.length);
    await expect(page.locator('tr[data-state="lost"]').first()).toContainText('自 2026-06-01T06:00:00.000Z');
    await expect(page.locator('section.town')).toHaveCount(2);
    await expect(page.locator('section.town', { hasText: '下河乡' }).locator('li[data-village="xiahe"]')).toContainText('失联 2');
    // The style block is applied (its hash is in the CSP), so the page is readable as designed.
    const badge = page.locator('tr[data-state="lost"] .state').first();
    expect(await badge.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(139, 0, 0)');
    expect(requests.filter((url) => !url.startsWith('file:'))).toEqual([]);
    expect(problems.filter((text) => /Content Security Policy|Failed to load/i.test(text))).toEqual([]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
