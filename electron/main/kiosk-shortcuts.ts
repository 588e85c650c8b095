import type { PreventableEvent } from './web-contents-guards';
import { isZoomShortcut, type KeyInput } from './zoom-lock';

/** The fields of Electron's `Input` (before-input-event) this table reads. */
export interface ShortcutInput extends KeyInput {
  shift: boolean;
  alt: boolean;
}

/**
 * What a key press does in a kiosk build: `allow` passes it to the page, `deny` swallows it,
 * `clerk-exit` swallows it and asks for the clerk PIN (kiosk-exit.ts decides the rest).
 */
export type ShortcutVerdict = 'allow' | 'deny' | 'clerk-exit';

/** Keys that act on the browser, not the page, whatever the modifiers. */
const DENIED_KEYS = new Set([
  'F5', // reload
  'F11', // fullscreen toggle
  'F12', // devtools
  'F3', // find next
  'BrowserBack',
  'BrowserForward',
  'BrowserRefresh',
  'BrowserStop',
  'BrowserHome',
  'BrowserSearch',
  'BrowserFavorites',
  'Print',
]);

/**
 * Ctrl/Cmd + letter: reload, close tab/window, quit, print dialog, view source, find, new
 * window/tab, save page, open file, history, select-address-bar. Copy, paste, cut, undo and
 * select-all (c v x z y a) stay: the clerk edits text fields.
 */
const DENIED_CTRL_LETTERS = new Set(['r', 'w', 'q', 'p', 'u', 'f', 'g', 'n', 't', 's', 'o', 'h', 'j', 'l', 'd', 'e', 'm']);
/** Ctrl/Cmd+Shift + letter: hard reload, devtools (i, j, c), reopen tab, delete browsing data. */
const DENIED_CTRL_SHIFT_LETTERS = new Set(['r', 'i', 'j', 'c', 't', 'n', 'w', 'q', 'delete', 'b', 'm']);
/** Alt + key: back/forward/home navigation and closing the window (Alt+F4, when Chromium sees it). */
const DENIED_ALT_KEYS = new Set(['ArrowLeft', 'ArrowRight', 'Home', 'F4', 'd']);

/** The hidden clerk exit: Ctrl+Alt+Shift+K, a chord no villager presses by accident on a keypad. */
export function isClerkExitChord(input: ShortcutInput): boolean {
  return input.control && input.alt && input.shift && !input.meta && (input.code === 'KeyK' || input.key.toLowerCase() === 'k');
}

/** The allow/deny table of the kiosk build (docs/lockdown.md lists it for county IT). */
export function classifyShortcut(input: ShortcutInput): ShortcutVerdict {
  if (input.type !== 'keyDown' && input.type !== 'rawKeyDown') return 'allow';
  if (isClerkExitChord(input)) return 'clerk-exit';
  if (DENIED_KEYS.has(input.key) || DENIED_KEYS.has(input.code)) return 'deny';
  if (isZoomShortcut(input)) return 'deny';
  const key = input.key.toLowerCase();
  const ctrl = input.control || input.meta;
  if (ctrl && input.shift && DENIED_CTRL_SHIFT_LETTERS.has(key)) return 'deny';
  if (ctrl && !input.shift && !input.alt && DENIED_CTRL_LETTERS.has(key)) return 'deny';
  if (input.alt && !ctrl && (DENIED_ALT_KEYS.has(input.key) || DENIED_ALT_KEYS.has(key))) return 'deny';
  return 'allow';
}

/** Windows' mouse/keyboard browser buttons (and swipe, on some touchpads) arrive as app commands. */
const DENIED_APP_COMMANDS = new Set(['browser-backward', 'browser-forward', 'browser-refresh', 'browser-home', 'browser-search', 'browser-stop', 'browser-favorites', 'print', 'close']);

export function isDeniedAppCommand(command: string): boolean {
  return DENIED_APP_COMMANDS.has(command);
}

export interface ShortcutWebContents {
  on(event: 'before-input-event', listener: (event: PreventableEvent, input: ShortcutInput) => void): unknown;
}

export interface AppCommandWindow {
  on(event: 'app-command', listener: (event: PreventableEvent, command: string) => void): unknown;
}

export interface ShortcutLockOptions {
  /** Development runs (devTools on) keep reload and devtools; nothing else changes. */
  development: boolean;
  onClerkExit: () => void;
  log?: (line: string) => void;
}

/** Reload and devtools, kept in a development run so the developer can work. */
export function isDevelopmentShortcut(input: ShortcutInput): boolean {
  if (input.key === 'F5' || input.key === 'F12') return true;
  const key = input.key.toLowerCase();
  if (!(input.control || input.meta)) return false;
  return input.shift ? ['i', 'j', 'c', 'r'].includes(key) : key === 'r';
}

/**
 * The kiosk's only application is the page: a villager leaning on a keyboard, or a curious
 * visitor, must not reload away a half-filled report, open devtools, close the window or
 * print a blank page. The application menu is gone (main.ts), so these shortcuts reach
 * Chromium's defaults; before-input-event is the last point where the app can cancel them.
 * Keys the OS handles first (Ctrl+Alt+Del, Win key, Alt+Tab) are the OS kiosk session's job
 * (README, "Assigned Access").
 */
export function lockShortcuts(contents: ShortcutWebContents, window: AppCommandWindow, options: ShortcutLockOptions): void {
  contents.on('before-input-event', (event, input) => {
    const verdict = classifyShortcut(input);
    if (verdict === 'allow') return;
    if (verdict === 'deny' && options.development && isDevelopmentShortcut(input)) return;
    event.preventDefault();
    if (verdict === 'clerk-exit') options.onClerkExit();
  });
  window.on('app-command', (event, command) => {
    if (!isDeniedAppCommand(command)) return;
    event.preventDefault();
    options.log?.(`app command ${command} ignored`);
  });
}

/**
 * Chromium switches set before `ready`: no two-finger swipe back/forward (overscroll history
 * navigation) and no pinch zoom (zoom-lock.ts also pins visual zoom per load).
 */
export const LOCKDOWN_SWITCHES: ReadonlyArray<readonly [string, string?]> = [
  ['overscroll-history-navigation', '0'],
  ['disable-pinch'],
];
