import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderKiosk, testConfigState } from '../../app/render-kiosk.test-support';
import { createFakeSyncServices, ENROLLED } from '../../sync/fake-sync-services.test-support';
import { installFakeMedia } from '../../ui/fake-media.test-support';
import { button } from './report.test-support';

let media: ReturnType<typeof installFakeMedia>;
beforeEach(() => {
  media = installFakeMedia();
});
afterEach(() => media.restore());

describe('reporting identity', () => {
  it('an enrolled kiosk stamps reports with the county’s village and kiosk id, not its site configuration', async () => {
    const sync = createFakeSyncServices();
    const { user, data } = await renderKiosk(testConfigState(), {
      hostHandlers: { 'county.status': () => ENROLLED },
      syncServices: sync.services,
    });
    await user.click(button('我要反映问题'));
    await user.click(button('道路'));
    await user.click(button('路灯不亮'));
    await user.click(button('下一步'));
    await user.click(await screen.findByRole('button', { name: '跳过，不拍照' }));
    await user.click(button('第一村民小组'));
    await user.click(await screen.findByRole('button', { name: '跳过' }));
    await user.click(await screen.findByRole('button', { name: '不留电话' }));
    await user.click(button('确认提交'));
    await screen.findByTestId('tracking-code');
    const [report] = (await data.database.reports.find().exec()).map((doc) => doc.toJSON());
    // The configuration says demo-village; the county refuses any village but the account's own.
    expect(report).toMatchObject({ village: 'qingshan', kioskId: 'kiosk-01' });
  });
});
