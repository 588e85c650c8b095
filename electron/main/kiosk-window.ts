import { guardWebContents, type GuardableWebContents, type GuardLog } from './web-contents-guards';
import { lockShortcuts, type AppCommandWindow, type ShortcutWebContents } from './kiosk-shortcuts';
import { lockZoom, type ZoomableWebContents } from './zoom-lock';

/** The constructor options this factory passes; a subset of Electron's BrowserWindowConstructorOptions. */
export interface KioskWindowOptions {
  kiosk: boolean;
  fullscreen: boolean;
  show: boolean;
  autoHideMenuBar: boolean;
  backgroundColor: string;
  title: string;
  webPreferences: {
    preload: string;
    contextIsolation: boolean;
    sandbox: boolean;
    nodeIntegration: boolean;
    nodeIntegrationInWorker: boolean;
    nodeIntegrationInSubFrames: boolean;
    webSecurity: boolean;
    allowRunningInsecureContent: boolean;
    experimentalFeatures: boolean;
    webviewTag: boolean;
    spellcheck: boolean;
    enableWebSQL: boolean;
    navigateOnDragDrop: boolean;
    disableDialogs: boolean;
    devTools: boolean;
    backgroundThrottling: boolean;
    scrollBounce: boolean;
  };
}

export interface KioskWindow extends AppCommandWindow {
  readonly webContents: GuardableWebContents & ZoomableWebContents & ShortcutWebContents;
  once(event: 'ready-to-show', listener: () => void): unknown;
  show(): void;
}

export interface KioskWindowDeps<W extends KioskWindow> {
  /** Electron's BrowserWindow in main.ts; a recording fake in tests. */
  BrowserWindow: new (options: KioskWindowOptions) => W;
  /** Absolute path of the bundled preload (dist/electron/preload/preload.cjs). */
  preloadPath: string;
  /** DevTools exist only in development runs (main.ts: unpackaged and KIOSK_DEVTOOLS=1). */
  devTools: boolean;
  /** The hidden clerk chord was pressed (kiosk-exit.ts asks for the PIN). */
  onClerkExit: () => void;
  log?: GuardLog;
}

/**
 * The one way to make a kiosk window: all window security lives here (STYLE.md, "one factory"),
 * so main.ts cannot create a window that forgets a preference. The options object is written
 * out literally on purpose: Electronegativity reads it from this call site.
 */
export function createKioskWindow<W extends KioskWindow>(deps: KioskWindowDeps<W>): W {
  const { BrowserWindow } = deps;
  const window = new BrowserWindow({
    kiosk: true,
    fullscreen: true,
    // Shown on ready-to-show so villagers never see a white flash or a half-drawn screen.
    show: false,
    autoHideMenuBar: true,
    backgroundColor: '#ffffff',
    title: '村务服务终端',
    webPreferences: {
      preload: deps.preloadPath,
      // The renderer is untrusted in the Electron sense: it never gets Node or Electron APIs,
      // only window.kioskHost built by the preload across the isolated-world bridge.
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      // Chinese text is entered with the on-screen keyboard; the spellchecker would download
      // dictionaries (no network) and underline pinyin.
      spellcheck: false,
      enableWebSQL: false,
      navigateOnDragDrop: false,
      // alert()/confirm() would put a native modal on a touchscreen with no keyboard.
      disableDialogs: true,
      devTools: deps.devTools,
      // Off on purpose: this is the only window of a dedicated machine, and the renderer's
      // timers do real work while it might be considered hidden (screen blanking, another app
      // briefly focused): the idle reset that wipes a villager's input, and RxDB replication.
      // Throttling them would leave personal data on screen longer and delay sync.
      backgroundThrottling: false,
      // No rubber-band overscroll (macOS): the page is laid out to fit, never to be dragged.
      scrollBounce: false,
    },
  });
  guardWebContents(window.webContents, deps.log);
  lockZoom(window.webContents);
  // Browser shortcuts, mouse back/forward buttons and the clerk chord (kiosk-shortcuts.ts).
  lockShortcuts(window.webContents, window, { development: deps.devTools, onClerkExit: deps.onClerkExit, log: deps.log });
  window.once('ready-to-show', () => window.show());
  return window;
}
