import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatTrackingCode } from '#sync/schema/tracking-code';
import { installFakeMedia } from '../../ui/fake-media.test-support';
import { button, existingReport, heading, renderReportKiosk } from './report.test-support';

let media: ReturnType<typeof installFakeMedia>;
beforeEach(() => {
  media = installFakeMedia();
});
afterEach(() => media.restore());

type Kiosk = Awaited<ReturnType<typeof renderReportKiosk>>;

/** Road problem with a phrase, a recording and a photo, then the village group. */
async function reportUpToGroup(user: Kiosk['user'], group: string) {
  await user.click(button('我要反映问题'));
  await user.click(button('道路'));
  await user.click(button('路面坑洼'));
  await user.click(button('开始录音'));
  await user.click(await screen.findByRole('button', { name: '停止录音' }));
  await screen.findByRole('button', { name: '播放录音' });
  await user.click(button('下一步'));
  await user.click(await screen.findByRole('button', { name: '跳过，不拍照' }));
  await user.click(button(group));
}

describe('duplicate hint', () => {
  it('"this is my problem too" adds a co-reporter to the open report and shows its tracking code', async () => {
    const open = existingReport({ id: 'open-1', category: 'road', group: 'g1', phrases: ['路灯不亮'], coReporters: [{ addedAt: '2025-01-01T00:00:00Z', kioskId: 'k-2' }] });
    const { user, data } = await renderReportKiosk({ seed: ({ database }) => database.reports.insert(open).then(() => undefined) });
    await reportUpToGroup(user, '第一村民小组');

    const dialog = await screen.findByRole('dialog', { name: '最近已有人反映过同样的问题' });
    expect(dialog.textContent).toContain('第一村民小组已经有人反映了"道路"的问题');
    expect(dialog.textContent).toContain('说的是：路灯不亮。');
    expect(dialog.textContent).toContain('已经有 2 人反映。');
    // Never who reported it or how to reach them.
    expect(dialog.textContent).not.toContain('k-2');
    await user.click(within(dialog).getByRole('button', { name: '这也是我的问题' }));

    expect(await screen.findByTestId('tracking-code')).toHaveProperty('textContent', formatTrackingCode(open.trackingCode));
    expect(heading()).toBe('已经记下');
    const stored = (await data.database.reports.findOne('open-1').exec())?.toJSON();
    expect(stored?.coReporters).toHaveLength(2);
    expect(stored?.coReporters[1]).toMatchObject({ kioskId: 'k-test' });
    // No second report, no blobs of the dropped draft, and its recording's URL is revoked.
    expect(await data.database.reports.count().exec()).toBe(1);
    expect(await data.blobs.pendingUploads()).toEqual([]);
    expect(media.liveUrls.size).toBe(0);
  });

  it('"make a new report" goes on with the draft as it was', async () => {
    const { user, data } = await renderReportKiosk({ seed: ({ database }) => database.reports.insert(existingReport({ category: 'road', group: 'g2' })).then(() => undefined) });
    await reportUpToGroup(user, '第二村民小组');
    await user.click(await screen.findByRole('button', { name: '我要新建一个反映' }));
    expect(heading()).toBe('在什么地方附近');
    await user.click(button('跳过'));
    await user.click(button('不留电话'));
    expect(screen.getByText('路面坑洼')).toBeTruthy();
    await user.click(button('确认提交'));
    await screen.findByTestId('tracking-code');
    expect(await data.database.reports.count().exec()).toBe(2);
  });

  it('says nothing for a resolved report, another group, or one older than 7 days', async () => {
    const eightDaysAgo = new Date(Date.now() - 8 * 24 * 3600 * 1000).toISOString();
    const { user } = await renderReportKiosk({
      seed: ({ database }) =>
        database.reports
          .bulkInsert([
            existingReport({ category: 'road', group: 'g1', status: 'resolved' }),
            existingReport({ category: 'road', group: 'g2' }),
            existingReport({ category: 'road', group: 'g1', createdAt: eightDaysAgo }),
          ])
          .then(() => undefined),
    });
    await reportUpToGroup(user, '第一村民小组');
    expect(await screen.findByRole('heading', { level: 1, name: '在什么地方附近' })).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
