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

/** Road problem with a phrase, a recording and a photo, then the place (group, landmark or Skip). */
async function reportUpToPlace(user: Kiosk['user'], group: string, landmark = '跳过') {
  await user.click(button('我要反映问题'));
  await user.click(button('道路'));
  await user.click(button('路面坑洼'));
  await user.click(button('开始录音'));
  await user.click(await screen.findByRole('button', { name: '停止录音' }));
  await screen.findByRole('button', { name: '播放录音' });
  await user.click(button('下一步'));
  await user.click(await screen.findByRole('button', { name: '拍照' }));
  await user.click(await screen.findByRole('button', { name: '用这张，下一步' }));
  await user.click(button(group));
  await screen.findByRole('heading', { level: 1, name: '在什么地方附近' });
  await user.click(button(landmark));
}

describe('duplicate hint', () => {
  it('"this is my problem too" files the villager\'s own report, voice, photo and phone, linked to the open one, with its own code', async () => {
    const open = existingReport({ id: 'open-1', category: 'road', group: 'g1', phrases: ['路面坑洼'], landmark: '村委会', coReporters: [{ addedAt: '2025-01-01T00:00:00Z', kioskId: 'k-2' }] });
    const { user, data } = await renderReportKiosk({ seed: ({ database }) => database.reports.insert(open).then(() => undefined) });
    await reportUpToPlace(user, '第一村民小组', '村委会');

    const dialog = await screen.findByRole('dialog', { name: '最近已有人反映过同样的问题' });
    expect(dialog.textContent).toContain('第一村民小组的村委会附近已经有人反映了"道路"的问题');
    expect(dialog.textContent).toContain('说的是：路面坑洼。');
    expect(dialog.textContent).toContain('已经有 2 人反映。');
    // Never who reported it or how to reach them.
    expect(dialog.textContent).not.toContain('k-2');
    await user.click(within(dialog).getByRole('button', { name: '这也是我的问题' }));

    // Everything goes on as for a report of its own: the phone, the review, submit.
    expect(heading()).toBe('留个电话吗');
    for (const digit of '13912345678') await user.click(within(screen.getByRole('group', { name: '电话数字键' })).getByRole('button', { name: digit }));
    await user.click(button('确定'));
    expect(screen.getByText(/和.+已有的同样问题一起交给县里/)).toBeTruthy();
    await user.click(button('确认提交'));
    const shown = (await screen.findByTestId('tracking-code')).textContent;
    expect(heading()).toBe('已经记下');

    const saved = (await data.database.reports.find().exec()).map((doc) => doc.toJSON()).find((report) => report.id !== 'open-1')!;
    expect(shown).toBe(formatTrackingCode(saved.trackingCode));
    expect(saved.trackingCode).not.toBe(open.trackingCode);
    expect(saved).toMatchObject({ duplicateOf: 'open-1', contactPhone: '13912345678', phrases: ['路面坑洼'], landmark: '村委会' });
    expect(await data.blobs.hasBlob(saved.voiceNote!.sha256)).toBe(true);
    expect(await data.blobs.hasBlob(saved.photo!.sha256)).toBe(true);
    const joined = (await data.database.reports.findOne('open-1').exec())?.toJSON();
    expect(joined?.coReporters).toEqual([open.coReporters[0], { addedAt: saved.createdAt, kioskId: 'k-test', reportId: saved.id }]);
    expect(media.liveUrls.size).toBe(0);
  });

  it('"不是，我的是另一件事" goes on with the draft as it was', async () => {
    const { user, data } = await renderReportKiosk({ seed: ({ database }) => database.reports.insert(existingReport({ category: 'road', group: 'g2', phrases: ['路面坑洼'] })).then(() => undefined) });
    await reportUpToPlace(user, '第二村民小组');
    await user.click(await screen.findByRole('button', { name: '不是，我的是另一件事' }));
    expect(heading()).toBe('留个电话吗');
    await user.click(await screen.findByRole('button', { name: '不留电话' }));
    expect(screen.getByText('路面坑洼')).toBeTruthy();
    expect(screen.queryByText(/一起交给县里/)).toBeNull();
    await user.click(button('确认提交'));
    await screen.findByTestId('tracking-code');
    expect(heading()).toBe('已经提交');
    expect(await data.database.reports.count().exec()).toBe(2);
  });

  it('says nothing for a resolved report, another group, one older than 7 days, or one alike only in category and group', async () => {
    const eightDaysAgo = new Date(Date.now() - 8 * 24 * 3600 * 1000).toISOString();
    const { user } = await renderReportKiosk({
      seed: ({ database }) =>
        database.reports
          .bulkInsert([
            existingReport({ category: 'road', group: 'g1', phrases: ['路面坑洼'], status: 'resolved' }),
            existingReport({ category: 'road', group: 'g2', phrases: ['路面坑洼'] }),
            existingReport({ category: 'road', group: 'g1', phrases: ['路面坑洼'], createdAt: eightDaysAgo }),
            // Same category and group, but nothing else alike.
            existingReport({ category: 'road', group: 'g1', phrases: ['路灯不亮'] }),
          ])
          .then(() => undefined),
    });
    await reportUpToPlace(user, '第一村民小组');
    expect(await screen.findByRole('heading', { level: 1, name: '留个电话吗' })).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
