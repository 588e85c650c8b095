import { chromiumFlags } from './support/chromium-flags';
import { expect, test as base } from './support/fixtures';
import { startKioskHost } from './support/kiosk-host';
import { expectScreenFits } from './support/screen-fit';

/**
 * Read aloud on a machine where nobody installed a voice: Chromium has no speechSynthesis
 * voices here, and the host's espeak-ng is switched off (KIOSK_SPEECH=none), so the kiosk must
 * read with the eSpeak NG it ships itself. What it plays is observed where it leaves the page:
 * every AudioBufferSourceNode started, with its samples.
 */
const test = base.extend({
  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures must destructure their first argument.
  kiosk: async ({}, use) => {
    const kiosk = await startKioskHost({ env: { KIOSK_SPEECH: 'none' } });
    await use(kiosk);
    await kiosk.stop();
  },
});
test.use({ launchOptions: { executablePath: process.env.KIOSK_CHROMIUM ?? '/usr/bin/chromium', args: [...chromiumFlags, '--autoplay-policy=no-user-gesture-required'] } });

interface Played {
  samples: number;
  peak: number;
  sampleRate: number;
}

test('with no system voice and no espeak-ng, the shipped synthesiser reads aloud; the button shows it and stops it', async ({ page, kiosk }) => {
  test.setTimeout(90_000);
  await page.addInitScript(() => {
    const played: Played[] = [];
    (window as unknown as { playedAudio: Played[] }).playedAudio = played;
    const prototype = AudioBufferSourceNode.prototype;
    // The original, called with the node as `this` below.
    // eslint-disable-next-line @typescript-eslint/unbound-method -- re-bound with apply()
    const start = prototype.start;
    prototype.start = function (this: AudioBufferSourceNode, ...args: Parameters<AudioBufferSourceNode['start']>) {
      const data = this.buffer?.getChannelData(0) ?? new Float32Array();
      let peak = 0;
      for (const value of data) peak = Math.max(peak, Math.abs(value));
      played.push({ samples: data.length, peak, sampleRate: this.buffer?.sampleRate ?? 0 });
      return start.apply(this, args);
    };
  });
  await page.goto(kiosk.url);
  // The launch URL redirects once (session bootstrap): wait for the kiosk itself.
  await expect(page.getByRole('button', { name: '我要反映问题' })).toBeVisible();
  expect(await page.evaluate(() => speechSynthesis.getVoices().length)).toBe(0);
  // The category question with its ten choices: several seconds of speech.
  await page.getByRole('button', { name: '我要反映问题' }).click();
  await page.getByRole('button', { name: '朗读' }).click();

  // The button says it is reading, with the speed buttons beside it, all in sight.
  await expect(page.getByRole('button', { name: '停止朗读' })).toBeVisible();
  await expect(page.getByRole('button', { name: '慢一点' })).toBeVisible();
  const played = () => page.evaluate(() => (window as unknown as { playedAudio: Played[] }).playedAudio);
  await expect.poll(async () => (await played()).reduce((sum, chunk) => sum + chunk.samples, 0), { timeout: 45_000 }).toBeGreaterThan(22_050);
  const chunks = await played();
  expect(chunks[0]!.sampleRate).toBe(22_050);
  expect(Math.max(...chunks.map((chunk) => chunk.peak))).toBeGreaterThan(0.05);
  await expectScreenFits(page);

  // A second tap stops it.
  await page.getByRole('button', { name: '停止朗读' }).click();
  await expect(page.getByRole('button', { name: '朗读' })).toBeVisible();

  // The clerk sees which engine spoke.
  await page.getByRole('button', { name: '回到首页' }).click();
  await page.getByRole('button', { name: '工作人员服务' }).click();
  for (const digit of '2468') await page.getByRole('group', { name: '密码数字键' }).getByRole('button', { name: digit, exact: true }).click();
  await page.getByRole('button', { name: '确定' }).click();
  await page.getByRole('tab', { name: '朗读' }).click();
  await expect(page.getByTestId('speech-engine')).toHaveText('现在朗读用的是：本软件自带的语音合成（eSpeak NG）');
  await expect(page.getByText('主机上的 eSpeak NG：没有')).toBeVisible();
  await expect(page.getByText('本机系统的中文语音：没有')).toBeVisible();
});
