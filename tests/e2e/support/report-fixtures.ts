import { chromiumFlags } from './chromium-flags';
import { test as base } from './fixtures';
import { startKioskHost } from './kiosk-host';
import { fakeMediaFlags } from './media-fixtures';

/**
 * Specs of the report flow: Chromium with the fake camera and microphone (files generated on
 * first use, PITFALLS.md), and a host that records speech instead of playing it
 * (KIOSK_SPEECH=record), so nothing depends on a sound card or espeak being installed.
 */
export const test = base.extend({
  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures must destructure their first argument.
  kiosk: async ({}, use, testInfo) => {
    const kiosk = await startKioskHost({ env: { KIOSK_SPEECH: 'record' } });
    await use(kiosk);
    if (testInfo.status !== testInfo.expectedStatus) await testInfo.attach('host-output', { body: kiosk.output(), contentType: 'text/plain' });
    await kiosk.stop();
  },
});

/** Launch options for `test.use` (also for launchPersistentContext in the crash spec). */
export const reportLaunchOptions = {
  executablePath: process.env.KIOSK_CHROMIUM ?? '/usr/bin/chromium',
  args: [...chromiumFlags, ...fakeMediaFlags()],
};
