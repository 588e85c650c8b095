import { isAppUrl } from './app-origin';

/** The part of an Electron event the guards use. */
export interface PreventableEvent {
  preventDefault(): void;
}

/**
 * The slice of Electron's WebContents the guards need. Narrow on purpose: tests pass an
 * EventEmitter, main.ts passes the real object and the compiler checks it fits.
 */
export interface GuardableWebContents {
  on(event: 'will-navigate', listener: (event: PreventableEvent, url: string) => void): unknown;
  on(event: 'will-frame-navigate', listener: (event: PreventableEvent & { url: string }) => void): unknown;
  on(event: 'will-redirect', listener: (event: PreventableEvent, url: string) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

export type GuardLog = (line: string) => void;

/** Log a URL without its query or fragment (they may carry what a villager typed). */
function describeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}${parsed.pathname}`.slice(0, 200);
  } catch {
    return '(unparsable url)';
  }
}

const guarded = new WeakSet<GuardableWebContents>();

/**
 * Every WebContents may only ever show the app origin (DESIGN.md §9): navigations and redirects
 * elsewhere are cancelled, new windows are denied (the kiosk has exactly one window and nothing
 * to open externally), and <webview> can never attach. Applied by the window factory to the
 * kiosk window and by main.ts to every WebContents Electron creates, so a guard cannot be
 * forgotten for a window added later.
 */
export function guardWebContents(contents: GuardableWebContents, log: GuardLog = () => {}): void {
  // The kiosk window is guarded by its factory and again by web-contents-created: once is enough.
  if (guarded.has(contents)) return;
  guarded.add(contents);
  contents.on('will-navigate', (event, url) => {
    if (isAppUrl(url)) return;
    event.preventDefault();
    log(`navigation refused: ${describeUrl(url)}`);
  });
  // Also covers subframes (will-navigate is main-frame only); the CSP's default-src 'self'
  // already keeps frames same-origin, this makes the rule independent of the CSP.
  contents.on('will-frame-navigate', (event) => {
    if (isAppUrl(event.url)) return;
    event.preventDefault();
    log(`frame navigation refused: ${describeUrl(event.url)}`);
  });
  contents.on('will-redirect', (event, url) => {
    if (isAppUrl(url)) return;
    event.preventDefault();
    log(`redirect refused: ${describeUrl(url)}`);
  });
  contents.setWindowOpenHandler(({ url }) => {
    log(`window.open refused: ${describeUrl(url)}`);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    log('webview refused');
  });
}
