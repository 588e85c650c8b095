/**
 * Phone numbers as villagers key them in on the numeric keypad: digits only.
 * - Mobile: 11 digits, 1 then 3–9 (every current mainland operator prefix).
 * - Landline: with its area code, which starts with 0: a 3- or 4-digit code and a 7- or 8-digit
 *   number, 10–12 digits in all ("010 12345678", "0571 8765432"). Without the area code a
 *   county clerk could not tell which town to call, so that is refused.
 */
export const PHONE_MAX_DIGITS = 12;

const MOBILE = /^1[3-9]\d{9}$/;
const LANDLINE = /^0\d{2,3}\d{7,8}$/;

export type PhoneKind = 'mobile' | 'landline';

export function phoneKind(digits: string): PhoneKind | null {
  if (MOBILE.test(digits)) return 'mobile';
  if (LANDLINE.test(digits)) return 'landline';
  return null;
}

export function isValidPhone(digits: string): boolean {
  return phoneKind(digits) !== null;
}

/**
 * "13812345678" → "138****5678": the first three and the last four digits stay, everything
 * between becomes "*". How a saved number is shown everywhere after it was keyed in (the review,
 * the status screens): anyone walking past may read the screen.
 */
export function maskPhone(digits: string): string {
  if (digits.length <= 7) return digits;
  return digits.slice(0, 3) + '*'.repeat(digits.length - 7) + digits.slice(-4);
}

/**
 * The digits as they are keyed in, grouped the way people say them so they can check each
 * group: mobile 3-4-4 ("139 1234 5678"); landline area code (010 and 02x: 3 digits, other
 * 0xxx: 4) and then groups of four ("0571 8765 432"). Partial input groups the same way.
 */
export function groupPhone(digits: string): string {
  const head = digits.startsWith('0') ? (/^0(10|2\d)/.test(digits) ? 3 : 4) : 3;
  const groups = [digits.slice(0, head)];
  for (let at = head; at < digits.length; at += 4) groups.push(digits.slice(at, at + 4));
  return groups.filter(Boolean).join(' ');
}

/** "尾号 5 6 7 8": what read aloud says of a saved number (never the whole number). */
export function lastFour(digits: string): string {
  return spokenDigits(digits.slice(-4));
}

/** "1 3 8 1 2 …": read aloud digit by digit, not as one big number. */
export function spokenDigits(digits: string): string {
  return digits.split('').join(' ');
}
