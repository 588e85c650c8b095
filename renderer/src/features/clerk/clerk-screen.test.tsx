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

describe('clerk screen', () => {
  it('asks for the PIN first: wrong PIN said in words, lockout with its seconds, nothing of the sync shown', async () => {
    let calls = 0;
    const kiosk = await renderKiosk(testConfigState(), {
      hostHandlers: { 'clerk.unlock': () => (++calls === 1 ? { unlocked: false } : { unlocked: false, retryAfterSeconds: 42 }) },
    });
    await kiosk.user.click(screen.getByRole('button', { name: '工作人员服务' }));
    expect(screen.queryByRole('heading', { name: '和县里同步' })).toBeNull();
    await typePin(kiosk, '1357');
    expect((await screen.findByRole('alert')).textContent).toBe('密码不对，请再试一次。');
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
    expect(screen.getByText(/本机还没有注册/)).toBeTruthy();
    expect(screen.getByLabelText('载入县里发的注册文件')).toBeTruthy();
    expect(syncState()).toBe('同步状态：未注册');
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
    await kiosk.user.upload(screen.getByLabelText('载入县里发的注册文件'), new File([file], 'enroll.json', { type: 'application/json' }));
    await screen.findByText('本机已注册。');
    expect(kiosk.fake.calls.find((call) => call.channel === 'county.enroll')?.request).toEqual({ enrollmentJson: file });
    expect(screen.getByText('qingshan')).toBeTruthy();
    expect(screen.getByText('kiosk-01')).toBeTruthy();
    expect(screen.getByText('https://county.example:6984')).toBeTruthy();
    expect(document.body.textContent).not.toContain('SECRET');
    await waitFor(() => expect(fake.started).toHaveLength(1));
    const options = fake.started[0]!;
    expect(options.enrollment).toEqual({ village: 'qingshan', kioskId: 'kiosk-01', databases: ENROLLED.databases });
    expect(options.heartbeat).toEqual({ appVersion: '0.0.0-test', hostErrors: expect.any(Function), alertsShown: expect.any(Function), changes: expect.any(Function) });
    // No renderer crashes reported by this host: nothing extra in the heartbeat.
    expect(options.heartbeat?.hostErrors?.()).toEqual([]);
    expect(fake.uploader.start).toHaveBeenCalled();
    // A county configuration document goes to the host as is.
    await options.onKioskConfig?.({ id: 'c', type: 'kiosk_config', village: 'qingshan', config: { idle: { warningSeconds: 60 } }, updatedAt: '' } as never);
    expect(kiosk.fake.calls.find((call) => call.channel === 'config.applyCounty')?.request).toEqual({ village: 'qingshan', config: { idle: { warningSeconds: 60 } } });
    await waitFor(() => expect(syncState()).toBe('同步状态：全部已发送'));
  });

  it('names a village enrolled by division code with its name beside the code', async () => {
    const coded = { ...ENROLLED, village: '510112001001', villageName: { zh: '幸福村', en: 'Xingfu' } };
    const kiosk = await renderKiosk(testConfigState(), {
      hostHandlers: { ...unlockWith2468, 'county.status': () => coded },
      syncServices: createFakeSyncServices().services,
    });
    await openClerk(kiosk);
    expect(await screen.findByText('幸福村（510112001001）')).toBeTruthy();
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
    await kiosk.user.upload(screen.getByLabelText('载入县里发的注册文件'), new File(['{}'], 'enroll.json', { type: 'application/json' }));
    expect((await screen.findByRole('alert')).textContent).toBe('注册没有成功：password is missing');
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
    if (status.lastError) expect(screen.getByText('最近的问题：HTTP 500 from _bulk_docs')).toBeTruthy();
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

  it('"立即同步" asks the sync and the uploader to try now', async () => {
    const fake = createFakeSyncServices();
    const kiosk = await renderKiosk(testConfigState(), { hostHandlers: { ...unlockWith2468, 'county.status': () => ENROLLED }, syncServices: fake.services });
    await openClerk(kiosk);
    await kiosk.user.click(await screen.findByRole('button', { name: '立即同步' }));
    await waitFor(() => expect(fake.syncNow).toHaveBeenCalledTimes(1));
    expect(fake.uploader.wake).toHaveBeenCalled();
    expect(screen.getByText('已经开始同步。')).toBeTruthy();
  });

  it('lists what the county refused: kind, short id, reason; never the document', async () => {
    const fake = createFakeSyncServices({ ...IDLE_ALL_SENT, quarantined: 2, allSent: false });
    await fake.quarantine.put({ collection: 'reports', docId: '3f2a9c1e-8b7d-4c21-9e0f-123456789abc', direction: 'push', reason: 'forbidden: village mismatch', at: '', document: { description: 'PRIVATE TEXT' } });
    await fake.quarantine.put({ collection: 'scans', docId: 'scan-7', direction: 'push', reason: 'forbidden: missing pages', at: '' });
    const kiosk = await renderKiosk(testConfigState(), { hostHandlers: { ...unlockWith2468, 'county.status': () => ENROLLED }, syncServices: fake.services });
    await openClerk(kiosk);
    const table = await screen.findByRole('table');
    const rows = within(table)
      .getAllByRole('row')
      .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['类别', '编号', '原因'],
      ['反映', '3f2a9c1e…', 'forbidden: village mismatch'],
      ['扫描件', 'scan-7', 'forbidden: missing pages'],
    ]);
    expect(screen.getByText(/县里退回了 2 条内容/)).toBeTruthy();
    expect(document.body.textContent).not.toContain('PRIVATE TEXT');
    expect(syncState()).toBe('同步状态：有内容被县里退回');
  });

  it('reads the whole clerk screen aloud: enrollment, sync state and counts', async () => {
    const fake = createFakeSyncServices();
    const kiosk = await renderKiosk(testConfigState(), { hostHandlers: { ...unlockWith2468, 'county.status': () => ENROLLED }, syncServices: fake.services });
    await openClerk(kiosk);
    await waitFor(() => expect(syncState()).toBe('同步状态：全部已发送'));
    await kiosk.user.click(screen.getByRole('button', { name: '朗读' }));
    await waitFor(() => expect(kiosk.fake.calls.some((call) => call.channel === 'speech.speak')).toBe(true));
    const spoken = (kiosk.fake.calls.findLast((call) => call.channel === 'speech.speak')?.request as { text: string }).text;
    expect(spoken).toContain('qingshan');
    expect(spoken).toContain('同步状态：全部已发送');
    expect(spoken).toContain('待发送的反映：0 件');
  });
});
