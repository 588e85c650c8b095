import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { AlertDocType } from '#sync/schema/alert-schema';
import { renderKiosk } from '../../app/render-kiosk.test-support';
import { alertReceipts } from './alert-receipts';

const future = new Date(Date.now() + 86_400_000).toISOString();
const flood: AlertDocType = {
  id: 'alert-flood',
  type: 'alert',
  villages: ['demo-village'],
  severity: 'warning',
  text: { zh: '今晚有大暴雨，请远离河道。' },
  issuedAt: new Date().toISOString(),
  expiresAt: future,
  signature: { alg: 'ed25519', keyId: 'test', signedAt: new Date().toISOString(), value: 'c2lnbmVk' },
};

afterEach(() => alertReceipts.clearForTests());

describe('emergency alert banner', () => {
  it('shows and speaks alerts for this village or all, above the screen, until acknowledged; unknown severity as the highest', async () => {
    const { user, fake } = await renderKiosk(undefined, {
      seed: async ({ database }) => {
        await database.alerts.bulkInsert([
          { ...flood, villages: ['*'], id: 'alert-all', severity: 'evacuate-now', text: { zh: '山体滑坡，请立即撤离。' } },
          flood,
          { ...flood, id: 'alert-other', villages: ['elsewhere'], text: { zh: '别的村的通知' } },
          { ...flood, id: 'alert-old', expiresAt: '2020-01-01T00:00:00Z', text: { zh: '过期的通知' } },
          // Not signed by the county: the host refuses it, the kiosk never shows it.
          { ...flood, id: 'alert-forged', signature: undefined, text: { zh: '伪造的通知' } },
        ]);
      },
    });
    const region = await screen.findByRole('region', { name: '紧急通知' });
    const items = screen.getAllByRole('alert');
    expect(items.map((item) => item.textContent)).toEqual([expect.stringMatching(/^紧急：山体滑坡/), expect.stringMatching(/^预警：今晚有大暴雨/)]);
    expect(region.textContent).not.toContain('别的村');
    expect(region.textContent).not.toContain('过期');
    expect(region.textContent).not.toContain('伪造');
    const spoken = fake.calls.filter((c) => c.channel === 'speech.speak').map((c) => (c.request as { text: string }).text);
    expect(spoken.join(' ')).toContain('紧急通知。紧急：山体滑坡，请立即撤离。');
    expect(alertReceipts.get('alert-all')?.shownAt).toEqual(expect.any(String));

    // It blocks nothing: the home screen's services still work under it.
    await user.click(screen.getByRole('button', { name: '政策查询' }));
    expect(screen.getByRole('heading', { level: 1, name: '政策查询' })).toBeTruthy();
    const before = fake.calls.filter((c) => c.channel === 'speech.speak').length;
    await user.click(screen.getByRole('button', { name: '回到首页' }));
    expect(fake.calls.filter((c) => c.channel === 'speech.speak').length).toBeGreaterThan(before);

    await user.click(screen.getAllByRole('button', { name: '知道了' })[0]!);
    expect(screen.getAllByRole('alert')).toHaveLength(1);
    expect(alertReceipts.get('alert-all')?.acknowledgedAt).toEqual(expect.any(String));
    await user.click(screen.getByRole('button', { name: '知道了' }));
    expect(screen.queryByRole('region', { name: '紧急通知' })).toBeNull();
  });
});
