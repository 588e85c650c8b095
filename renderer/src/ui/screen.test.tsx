import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { createKioskI18n } from '../i18n/create-i18n';
import { Screen } from './screen';
import { ScreenNavigationContext } from './screen-navigation';

function renderScreen(children: ReactNode) {
  const navigation = { home: vi.fn(), back: vi.fn() };
  render(
    <I18nextProvider i18n={createKioskI18n('zh-CN')}>
      <ScreenNavigationContext.Provider value={navigation}>{children}</ScreenNavigationContext.Provider>
    </I18nextProvider>,
  );
  return navigation;
}

describe('Screen', () => {
  it('has one h1, focused on arrival, and a navigation bar with big Back and Home buttons', async () => {
    const navigation = renderScreen(<Screen title="政策查询">内容</Screen>);
    const heading = screen.getByRole('heading', { level: 1, name: '政策查询' });
    expect(document.activeElement).toBe(heading);
    const back = screen.getByRole('button', { name: '返回' });
    const home = screen.getByRole('button', { name: '回到首页' });
    expect(back.className).toContain('big-button');
    expect(home.className).toContain('big-button');
    await userEvent.click(back);
    await userEvent.click(home);
    expect(navigation.back).toHaveBeenCalledTimes(1);
    expect(navigation.home).toHaveBeenCalledTimes(1);
  });

  it('lets a flow override Back, and the home screen go without the bar', async () => {
    const onBack = vi.fn();
    const navigation = renderScreen(
      <Screen title="第二步" onBack={onBack}>
        内容
      </Screen>,
    );
    await userEvent.click(screen.getByRole('button', { name: '返回' }));
    expect(onBack).toHaveBeenCalledTimes(1);
    expect(navigation.back).not.toHaveBeenCalled();
  });

  it('without nav renders no navigation landmark', () => {
    renderScreen(
      <Screen title="首页" nav={false}>
        内容
      </Screen>,
    );
    expect(screen.queryByRole('navigation')).toBeNull();
  });
});
