import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, APP_ORIGIN, isAppUrl } from './app-origin';

describe('isAppUrl', () => {
  it('accepts URLs on app://kiosk', () => {
    expect(APP_ORIGIN).toBe('app://kiosk');
    expect(isAppUrl(APP_ENTRY_URL)).toBe(true);
    expect(isAppUrl('app://kiosk')).toBe(true);
    expect(isAppUrl('app://kiosk/report/new?step=2#top')).toBe(true);
  });

  it('refuses look-alikes that a prefix test would accept', () => {
    expect(isAppUrl('app://kiosk.evil.example/')).toBe(false);
    expect(isAppUrl('app://kiosk@evil.example/')).toBe(false);
    expect(isAppUrl('app://user:pw@kiosk/')).toBe(false);
    expect(isAppUrl('app://kiosk:8080/')).toBe(false);
    expect(isAppUrl('app://other/')).toBe(false);
  });

  it('refuses other schemes, empty and unparsable values', () => {
    for (const url of ['https://kiosk/', 'file:///kiosk/index.html', 'http://127.0.0.1:5780/', 'about:blank', 'data:text/html,x', '', 'not a url', null, undefined]) {
      expect(isAppUrl(url), String(url)).toBe(false);
    }
  });
});
