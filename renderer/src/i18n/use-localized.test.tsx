import { act, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createKioskI18n } from './create-i18n';
import { localize, useLocalized } from './use-localized';

function VillageName() {
  const localized = useLocalized();
  return (
    <p>
      {localized({ zh: '示范村', en: 'Demo Village' })}|{localized({ zh: '只有中文' })}
    </p>
  );
}

describe('useLocalized', () => {
  it('picks the text of the current language, falling back to Chinese, and follows language changes', () => {
    const i18n = createKioskI18n('zh-CN');
    render(
      <I18nextProvider i18n={i18n}>
        <VillageName />
      </I18nextProvider>,
    );
    expect(screen.getByText('示范村|只有中文')).toBeTruthy();
    act(() => void i18n.changeLanguage('en'));
    expect(screen.getByText('Demo Village|只有中文')).toBeTruthy();
  });

  it('treats an empty English text as missing', () => {
    expect(localize({ zh: '水', en: '' }, 'en')).toBe('水');
    expect(localize({ zh: '水', en: 'Water' }, 'zh-CN')).toBe('水');
  });
});
