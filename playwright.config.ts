import { defineConfig } from '@playwright/test';
import { chromiumFlags } from './tests/e2e/support/chromium-flags';

/**
 * End-to-end tests drive Debian's Chromium (Playwright cannot download its own browser here)
 * against the browser-mode host. Each spec starts its own host on a free port with a temp data
 * dir (tests/e2e/support/kiosk-host.ts); the renderer is built once in global setup.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  globalSetup: './tests/e2e/support/global-setup.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  forbidOnly: true,
  reporter: process.env.CI ? [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]] : [['list']],
  outputDir: 'test-results',
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath: process.env.KIOSK_CHROMIUM ?? '/usr/bin/chromium', args: chromiumFlags },
    viewport: { width: 1920, height: 1080 },
    locale: 'zh-CN',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    video: 'off',
  },
});
