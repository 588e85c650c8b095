import { act, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { createFakeHost } from '../host/fake-host';
import { openMemoryKioskData } from '../data/open-memory-kiosk-data';
import { App } from './app';
import { configRetryMs } from './config-context';
import { renderKiosk, testConfig, testConfigState } from './render-kiosk.test-support';

describe('app shell', () => {
  it('shows configuration problems for the clerk: file, field, message, and that the last good one is in use', async () => {
    await renderKiosk(
      testConfigState(testConfig(), [
        { layer: 'site', source: 'site.json', path: 'idle.warningSeconds', message: 'expected number, received string' },
      ]),
    );
    const banner = screen.getByRole('status');
    expect(banner.textContent).toBe(
      '配置文件 site.json 有误：idle.warningSeconds — expected number, received string。已继续使用上一份有效配置。',
    );
    // It does not take the villager's place: the home screen is fully there.
    expect(screen.getByRole('button', { name: '我要反映问题' })).toBeTruthy();
  });

  it('names the whole file when the problem is not in one field, in the current language', async () => {
    const { user } = await renderKiosk(
      testConfigState(testConfig(), [{ layer: 'county', source: 'county document', path: '', message: 'not valid JSON' }]),
    );
    expect(screen.getByRole('status').textContent).toContain('county document 有误：整个文件 — not valid JSON');
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(screen.getByRole('status').textContent).toBe(
      'Configuration file county document has an error: whole file — not valid JSON. The last valid configuration is still in use.',
    );
  });

  it('shows no banner text when the configuration has no problems', async () => {
    await renderKiosk();
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('follows config.changed: new village name, a service switched off while shown sends the kiosk home', async () => {
    const { user, fake } = await renderKiosk();
    await user.click(screen.getByRole('button', { name: '政策查询' }));
    expect(screen.getByRole('heading', { level: 1, name: '政策查询' })).toBeTruthy();

    const next = testConfig((config) => {
      config.village.name = { zh: '新村', en: 'New Village' };
      config.services.policies = false;
    });
    act(() => fake.emit('config.changed', testConfigState(next)));

    expect(screen.getByRole('heading', { level: 1, name: '新村' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: '政策查询' })).toBeNull();
  });

  it('a pushed change of the default language waits for the next session', async () => {
    const { fake } = await renderKiosk();
    act(() => fake.emit('config.changed', testConfigState(testConfig((config) => void (config.defaultLanguage = 'en')))));
    expect(screen.getByRole('button', { name: '我要反映问题' })).toBeTruthy();
  });

  it('shows a calm bilingual message while the host gives no configuration, and recovers by itself', async () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    // Stores opened before the fake clock: this test is about the configuration only.
    const data = await openMemoryKioskData();
    vi.useFakeTimers();
    let answer: 'fail' | 'ok' = 'fail';
    const fake = createFakeHost({
      'config.get': () => {
        if (answer === 'fail') throw new Error('ECONNRESET at HostSocket.read (host.ts:42)');
        return testConfigState();
      },
    });
    render(<App host={fake.host} openData={() => Promise.resolve(data)} />);
    await act(() => vi.advanceTimersByTimeAsync(0));

    const main = screen.getByRole('main');
    expect(within(main).getByText('终端暂时无法启动，请联系村委会工作人员')).toBeTruthy();
    expect(within(main).getByText('The kiosk cannot start, please ask the village clerk')).toBeTruthy();
    expect(document.body.textContent).not.toContain('ECONNRESET');
    expect(consoleError).toHaveBeenCalled();

    answer = 'ok';
    await act(() => vi.advanceTimersByTimeAsync(configRetryMs));
    expect(screen.getByRole('heading', { level: 1, name: '示范村' })).toBeTruthy();
    consoleError.mockRestore();
  });
});
