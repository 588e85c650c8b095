import { act, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { testConfig } from '../../app/render-kiosk.test-support';
import { installFakeMedia } from '../../ui/fake-media.test-support';
import { button, heading, renderReportKiosk } from './report.test-support';

let media: ReturnType<typeof installFakeMedia>;
beforeEach(() => {
  media = installFakeMedia();
});
afterEach(() => media.restore());

const config = testConfig((c) => {
  c.idle = { warningSeconds: 30, resetSeconds: 10 };
});

async function advance(seconds: number) {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(seconds * 1000);
  });
}

describe('idle reset of a half-filled report', () => {
  it('wipes phrases, recording, photo and phone: object URLs revoked, camera and microphone released', async () => {
    const { user, data } = await renderReportKiosk({ config });
    vi.useFakeTimers({ shouldAdvanceTime: true });
    await user.click(button('我要反映问题'));
    await user.click(button('道路'));
    await user.click(button('桥梁损坏'));
    await user.click(button('开始录音'));
    await user.click(await screen.findByRole('button', { name: '停止录音' }));
    await screen.findByRole('button', { name: '播放录音' });
    await user.click(button('下一步'));
    await user.click(await screen.findByRole('button', { name: '拍照' }));
    await screen.findByRole('img', { name: '刚拍的照片' });
    await user.click(button('用这张，下一步'));
    await user.click(button('第二村民小组'));
    await user.click(await screen.findByRole('button', { name: '小学' }));
    for (const digit of '139') await user.click(button(digit));
    // Back to the photo step: the camera is on again for a retake when the villager walks away.
    await user.click(button('返回'));
    await user.click(button('返回'));
    await user.click(button('返回'));
    await user.click(button('重拍'));
    expect(media.liveUrls.size).toBe(1);
    await screen.findByRole('button', { name: '拍照' });
    expect(media.liveTracks()).toHaveLength(1);

    await advance(30);
    expect(screen.getByRole('alertdialog')).toBeTruthy();
    await advance(10);

    expect(heading()).toBe('示范村');
    expect(media.liveUrls.size).toBe(0);
    expect(media.liveTracks()).toEqual([]);
    expect(await data.database.reports.count().exec()).toBe(0);
    expect(await data.blobs.pendingUploads()).toEqual([]);

    await user.click(button('我要反映问题'));
    await user.click(button('道路'));
    expect(button('桥梁损坏').getAttribute('aria-pressed')).toBe('false');
    expect(screen.getByRole('button', { name: '开始录音' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: '播放录音' })).toBeNull();
  });

  it('drops a recording in progress: the microphone is released and nothing is kept', async () => {
    const { user } = await renderReportKiosk({ config });
    vi.useFakeTimers({ shouldAdvanceTime: true });
    await user.click(button('我要反映问题'));
    await user.click(button('饮水'));
    await user.click(button('开始录音'));
    await screen.findByRole('button', { name: '停止录音' });
    expect(media.liveTracks()).toHaveLength(1);
    await advance(30);
    await advance(10);
    expect(heading()).toBe('示范村');
    expect(media.liveTracks()).toEqual([]);
    expect(media.recorders[0]?.state).toBe('inactive');
    expect(media.liveUrls.size).toBe(0);
    expect(media.createdUrls()).toBe(0);
  });
});
