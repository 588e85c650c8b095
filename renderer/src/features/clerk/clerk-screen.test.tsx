import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { SyncStatus } from '#sync/replication/status/sync-status';
import { renderKiosk, testConfig, testConfigState } from '../../app/render-kiosk.test-support';
import { createFakeSyncServices, ENROLLED, IDLE_ALL_SENT } from '../../sync/fake-sync-services.test-support';

type Kiosk = Awaited<ReturnType<typeof renderKiosk>>;

const unlockWith2468 = { 'clerk.unlock': ({ pin }: { pin: string }) => ({ unlocked: pin === '2468' }) };

async function typePin(kiosk: Kiosk, pin: string) {
  const keypad = screen.getByRole('group', { name: '密码数字键' });
  for (const digit of pin) await kiosk.user.click(within(keypad).getByRole('button', { name: digit }));
  await kiosk.user.click(screen.getByRole('button', { name: '确定' }));
}

async function openClerk(kiosk: Kiosk) {
  await kiosk.user.click(screen.getByRole('button', { name: '工作人员服务' }));
  await typePin(kiosk, '2468');
  await screen.findByRole('heading', { level: 2, name: '和县里同步' });
}

const syncState = () => screen.getByText(/^同步状态：/).textContent;

async function openTab(kiosk: Kiosk, name: RegExp) {
  await kiosk.user.click(screen.getByRole('tab', { name }));
}

describe('clerk screen', () => {
  it('asks for the PIN first: wrong PIN said in words, lockout with its seconds, nothing of the sync shown', async () => {
    let calls = 0;
    const kiosk = await renderKiosk(testConfigState(), {
      hostHandlers: { 'clerk.unlock': () => (++calls === 1 ? { unlocked: false } : { unlocked: false, retryAfterSeconds: 42 }) },
    });
    await kiosk.user.click(screen.getByRole('button', { name: '工作人员服务' }));
    expect(screen.queryByRole('heading', { name: '和县里同步' })).toBeNull();
    await typePin(kiosk, '1357');
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('密码不对，请再试一次。'));
    await typePin(kiosk, '1357');
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('密码错误次数太多，请 42 秒后再试。'));
    expect(kiosk.fake.calls.filter((call) => call.channel === 'clerk.unlock').map((call) => call.request)).toEqual([{ pin: '1357' }, { pin: '1357' }]);
    expect(screen.queryByRole('heading', { name: '和县里同步' })).toBeNull();
  });

  it('locks again after leaving the screen (unlock is screen state under the session)', async () => {
    const kiosk = await renderKiosk(testConfigState(), { hostHandlers: unlockWith2468 });
    await openClerk(kiosk);
    await kiosk.user.click(screen.getByRole('button', { name: '回到首页' }));
    await kiosk.user.click(screen.getByRole('button', { name: '工作人员服务' }));
    expect(screen.getByRole('group', { name: '密码数字键' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: '和县里同步' })).toBeNull();
  });

  it('the idle reset locks the clerk screen: the next person starts at home and needs the PIN', async () => {
    const config = testConfig((c) => {
      c.idle = { warningSeconds: 30, resetSeconds: 10 };
    });
    const kiosk = await renderKiosk(testConfigState(config), { hostHandlers: unlockWith2468, syncServices: createFakeSyncServices().services });
    await openClerk(kiosk);
    vi.useFakeTimers({ shouldAdvanceTime: true });
    await kiosk.user.click(screen.getByRole('heading', { level: 2, name: '和县里同步' })); // a touch starts the idle timer
    await act(async () => {
      await vi.advanceTimersByTimeAsync(41_000);
    });
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).not.toBe('工作人员服务'));
    await kiosk.user.click(screen.getByRole('button', { name: '工作人员服务' }));
    expect(screen.getByRole('group', { name: '密码数字键' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: '和县里同步' })).toBeNull();
  });

  it('not enrolled: says so, offers the enrollment file, and the sync is "未注册" without a sync-now button', async () => {
    const fake = createFakeSyncServices();
    const kiosk = await renderKiosk(testConfigState(), { hostHandlers: unlockWith2468, syncServices: fake.services });
    await openClerk(kiosk);
    expect(syncState()).toBe('同步状态：未注册');
    await openTab(kiosk, /本机注册/);
    expect(screen.getByText(/本机还没有注册/)).toBeTruthy();
    expect(screen.getByLabelText('载入县里发的注册文件')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '立即同步' })).toBeNull();
    expect(fake.started).toEqual([]);
  });

  it('enroll: the file goes whole to county.enroll, the sync starts with the enrollment, the village shows, no credentials', async () => {
    const fake = createFakeSyncServices();
    let enrolled = false;
    const file = JSON.stringify({ couchUrl: 'https://county.example:6984/', village: 'qingshan', kioskId: 'kiosk-01', username: 'u', password: 'SECRET-pw-1234', databases: ENROLLED.databases });
    const kiosk = await renderKiosk(testConfigState(), {
      hostHandlers: {
        ...unlockWith2468,
        'county.status': () => (enrolled ? ENROLLED : { enrolled: false }),
        'county.enroll': () => {
          enrolled = true;
          return ENROLLED;
        },
        'config.applyCounty': () => testConfigState(),
      },
      syncServices: fake.services,
    });
    await openClerk(kiosk);
    await openTab(kiosk, /本机注册/);
    await kiosk.user.upload(screen.getByLabelText('载入县里发的注册文件'), new File([file], 'enroll.json', { type: 'application/json' }));
    await screen.findByText('本机已注册：是"qingshan"的终端，本机编号 kiosk-01。');
    expect(kiosk.fake.calls.find((call) => call.channel === 'county.enroll')?.request).toEqual({ enrollmentJson: file });
    expect(screen.getByText('qingshan')).toBeTruthy();
    expect(screen.getByText('kiosk-01')).toBeTruthy();
    // The server by its name, without the scheme (and never credentials).
    expect(screen.getByText('county.example:6984')).toBeTruthy();
    expect(document.body.textContent).not.toContain('SECRET');
    await waitFor(() => expect(fake.started).toHaveLength(1));
    const options = fake.started[0]!;
    expect(options.enrollment).toEqual({ village: 'qingshan', kioskId: 'kiosk-01', databases: ENROLLED.databases });
    expect(options.heartbeat).toEqual({ appVersion: '0.0.0-test', hostErrors: expect.any(Function), alertsShown: expect.any(Function), changes: expect.any(Function), hostHealth: expect.any(Function) });
    // No renderer crashes reported by this host: nothing extra in the heartbeat.
    expect(options.heartbeat?.hostErrors?.()).toEqual([]);
    expect(fake.uploader.start).toHaveBeenCalled();
    // A county configuration document goes to the host as is.
    await options.onKioskConfig?.({ id: 'c', type: 'kiosk_config', village: 'qingshan', config: { idle: { warningSeconds: 60 } }, updatedAt: '' } as never);
    expect(kiosk.fake.calls.find((call) => call.channel === 'config.applyCounty')?.request).toEqual({ village: 'qingshan', config: { idle: { warningSeconds: 60 } } });
    await openTab(kiosk, /^同步$/);
    await waitFor(() => expect(syncState()).toBe('同步状态：全部已发送'));
  });

  it('names a village enrolled by division code with its name beside the code', async () => {
    const coded = { ...ENROLLED, village: '510112001001', villageName: { zh: '幸福村', en: 'Xingfu' } };
    const kiosk = await renderKiosk(testConfigState(), {
      hostHandlers: { ...unlockWith2468, 'county.status': () => coded },
      syncServices: createFakeSyncServices().services,
    });
    await openClerk(kiosk);
    await openTab(kiosk, /本机注册/);
    expect(await screen.findByText('幸福村（510112001001）')).toBeTruthy();
    // In the sentence (and aloud) by its name alone.
    expect(screen.getByText('本机已注册：是"幸福村"的终端，本机编号 kiosk-01。')).toBeTruthy();
  });

  it('shows the host\'s reason when enrollment fails', async () => {
    const kiosk = await renderKiosk(testConfigState(), {
      hostHandlers: {
        ...unlockWith2468,
        'county.enroll': () => {
          throw new Error('password is missing');
        },
      },
      syncServices: createFakeSyncServices().services,
    });
    await openClerk(kiosk);
    await openTab(kiosk, /本机注册/);
    // Not an enrollment file at all: said before it goes to the host, with what to do.
    await kiosk.user.upload(screen.getByLabelText('载入县里发的注册文件'), new File(['not json'], 'enroll.json', { type: 'application/json' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/^这个文件不是注册文件.*请换县里发的注册文件再试/);
    await kiosk.user.upload(screen.getByLabelText('载入县里发的注册文件'), new File(['{}'], 'enroll.json', { type: 'application/json' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/^这个文件里缺少注册需要的内容/));
    expect(kiosk.fake.calls.some((call) => call.channel === 'county.enroll')).toBe(false);
    // The host refuses it: a sentence with the next step, never the host's internal words.
    const complete = JSON.stringify({ couchUrl: 'https://c.example/', village: 'qingshan', kioskId: 'k1', username: 'u', password: 'p', databases: {} });
    await kiosk.user.upload(screen.getByLabelText('载入县里发的注册文件'), new File([complete], 'enroll.json', { type: 'application/json' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('注册没有成功。请确认选的是县里为本村发的注册文件，再试一次；还是不行，请打电话给县里的技术人员。'));
    expect(document.body.textContent).not.toContain('password is missing');
    expect(screen.getByText(/本机还没有注册/)).toBeTruthy();
  });

  it.each<[SyncStatus, string]>([
    [{ ...IDLE_ALL_SENT, state: 'offline', allSent: false, pending: { reports: 2, scans: 0, blobs: 1 } }, '离线'],
    [{ ...IDLE_ALL_SENT, state: 'syncing', allSent: false, pending: { reports: 1, scans: 0, blobs: 0 } }, '正在同步'],
    [{ ...IDLE_ALL_SENT, state: 'error', allSent: false, lastError: { kind: 'server', message: 'HTTP 500 from _bulk_docs', at: '2025-03-01T09:00:00.000Z' } }, '出错'],
    [{ ...IDLE_ALL_SENT, state: 'credentials-rejected', allSent: false }, '账号被拒绝'],
    [IDLE_ALL_SENT, '全部已发送'],
    [{ ...IDLE_ALL_SENT, quarantined: 1, allSent: false }, '有内容被县里退回'],
  ])('enrolled: state %# in words', async (status, words) => {
    const fake = createFakeSyncServices(status);
    const kiosk = await renderKiosk(testConfigState(), { hostHandlers: { ...unlockWith2468, 'county.status': () => ENROLLED }, syncServices: fake.services });
    await openClerk(kiosk);
    await waitFor(() => expect(syncState()).toBe(`同步状态：${words}`));
    if (words !== '全部已发送') expect(document.body.textContent).not.toContain('全部已发送');
    expect(screen.getByText(`待发送的反映：${status.pending.reports} 件`)).toBeTruthy();
    expect(screen.getByText(`待上传的照片和录音：${status.pending.blobs} 个`)).toBeTruthy();
    if (status.lastError) expect(screen.getByText('最近的问题：县里的服务器出了问题。内容都保存在本机，会自动再试；一直这样请联系县里的技术人员。')).toBeTruthy();
    expect(document.body.textContent).not.toContain('HTTP 500');
  });

  it('follows the sync: pending counts and "all sent" change as the status does', async () => {
    const fake = createFakeSyncServices({ state: 'syncing', allSent: false, quarantined: 0, pending: { reports: 3, scans: 1, blobs: 2 } });
    const kiosk = await renderKiosk(testConfigState(), { hostHandlers: { ...unlockWith2468, 'county.status': () => ENROLLED }, syncServices: fake.services });
    await openClerk(kiosk);
    await waitFor(() => expect(screen.getByText('待发送的扫描件：1 份')).toBeTruthy());
    expect(screen.getByText('还没有同步成功过')).toBeTruthy();
    act(() => fake.setStatus(IDLE_ALL_SENT));
    await waitFor(() => expect(syncState()).toBe('同步状态：全部已发送'));
    expect(screen.getByText('待发送的扫描件：0 份')).toBeTruthy();
    expect(screen.getByText(/^上次同步成功：/)).toBeTruthy();
  });

  it('"立即同步" asks the sync and the uploader to try now, and its line ends in a result with the time', async () => {
    const fake = createFakeSyncServices({ state: 'syncing', allSent: false, quarantined: 0, pending: { reports: 2, scans: 0, blobs: 1 } });
    const kiosk = await renderKiosk(testConfigState(), { hostHandlers: { ...unlockWith2468, 'county.status': () => ENROLLED }, syncServices: fake.services });
    await openClerk(kiosk);
    await kiosk.user.click(await screen.findByRole('button', { name: '立即同步' }));
    await waitFor(() => expect(fake.syncNow).toHaveBeenCalledTimes(1));
    expect(fake.uploader.wake).toHaveBeenCalled();
    expect(screen.getByText('正在发送，还有 3 项…')).toBeTruthy();
    act(() => fake.setStatus({ ...IDLE_ALL_SENT, lastGoodSyncAt: '2025-03-01T06:32:00.000Z' }));
    const clock = new Date('2025-03-01T06:32:00.000Z').toLocaleTimeString('zh-CN', { hour: '2-digit', minute: '2-digit', hour12: false });
    await waitFor(() => expect(screen.getByText(`全部已发送，${clock}`)).toBeTruthy());
  });

  it('lists what the county refused: kind, short id, the server\'s reason; never the document; retry and discard', async () => {
    const fake = createFakeSyncServices({ ...IDLE_ALL_SENT, quarantined: 2, allSent: false });
    await fake.quarantine.put({ collection: 'reports', docId: '3f2a9c1e-8b7d-4c21-9e0f-123456789abc', direction: 'push', reason: 'forbidden: village mismatch', at: '', document: { description: 'PRIVATE TEXT' } });
    await fake.quarantine.put({ collection: 'scans', docId: 'scan-7', direction: 'push', reason: 'forbidden: missing pages', at: '' });
    const kiosk = await renderKiosk(testConfigState(), { hostHandlers: { ...unlockWith2468, 'county.status': () => ENROLLED }, syncServices: fake.services });
    await openClerk(kiosk);
    expect(syncState()).toBe('同步状态：有内容被县里退回');
    await openTab(kiosk, /退回的内容（2）/);
    const rows = await screen.findAllByRole('article');
    expect(rows.map((row) => row.querySelector('.clerk-refused-what')?.textContent)).toEqual(['反映 · 编号 3f2a9c1e…', '扫描件 · 编号 scan-7']);
    expect(rows.map((row) => row.querySelector('.clerk-refused-reason')?.textContent)).toEqual(['原因：forbidden: village mismatch', '原因：forbidden: missing pages']);
    expect(screen.getByText(/县里退回了 2 条内容/)).toBeTruthy();
    expect(document.body.textContent).not.toContain('PRIVATE TEXT');

    // Refused again: the row stays and the clerk is told.
    fake.retry.outcome = { kind: 'refused', reason: 'forbidden: village mismatch' };
    await kiosk.user.click(within(rows[0]!).getByRole('button', { name: '重新发送' }));
    await waitFor(() => expect(screen.getByText(/县里又退回了/)).toBeTruthy());
    const { retryRefused, discardRefused } = fake.sync as unknown as Record<'retryRefused' | 'discardRefused', ReturnType<typeof vi.fn>>;
    expect(retryRefused).toHaveBeenCalledWith('reports', '3f2a9c1e-8b7d-4c21-9e0f-123456789abc');
    // Accepted: it leaves the list.
    fake.retry.outcome = { kind: 'sent' };
    await kiosk.user.click(within(screen.getAllByRole('article')[0]!).getByRole('button', { name: '重新发送' }));
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(1));
    expect(screen.getByText('已经重新发送，县里收下了。')).toBeTruthy();
    // Discard asks first, and keeps the kiosk's document (the fake only clears the entry).
    await kiosk.user.click(screen.getByRole('button', { name: '不再发送' }));
    await kiosk.user.click(within(screen.getByRole('dialog', { name: '这一条不再发送吗？' })).getByRole('button', { name: '确认不再发送' }));
    await waitFor(() => expect(screen.getByText('没有被退回的内容。')).toBeTruthy());
    expect(discardRefused).toHaveBeenCalledWith('scans', 'scan-7');
  });

  it('reads the whole clerk screen aloud: enrollment, sync state and counts', async () => {
    const fake = createFakeSyncServices();
    const kiosk = await renderKiosk(testConfigState(), { hostHandlers: { ...unlockWith2468, 'county.status': () => ENROLLED }, syncServices: fake.services });
    await openClerk(kiosk);
    await waitFor(() => expect(syncState()).toBe('同步状态：全部已发送'));
    await kiosk.user.click(screen.getByRole('button', { name: '朗读' }));
    await waitFor(() => expect(kiosk.fake.calls.some((call) => call.channel === 'speech.speak')).toBe(true));
    const spoken = (kiosk.fake.calls.findLast((call) => call.channel === 'speech.speak')?.request as { text: string }).text;
    expect(spoken).toContain('本机已注册：是"qingshan"的终端，本机编号 kiosk-01。');
    expect(spoken).toContain('同步状态：全部已发送');
    expect(spoken).toContain('待发送的反映：0 件');
  });
});
