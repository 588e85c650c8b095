import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { FakeWebContents, fakeEvent } from './fake-web-contents';
import { LOCKDOWN_SWITCHES, classifyShortcut, lockShortcuts, type ShortcutInput } from './kiosk-shortcuts';

const key = (over: Partial<ShortcutInput>): ShortcutInput => ({ type: 'keyDown', key: 'a', code: 'KeyA', control: false, meta: false, shift: false, alt: false, ...over });
const ctrl = (k: string, over: Partial<ShortcutInput> = {}) => key({ control: true, key: k, code: `Key${k.toUpperCase()}`, ...over });

describe('classifyShortcut: the kiosk allow/deny table', () => {
  const denied: Array<[string, ShortcutInput]> = [
    ['F5 reload', key({ key: 'F5', code: 'F5' })],
    ['Ctrl+R reload', ctrl('r')],
    ['Cmd+R reload', key({ meta: true, key: 'r', code: 'KeyR' })],
    ['Ctrl+Shift+R hard reload', ctrl('R', { shift: true })],
    ['F12 devtools', key({ key: 'F12', code: 'F12' })],
    ['Ctrl+Shift+I devtools', ctrl('I', { shift: true })],
    ['Ctrl+Shift+J console', ctrl('J', { shift: true })],
    ['Ctrl+Shift+C inspect', ctrl('C', { shift: true })],
    ['Ctrl++ zoom', key({ control: true, key: '+', code: 'Equal' })],
    ['Ctrl+- zoom', key({ control: true, key: '-', code: 'Minus' })],
    ['Ctrl+0 zoom', key({ control: true, key: '0', code: 'Digit0' })],
    ['Alt+Left back', key({ alt: true, key: 'ArrowLeft', code: 'ArrowLeft' })],
    ['Alt+Right forward', key({ alt: true, key: 'ArrowRight', code: 'ArrowRight' })],
    ['BrowserBack key', key({ key: 'BrowserBack', code: 'BrowserBack' })],
    ['BrowserForward key', key({ key: 'BrowserForward', code: 'BrowserForward' })],
    ['Ctrl+W close', ctrl('w')],
    ['Ctrl+Q quit', ctrl('q')],
    ['Alt+F4 close', key({ alt: true, key: 'F4', code: 'F4' })],
    ['Ctrl+P print dialog', ctrl('p')],
    ['Ctrl+U view source', ctrl('u')],
    ['Ctrl+F find', ctrl('f')],
    ['F11 fullscreen', key({ key: 'F11', code: 'F11' })],
    ['Ctrl+N new window', ctrl('n')],
    ['Ctrl+S save page', ctrl('s')],
  ];
  it.each(denied)('denies %s', (_name, input) => {
    expect(classifyShortcut(input)).toBe('deny');
  });

  const allowed: Array<[string, ShortcutInput]> = [
    ['a letter', key({ key: 'a' })],
    ['a capital', key({ key: 'A', shift: true })],
    ['a digit', key({ key: '0', code: 'Digit0' })],
    ['Enter', key({ key: 'Enter', code: 'Enter' })],
    ['Backspace', key({ key: 'Backspace', code: 'Backspace' })],
    ['ArrowLeft without Alt', key({ key: 'ArrowLeft', code: 'ArrowLeft' })],
    ['Ctrl+C copy', ctrl('c')],
    ['Ctrl+V paste', ctrl('v')],
    ['Ctrl+X cut', ctrl('x')],
    ['Ctrl+Z undo', ctrl('z')],
    ['Ctrl+A select all', ctrl('a')],
    ['a key release of F5', key({ type: 'keyUp', key: 'F5', code: 'F5' })],
  ];
  it.each(allowed)('allows %s', (_name, input) => {
    expect(classifyShortcut(input)).toBe('allow');
  });

  it('recognises the hidden clerk chord Ctrl+Alt+Shift+K and nothing less', () => {
    expect(classifyShortcut(key({ control: true, alt: true, shift: true, key: 'K', code: 'KeyK' }))).toBe('clerk-exit');
    expect(classifyShortcut(key({ control: true, alt: true, key: 'k', code: 'KeyK' }))).toBe('allow');
    expect(classifyShortcut(key({ control: true, shift: true, key: 'K', code: 'KeyK' }))).toBe('allow');
  });
});

class FakeWindow extends EventEmitter {}

describe('lockShortcuts', () => {
  function setUp(development = false) {
    const contents = new FakeWebContents();
    const window = new FakeWindow();
    const exits: number[] = [];
    const logged: string[] = [];
    lockShortcuts(contents, window, { development, onClerkExit: () => exits.push(1), log: (line) => logged.push(line) });
    const press = (input: ShortcutInput) => {
      const event = fakeEvent();
      contents.emit('before-input-event', event, input);
      return event.defaultPrevented;
    };
    const command = (name: string) => {
      const event = fakeEvent();
      window.emit('app-command', event, name);
      return event.defaultPrevented;
    };
    return { press, command, exits, logged };
  }

  it('swallows denied shortcuts before the page sees them and passes typing through', () => {
    const { press, exits } = setUp();
    expect(press(key({ key: 'F5', code: 'F5' }))).toBe(true);
    expect(press(ctrl('w'))).toBe(true);
    expect(press(key({ key: 'a' }))).toBe(false);
    expect(exits).toEqual([]);
  });

  it('swallows the clerk chord and only asks for the clerk PIN', () => {
    const { press, exits } = setUp();
    expect(press(key({ control: true, alt: true, shift: true, key: 'K', code: 'KeyK' }))).toBe(true);
    expect(exits).toEqual([1]);
  });

  it('ignores mouse back/forward buttons and swipes that arrive as app commands', () => {
    const { command, logged } = setUp();
    expect(command('browser-backward')).toBe(true);
    expect(command('browser-forward')).toBe(true);
    expect(command('media-play-pause')).toBe(false);
    expect(logged).toEqual(['app command browser-backward ignored', 'app command browser-forward ignored']);
  });

  it('keeps reload and devtools in a development run, and still denies closing', () => {
    const { press } = setUp(true);
    expect(press(key({ key: 'F12', code: 'F12' }))).toBe(false);
    expect(press(ctrl('R', { shift: true }))).toBe(false);
    expect(press(ctrl('I', { shift: true }))).toBe(false);
    expect(press(ctrl('w'))).toBe(true);
    expect(press(ctrl('p'))).toBe(true);
  });

  it('turns off swipe history navigation and pinch zoom in Chromium', () => {
    expect(LOCKDOWN_SWITCHES).toContainEqual(['overscroll-history-navigation', '0']);
    expect(LOCKDOWN_SWITCHES).toContainEqual(['disable-pinch']);
  });
});
