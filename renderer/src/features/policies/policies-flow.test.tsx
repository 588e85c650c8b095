import { screen, within, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { PolicyDocType } from '#sync/schema/policy-schema';
import { renderKiosk } from '../../app/render-kiosk.test-support';
import { HOSTILE_POLICY_BODY } from '#test-fixtures/docs/hostile-policy';

const fullPolicy = {
  id: 'policy-medical-2026',
  type: 'policy' as const,
  title: { zh: '城乡居民基本医疗保险' },
  summary: { zh: '每年缴费一次，住院和门诊费用按比例报销。' },
  body: { zh: '## 缴费\n\n每年缴费一次。' },
  issuer: { zh: '县医疗保障局' },
  category: 'medical',
  tags: ['医保'],
  link: 'https://ybj.example.gov.cn/zhengce/2026-01',
  effectiveFrom: '2026-01-01',
  updatedAt: '2026-01-01T00:00:00Z',
} satisfies PolicyDocType;

describe('policies', () => {
  it('browses the embedded samples: category → list → detail with text size and read aloud', async () => {
    let finish: ((value: { spoken: boolean; reason?: string }) => void) | undefined;
    const { user, fake } = await renderKiosk(undefined, {
      hostHandlers: {
        // The host answers when the text has been read out: here only when it is stopped.
        'speech.speak': () => new Promise((resolve) => (finish = resolve)),
        'speech.stop': () => {
          finish?.({ spoken: false, reason: 'stopped' });
          return { spoken: false };
        },
      },
    });
    await user.click(screen.getByRole('button', { name: '政策查询' }));
    expect(screen.getByText(/这些是示范政策/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: /^养老保险/ }));
    expect(screen.getByRole('heading', { level: 1, name: '养老保险' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: /城乡居民基本养老保险/ }));
    expect(screen.getByRole('heading', { level: 1, name: '城乡居民基本养老保险' })).toBeTruthy();
    expect(screen.getByText(/发布单位：县人力资源和社会保障局/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: '字大一点' }));
    expect(screen.getByRole('button', { name: '字小一点' })).toHaveProperty('disabled', false);
    await user.click(screen.getByRole('button', { name: '朗读' }));
    // The read-aloud service tries the platform voice first (none in jsdom), then the host's.
    await waitFor(() => expect(fake.calls.filter((c) => c.channel === 'speech.speak').at(-1)?.request).toMatchObject({ text: expect.stringContaining('年满 16 周岁') }));
    await user.click(await screen.findByRole('button', { name: '停止朗读' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: '停止朗读' })).toBeNull());
    expect(fake.calls.some((c) => c.channel === 'speech.stop')).toBe(true);
  });

  it('shows the county’s policies instead of the samples, hides expired ones, and draws the official link as a QR code', async () => {
    const { user } = await renderKiosk(undefined, {
      seed: async ({ database }) => {
        await database.policies.bulkInsert([
          { ...fullPolicy, effectiveUntil: '2099-12-31' },
          { ...fullPolicy, id: 'expired', title: { zh: '过期的政策' }, effectiveUntil: '2020-01-01' },
        ]);
      },
    });
    await user.click(screen.getByRole('button', { name: '政策查询' }));
    expect(screen.queryByText(/这些是示范政策/)).toBeNull();
    await user.click(screen.getByRole('button', { name: /^医疗保障/ }));
    expect(screen.queryByText('过期的政策')).toBeNull();
    await user.click(screen.getByRole('button', { name: /城乡居民基本医疗保险/ }));
    expect(screen.getByRole('img', { name: '用手机扫码看官方原文' })).toBeTruthy();
    expect(document.querySelector('main a[href]')?.outerHTML).toBeUndefined();
  });

  it('renders a hostile county policy inert', async () => {
    const { user } = await renderKiosk(undefined, {
      seed: async ({ database }) => {
        await database.policies.insert({ ...fullPolicy, effectiveUntil: '2099-12-31', title: { zh: '恶意测试政策' }, body: { zh: HOSTILE_POLICY_BODY } });
      },
    });
    await user.click(screen.getByRole('button', { name: '政策查询' }));
    await user.click(screen.getByRole('button', { name: /^医疗保障/ }));
    await user.click(screen.getByRole('button', { name: /恶意测试政策/ }));
    const article = document.querySelector('article.policy-text')!;
    expect(article.querySelectorAll('script, iframe, img, a, svg')).toHaveLength(0);
    expect(within(article as HTMLElement).getByText(/<script>/)).toBeTruthy();
    expect((window as unknown as { __pwned?: unknown }).__pwned).toBeUndefined();
  });

  it('finds a policy by pinyin initials as they are typed, with the match marked', async () => {
    const { user } = await renderKiosk();
    await user.click(screen.getByRole('button', { name: '政策查询' }));
    await user.click(screen.getByRole('button', { name: '查找政策' }));
    const keys = screen.getByRole('group', { name: '键盘' });
    for (const key of 'ylbx') await user.click(within(keys).getByRole('button', { name: new RegExp(`^${key}$`) }));
    expect(screen.getByRole('heading', { level: 2, name: /找到 \d+ 条/ })).toBeTruthy();
    const first = screen.getAllByRole('button', { name: /养老保险/ })[0]!;
    expect(first.querySelector('mark')?.textContent).toBe('养老保险');
    await user.click(first);
    expect(screen.getByRole('heading', { level: 1, name: /养老保险/ })).toBeTruthy();
  });
});
