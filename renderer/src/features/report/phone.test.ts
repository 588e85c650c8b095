import { describe, expect, it } from 'vitest';
import { groupPhone, isValidPhone, lastFour, maskPhone, phoneKind, spokenDigits } from './phone';

describe('phone numbers', () => {
  it.each([
    ['13812345678', 'mobile'],
    ['19900001111', 'mobile'],
    ['01012345678', 'landline'],
    ['0571876543', 'landline'],
    ['075512345678', 'landline'],
  ] as const)('accepts %s as %s', (digits, kind) => {
    expect(phoneKind(digits)).toBe(kind);
    expect(isValidPhone(digits)).toBe(true);
  });

  it.each([
    ['', 'empty'],
    ['1381234567', '10 digits starting with 1'],
    ['138123456789', '12 digits starting with 1'],
    ['12812345678', 'mobile prefix 12'],
    ['23812345678', 'neither 0 nor 1 first'],
    ['12345678', 'landline without area code'],
    ['010123456', 'landline too short'],
    ['0101234567890', 'too long'],
  ])('refuses %s (%s)', (digits) => {
    expect(isValidPhone(digits)).toBe(false);
  });

  it('masks all but the first three and last four digits', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone('075512345678')).toBe('075*****5678');
  });

  it('groups the digits while they are keyed in, as people say them', () => {
    expect(groupPhone('')).toBe('');
    expect(groupPhone('139')).toBe('139');
    expect(groupPhone('1391')).toBe('139 1');
    expect(groupPhone('13912345678')).toBe('139 1234 5678');
    expect(groupPhone('01012345678')).toBe('010 1234 5678');
    expect(groupPhone('0201234567')).toBe('020 1234 567');
    expect(groupPhone('0571876543')).toBe('0571 8765 43');
    expect(groupPhone('075512345678')).toBe('0755 1234 5678');
  });

  it('says only the last four digits of a saved number', () => {
    expect(lastFour('13912345678')).toBe('5 6 7 8');
  });

  it('reads a number digit by digit', () => {
    expect(spokenDigits('138')).toBe('1 3 8');
  });
});
