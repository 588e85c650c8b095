import { describe, expect, it } from 'vitest';
import { createKeypadDecoder } from './keypad-report';

const boot = (...keys: number[]) => Uint8Array.from([0, 0, ...keys, ...new Array(6 - keys.length).fill(0)]);

describe('keypad reports, keyboard layout (boot keyboard report, usage page 0x07)', () => {
  it('maps the default keys and fires on the press edge only', () => {
    const keypad = createKeypadDecoder({ report: 'keyboard', reportId: 0 });
    expect(keypad.push(boot(0x51))).toEqual({ kind: 'actions', actions: ['next'] });
    expect(keypad.push(boot(0x51))).toEqual({ kind: 'actions', actions: [] }); // held
    expect(keypad.push(boot(0x51, 0x28))).toEqual({ kind: 'actions', actions: ['confirm'] });
    expect(keypad.push(boot())).toEqual({ kind: 'actions', actions: [] }); // released
    expect(keypad.push(boot(0x4a))).toEqual({ kind: 'actions', actions: ['home'] });
  });

  it('uses the configured keys instead of the defaults', () => {
    const keypad = createKeypadDecoder({ report: 'keyboard', reportId: 0, keys: [{ code: 0x1e, action: 'readAloud' }] });
    expect(keypad.push(boot(0x1e))).toEqual({ kind: 'actions', actions: ['readAloud'] });
    keypad.push(boot());
    expect(keypad.push(boot(0x28))).toEqual({ kind: 'actions', actions: [] });
  });

  it('checks the report id when the device numbers its reports, and the length', () => {
    const keypad = createKeypadDecoder({ report: 'keyboard', reportId: 1 });
    expect(keypad.push(Uint8Array.from([1, ...boot(0x29)]))).toEqual({ kind: 'actions', actions: ['back'] });
    expect(keypad.push(Uint8Array.from([3, 0x10, 0]))).toEqual({ kind: 'other' });
    expect(keypad.push(Uint8Array.from([1, 0, 0, 0x28]))).toEqual({ kind: 'malformed', reason: 'keyboard report of 4 bytes' });
  });

  it('ignores the roll-over state without forgetting which keys are down', () => {
    const keypad = createKeypadDecoder({ report: 'keyboard', reportId: 0 });
    keypad.push(boot(0x51));
    expect(keypad.push(boot(1, 1, 1, 1, 1, 1))).toEqual({ kind: 'other' });
    expect(keypad.push(boot(0x51))).toEqual({ kind: 'actions', actions: [] });
  });
});

describe('keypad reports, buttons layout (bitmap)', () => {
  it('numbers buttons from the lowest bit and maps the defaults', () => {
    const keypad = createKeypadDecoder({ report: 'buttons', reportId: 0 });
    expect(keypad.push(Uint8Array.from([0b0000_0100]))).toEqual({ kind: 'actions', actions: ['confirm'] });
    expect(keypad.push(Uint8Array.from([0b0000_0110]))).toEqual({ kind: 'actions', actions: ['next'] });
    expect(keypad.push(Uint8Array.from([0]))).toEqual({ kind: 'actions', actions: [] });
    expect(keypad.push(Uint8Array.from([0b0100_0000]))).toEqual({ kind: 'actions', actions: ['help'] });
  });

  it('refuses empty and oversized bitmaps', () => {
    const keypad = createKeypadDecoder({ report: 'buttons', reportId: 0 });
    expect(keypad.push(new Uint8Array(0)).kind).toBe('malformed');
    expect(keypad.push(new Uint8Array(9)).kind).toBe('malformed');
  });

  it('after reset a held button counts as newly pressed', () => {
    const keypad = createKeypadDecoder({ report: 'buttons', reportId: 0 });
    keypad.push(Uint8Array.from([1]));
    keypad.reset();
    expect(keypad.push(Uint8Array.from([1]))).toEqual({ kind: 'actions', actions: ['previous'] });
  });
});
