import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ReportDocType } from '#sync/schema/report-schema';
import { renderKiosk, testConfig, testConfigState } from '../../app/render-kiosk.test-support';
import { codeFrom, seedReports, testReport } from './status.test-support';

const CODE = codeFrom('3052771'); // "30527713"
const SHA = 'c'.repeat(64);
const T = '2025-03-05T10:00:00Z';

/** Home → status → key in → look up, in the language of the configuration. */
async function lookUp(user: UserEvent, code = CODE, words = { tile: '查询办理进度', search: '查询' }) {
  await user.click(screen.getByRole('button', { name: words.tile }));
  for (const digit of code) await user.click(screen.getByRole('button', { name: digit }));
  await user.click(screen.getByRole('button', { name: words.search }));
  await screen.findByRole('list', { name: /办理进度|Progress/ });
}

function currentStep(): HTMLElement {
  return screen.getByRole('listitem', { current: 'step' });
}

function stepTexts(): string[] {
  return within(screen.getByRole('list', { name: /办理进度|Progress/ }))
    .getAllByRole('listitem')
    .map((item) => item.textContent ?? '');
}

function spoken(calls: { channel: string; request: unknown }[]): string[] {
  return calls.filter((c) => c.channel === 'speech.speak').map((c) => (c.request as { text: string }).text);
}

const resolved = (overrides: Partial<ReportDocType> = {}) =>
  testReport({
    trackingCode: CODE,
    status: 'resolved',
    statusHistory: [
      { status: 'received', at: T },
      { status: 'resolved', at: T },
    ],
    countyReply: { zh: '已派人维修水管。', en: 'A crew repaired the pipe.', at: T },
    ...overrides,
  });

describe('status timeline', () => {
  it.each<[string, Partial<ReportDocType>, string, string]>([
    ['a new report, not sent', { status: 'submitted' }, '已保存在本机', '您的反映已经保存在这台终端上，还没有发送到县里。'],
    ['received by the county, photo not uploaded', { status: 'received', photo: { sha256: SHA, mime: 'image/jpeg', bytes: 10 } }, '等待发送到县里', '您的反映正在等待发送到县里。'],
    ['received by the county', { status: 'received', statusHistory: [{ status: 'received', at: T }] }, '县里已收到', '县里已经收到您的反映，还没有开始处理。'],
    ['in progress', { status: 'in_progress', statusHistory: [{ status: 'in_progress', at: T }] }, '正在处理', '县里正在处理您的反映。'],
    ['resolved', { status: 'resolved', statusHistory: [{ status: 'resolved', at: T }] }, '已解决', '县里已经处理完您的反映。'],
    ['reopened by the county', { status: 'reopened', statusHistory: [{ status: 'resolved', at: T }, { status: 'reopened', at: T }] }, '县里已重新受理', '县里已经重新受理您的反映。'],
  ])('%s: the current step says so in words', async (_name, overrides, step, sentence) => {
    const { user } = await renderKiosk(testConfigState(), { seed: seedReports(testReport({ trackingCode: CODE, ...overrides })) });
    await lookUp(user);
    expect(currentStep().textContent).toBe(`➜${step}现在到这一步`);
    expect(screen.getByText(sentence)).toBeTruthy();
    // Exactly one current step; the ones before say "done", the ones after "not yet".
    const texts = stepTexts();
    const index = texts.findIndex((text) => text.includes('现在到这一步'));
    expect(texts.filter((text) => text.includes('现在到这一步'))).toHaveLength(1);
    expect(texts.slice(0, index).every((text) => text.endsWith('已完成'))).toBe(true);
    expect(texts.slice(index + 1).every((text) => text.endsWith('还没到'))).toBe(true);
  });

  it('shows what the report is about but never the phone number, on screen or aloud', async () => {
    const { user, fake } = await renderKiosk(testConfigState(), {
      seed: seedReports(testReport({ trackingCode: CODE, contactPhone: '138 0013 8000', text: '我的电话 13800138000', phrases: ['水管漏水', '已经三天了'] })),
    });
    await lookUp(user);
    expect(screen.getAllByRole('definition').map((d) => d.textContent)).toEqual(['饮水', '第一村民小组', '2025年3月1日', '水管漏水、已经三天了']);
    await user.click(screen.getByRole('button', { name: '朗读' }));
    await waitFor(() => expect(spoken(fake.calls)).toHaveLength(1));
    for (const text of [document.body.textContent ?? '', ...spoken(fake.calls)]) {
      expect(text).not.toMatch(/138|8000/);
    }
  });

  it('shows the county reply large, in Chinese, and reads the whole status aloud', async () => {
    const { user, fake } = await renderKiosk(testConfigState(), { seed: seedReports(resolved()) });
    await lookUp(user);
    const reply = screen.getByRole('region', { name: '县里的答复' });
    expect(within(reply).getByText('已派人维修水管。').getAttribute('lang')).toBe('zh-CN');
    await user.click(screen.getByRole('button', { name: '朗读' }));
    await waitFor(() => expect(spoken(fake.calls)).toHaveLength(1));
    expect(spoken(fake.calls)).toEqual([
      '查询编号 3 0 5 2, 7 7 1 3。 县里已经处理完您的反映。 县里的答复：已派人维修水管。 如果问题还没有解决，请按“还没解决，重新反映”。',
    ]);
  });

  it('shows the reply in English in an English session, and falls back to Chinese when there is none', async () => {
    const english = testConfigState(testConfig((config) => void (config.defaultLanguage = 'en')));
    const words = { tile: 'Check my report', search: 'Look up' };
    const first = await renderKiosk(english, { seed: seedReports(resolved()) });
    await lookUp(first.user, CODE, words);
    expect(screen.getByRole('heading', { level: 1, name: 'Progress of report 3052 7713' })).toBeTruthy();
    expect(currentStep().textContent).toBe('➜ResolvedNow at this step');
    const reply = screen.getByRole('region', { name: 'Reply from the county' });
    expect(within(reply).getByText('A crew repaired the pipe.').getAttribute('lang')).toBe('en');
    // Phrases keep the language they were chosen in.
    expect(screen.getByText('水管漏水').getAttribute('lang')).toBe('zh-CN');
    await first.user.click(screen.getByRole('button', { name: 'Read aloud' }));
    await waitFor(() => expect(spoken(first.fake.calls)).toHaveLength(1));
    expect(spoken(first.fake.calls)[0]).toContain('Reply from the county: A crew repaired the pipe.');
    first.unmount();

    const chineseOnly = resolved({ countyReply: { zh: '已派人维修水管。', at: T } });
    const second = await renderKiosk(english, { seed: seedReports(chineseOnly) });
    await lookUp(second.user, CODE, words);
    const fallback = within(screen.getByRole('region', { name: 'Reply from the county' })).getByText('已派人维修水管。');
    expect(fallback.getAttribute('lang')).toBe('zh-CN');
  });

  it('follows the report live: a county update shows without leaving the screen', async () => {
    const report = testReport({ trackingCode: CODE, status: 'received', statusHistory: [{ status: 'received', at: T }] });
    const { user, data } = await renderKiosk(testConfigState(), { seed: seedReports(report) });
    await lookUp(user);
    expect(currentStep().textContent).toContain('县里已收到');
    const doc = await data.database.reports.findOne(report.id).exec();
    await doc!.incrementalPatch({ status: 'in_progress', statusHistory: [...report.statusHistory, { status: 'in_progress', at: T }] });
    await waitFor(() => expect(currentStep().textContent).toContain('正在处理'));
  });
});

describe('reopening a resolved report', () => {
  it('asks first, then records the request on the report and shows "reopened, waiting for the county"', async () => {
    const report = resolved();
    const { user, data } = await renderKiosk(testConfigState(), { seed: seedReports(report) });
    await lookUp(user);
    expect(screen.queryByRole('button', { name: '还没解决 — 重新反映' })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: '还没解决 — 重新反映' }));
    const dialog = screen.getByRole('dialog', { name: '要重新反映这个问题吗？' });
    await user.click(within(dialog).getByRole('button', { name: '确认重新反映' }));

    await waitFor(() => expect(currentStep().textContent).toBe('➜已重新反映，等待县里处理现在到这一步'));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.queryByRole('button', { name: '还没解决 — 重新反映' })).toBeNull();
    const notice = screen.getByText('已重新反映，县里会再次处理。');
    expect(notice.getAttribute('role')).toBe('status');
    expect(document.activeElement).toBe(notice);
    expect(screen.getByText('您已经重新反映，正在等待县里处理。')).toBeTruthy();

    const stored = (await data.database.reports.findOne(report.id).exec())!.toJSON();
    expect(stored.reopenRequests).toEqual([{ at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) as unknown, kioskId: 'k-test', resolution: 1 }]);
    // County-owned fields are untouched: the county decides.
    expect(stored.status).toBe('resolved');
    expect(stored.statusHistory).toEqual(report.statusHistory);
  });

  it('writes nothing when the villager cancels', async () => {
    const report = resolved();
    const { user, data } = await renderKiosk(testConfigState(), { seed: seedReports(report) });
    await lookUp(user);
    await user.click(screen.getByRole('button', { name: '还没解决 — 重新反映' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: '取消' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(currentStep().textContent).toContain('已解决');
    expect((await data.database.reports.findOne(report.id).exec())!.reopenRequests).toEqual([]);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: '还没解决 — 重新反映' }));
  });

  it('is not offered before the county has resolved the report', async () => {
    const { user } = await renderKiosk(testConfigState(), {
      seed: seedReports(testReport({ trackingCode: CODE, status: 'in_progress', statusHistory: [{ status: 'in_progress', at: T }] })),
    });
    await lookUp(user);
    expect(screen.queryByRole('button', { name: '还没解决 — 重新反映' })).toBeNull();
  });
});
