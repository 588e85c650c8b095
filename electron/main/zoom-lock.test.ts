import { describe, expect, it } from 'vitest';
import { FakeWebContents, fakeEvent } from './fake-web-contents';
import { isZoomShortcut, lockZoom, type KeyInput } from './zoom-lock';

const key = (over: Partial<KeyInput>): KeyInput => ({ type: 'keyDown', key: 'a', code: 'KeyA', control: false, meta: false, ...over });

describe('isZoomShortcut', () => {
  it('recognises Ctrl/Cmd with + - = 0 on the main row and the numpad', () => {
    expect(isZoomShortcut(key({ control: true, key: '+', code: 'Equal' }))).toBe(true);
    expect(isZoomShortcut(key({ control: true, key: '=', code: 'Equal' }))).toBe(true);
    expect(isZoomShortcut(key({ control: true, key: '-', code: 'Minus' }))).toBe(true);
    expect(isZoomShortcut(key({ control: true, key: '0', code: 'Digit0' }))).toBe(true);
    expect(isZoomShortcut(key({ meta: true, key: '+', code: 'NumpadAdd' }))).toBe(true);
    expect(isZoomShortcut(key({ control: true, key: '-', code: 'NumpadSubtract' }))).toBe(true);
  });

  it('leaves typing and other shortcuts alone', () => {
    expect(isZoomShortcut(key({ key: '-', code: 'Minus' }))).toBe(false);
    expect(isZoomShortcut(key({ key: '0', code: 'Digit0' }))).toBe(false);
    expect(isZoomShortcut(key({ control: true, key: 'c', code: 'KeyC' }))).toBe(false);
    expect(isZoomShortcut(key({ type: 'keyUp', control: true, key: '+', code: 'Equal' }))).toBe(false);
  });
});

describe('lockZoom', () => {
  it('holds page zoom at 1 and pinch zoom at 1..1, again after every load', () => {
    const contents = new FakeWebContents();
    lockZoom(contents);
    expect(contents.zoomFactors).toEqual([1]);
    expect(contents.visualZoomLimits).toEqual([[1, 1]]);
    contents.emit('did-finish-load');
    expect(contents.zoomFactors).toEqual([1, 1]);
    expect(contents.visualZoomLimits).toEqual([[1, 1], [1, 1]]);
  });

  it('swallows zoom shortcuts before the page sees them and passes other keys through', () => {
    const contents = new FakeWebContents();
    lockZoom(contents);
    const zoomKey = fakeEvent();
    contents.emit('before-input-event', zoomKey, key({ control: true, key: '+', code: 'Equal' }));
    expect(zoomKey.defaultPrevented).toBe(true);
    const letter = fakeEvent();
    contents.emit('before-input-event', letter, key({ key: 'a' }));
    expect(letter.defaultPrevented).toBe(false);
  });

  it('cancels Ctrl+wheel zoom requests and resets the factor', () => {
    const contents = new FakeWebContents();
    lockZoom(contents);
    const wheel = fakeEvent();
    contents.emit('zoom-changed', wheel, 'in');
    expect(wheel.defaultPrevented).toBe(true);
    expect(contents.zoomFactors.at(-1)).toBe(1);
    expect(contents.zoomFactors).toHaveLength(2);
  });
});
