import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { FakeWebContents, fakeEvent } from './fake-web-contents';
import { createKioskWindow, type KioskWindowOptions } from './kiosk-window';

class FakeBrowserWindow extends EventEmitter {
  static created: FakeBrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  shown = 0;
  readonly #once = new Map<string, () => void>();
  constructor(readonly options: KioskWindowOptions) {
    super();
    FakeBrowserWindow.created.push(this);
  }
  override once(event: 'ready-to-show', listener: () => void): this {
    this.#once.set(event, listener);
    return this;
  }
  fire(event: 'ready-to-show'): void {
    this.#once.get(event)?.();
  }
  show(): void {
    this.shown += 1;
  }
}

function makeWindow(devTools = false) {
  return createKioskWindow({ BrowserWindow: FakeBrowserWindow, preloadPath: '/app/dist/electron/preload/preload.cjs', devTools, onClerkExit: () => {} });
}

describe('createKioskWindow', () => {
  it('creates a kiosk, full-screen window with every secure web preference', () => {
    const window = makeWindow();
    expect(window.options).toMatchObject({ kiosk: true, fullscreen: true, show: false });
    expect(window.options.webPreferences).toEqual({
      preload: '/app/dist/electron/preload/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
      enableWebSQL: false,
      navigateOnDragDrop: false,
      disableDialogs: true,
      devTools: false,
      backgroundThrottling: false,
      scrollBounce: false,
    });
  });

  it('enables DevTools only when the caller says this is a development run', () => {
    expect(makeWindow(false).options.webPreferences.devTools).toBe(false);
    expect(makeWindow(true).options.webPreferences.devTools).toBe(true);
  });

  it('guards navigation and window.open on the window it creates', () => {
    const window = makeWindow();
    const navigation = fakeEvent();
    window.webContents.emit('will-navigate', navigation, 'https://example.com/');
    expect(navigation.defaultPrevented).toBe(true);
    expect(window.webContents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    const webview = fakeEvent();
    window.webContents.emit('will-attach-webview', webview);
    expect(webview.defaultPrevented).toBe(true);
  });

  it('locks zoom and shows the window only when it is ready to paint', () => {
    const window = makeWindow();
    expect(window.webContents.visualZoomLimits).toEqual([[1, 1]]);
    expect(window.shown).toBe(0);
    window.fire('ready-to-show');
    expect(window.shown).toBe(1);
  });

  it('locks browser shortcuts and app commands on the window it creates, and passes the clerk chord on', () => {
    const exits: number[] = [];
    const window = createKioskWindow({ BrowserWindow: FakeBrowserWindow, preloadPath: '/p.cjs', devTools: false, onClerkExit: () => exits.push(1) });
    const reload = fakeEvent();
    window.webContents.emit('before-input-event', reload, { type: 'keyDown', key: 'F5', code: 'F5', control: false, meta: false, shift: false, alt: false });
    expect(reload.defaultPrevented).toBe(true);
    const back = fakeEvent();
    window.emit('app-command', back, 'browser-backward');
    expect(back.defaultPrevented).toBe(true);
    window.webContents.emit('before-input-event', fakeEvent(), { type: 'keyDown', key: 'K', code: 'KeyK', control: true, meta: false, shift: true, alt: true });
    expect(exits).toEqual([1]);
  });
});
