import { describe, expect, it } from 'vitest';
import { FakeWebContents, fakeEvent } from './fake-web-contents';
import { guardWebContents } from './web-contents-guards';

function guarded() {
  const contents = new FakeWebContents();
  const lines: string[] = [];
  guardWebContents(contents, (line) => lines.push(line));
  return { contents, lines };
}

describe('guardWebContents', () => {
  it('lets the page navigate within the app origin (reload, idle reset to /)', () => {
    const { contents } = guarded();
    const event = fakeEvent();
    contents.emit('will-navigate', event, 'app://kiosk/');
    expect(event.defaultPrevented).toBe(false);
  });

  it('cancels navigation to any other origin and logs it without the query', () => {
    const { contents, lines } = guarded();
    for (const url of ['https://example.com/?id=110101199001011234', 'file:///etc/passwd', 'http://127.0.0.1:5780/', 'app://kiosk.evil/']) {
      const event = fakeEvent();
      contents.emit('will-navigate', event, url);
      expect(event.defaultPrevented, url).toBe(true);
    }
    expect(lines.join('\n')).not.toContain('110101199001011234');
    expect(lines[0]).toContain('https://example.com/');
  });

  it('cancels redirects and subframe navigations away from the app origin', () => {
    const { contents } = guarded();
    const redirect = fakeEvent();
    contents.emit('will-redirect', redirect, 'https://evil.example/');
    expect(redirect.defaultPrevented).toBe(true);
    const sameOriginRedirect = fakeEvent();
    contents.emit('will-redirect', sameOriginRedirect, 'app://kiosk/index.html');
    expect(sameOriginRedirect.defaultPrevented).toBe(false);

    const frame = fakeEvent({ url: 'https://evil.example/frame' });
    contents.emit('will-frame-navigate', frame);
    expect(frame.defaultPrevented).toBe(true);
    const appFrame = fakeEvent({ url: 'app://kiosk/help.html' });
    contents.emit('will-frame-navigate', appFrame);
    expect(appFrame.defaultPrevented).toBe(false);
  });

  it('denies every window.open, even to the app origin', () => {
    const { contents } = guarded();
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'app://kiosk/index.html' })).toEqual({ action: 'deny' });
  });

  it('never lets a <webview> attach', () => {
    const { contents } = guarded();
    const event = fakeEvent();
    contents.emit('will-attach-webview', event, { preload: '/tmp/evil.js' }, { src: 'https://example.com/' });
    expect(event.defaultPrevented).toBe(true);
  });

  it('guards a WebContents once however often it is handed over', () => {
    const { contents } = guarded();
    guardWebContents(contents);
    expect(contents.listenerCount('will-navigate')).toBe(1);
    expect(contents.listenerCount('will-attach-webview')).toBe(1);
  });
});
