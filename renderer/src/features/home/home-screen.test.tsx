import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderKiosk, testConfig, testConfigState } from '../../app/render-kiosk.test-support';

const tileNames = ['我要反映问题', '查询办理进度', '政策查询', '工作人员服务'];

function tileList(name = '服务项目') {
  return screen.getByRole('list', { name });
}

describe('home screen', () => {
  it('shows the village name and the four services in Chinese by default', async () => {
    await renderKiosk();
    expect(screen.getByRole('heading', { level: 1, name: '示范村' })).toBeTruthy();
    const buttons = within(tileList()).getAllByRole('button');
    expect(buttons.map((button) => button.textContent)).toEqual(tileNames);
    expect(screen.getByRole('button', { name: 'English' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('zh-CN');
    // Home is the start: no Back/Home bar.
    expect(screen.queryByRole('navigation')).toBeNull();
  });

  it('gives every tile a decorative icon and a text name', async () => {
    await renderKiosk();
    for (const button of within(tileList()).getAllByRole('button')) {
      const icon = button.querySelector('svg');
      expect(icon?.getAttribute('aria-hidden')).toBe('true');
      expect(button.textContent?.trim()).not.toBe('');
    }
  });

  it('leaves out the tile of a service the configuration disables', async () => {
    await renderKiosk(testConfigState(testConfig((config) => void (config.services.policies = false))));
    expect(screen.queryByRole('button', { name: '政策查询' })).toBeNull();
    expect(within(tileList()).getAllByRole('button')).toHaveLength(3);
  });

  it.each([
    ['我要反映问题', '我要反映问题'],
    ['查询办理进度', '查询办理进度'],
    ['政策查询', '政策查询'],
    ['工作人员服务', '工作人员服务'],
  ])('tile %s opens its screen, and Home and Back return', async (tile, title) => {
    const { user } = await renderKiosk();
    await user.click(screen.getByRole('button', { name: tile }));
    expect(screen.getByRole('heading', { level: 1, name: title })).toBeTruthy();
    expect(screen.queryByRole('list', { name: '服务项目' })).toBeNull();

    const nav = screen.getByRole('navigation', { name: '页面导航' });
    await user.click(within(nav).getByRole('button', { name: '回到首页' }));
    expect(screen.getByRole('heading', { level: 1, name: '示范村' })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: tile }));
    await user.click(screen.getByRole('button', { name: '返回' }));
    expect(screen.getByRole('heading', { level: 1, name: '示范村' })).toBeTruthy();
  });

  it('moves focus to the heading of a newly opened screen', async () => {
    const { user } = await renderKiosk();
    await user.click(screen.getByRole('button', { name: '政策查询' }));
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1, name: '政策查询' }));
  });

  it('switches to English and back', async () => {
    const { user } = await renderKiosk();
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Demo Village' })).toBeTruthy();
    expect(within(tileList('Services')).getAllByRole('button').map((b) => b.textContent)).toEqual([
      'Report a problem',
      'Check my report',
      'Policies',
      'Clerk services',
    ]);
    expect(document.documentElement.lang).toBe('en');

    // Screens follow the language too.
    await user.click(screen.getByRole('button', { name: 'Policies' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Policies' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Home' }));

    const backToChinese = screen.getByRole('button', { name: '中文' });
    expect(backToChinese.getAttribute('lang')).toBe('zh-CN');
    await user.click(backToChinese);
    expect(screen.getByRole('heading', { level: 1, name: '示范村' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '我要反映问题' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('zh-CN');
  });

  it('starts in English when the configuration says so', async () => {
    await renderKiosk(testConfigState(testConfig((config) => void (config.defaultLanguage = 'en'))));
    expect(screen.getByRole('heading', { level: 1, name: 'Demo Village' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Report a problem' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '中文' })).toBeTruthy();
  });
});
