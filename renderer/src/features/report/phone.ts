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
 * between becomes "*". Used on every screen but the review (issue 4, privacy), also while the
 * number is keyed in: each digit is visible as it is typed (it is among the last four), and
 * the full number is shown once, on the review, for checking.
 */
export function maskPhone(digits: string): string {
  if (digits.length <= 7) return digits;
  return digits.slice(0, 3) + '*'.repeat(digits.length - 7) + digits.slice(-4);
}

/** "1 3 8 1 2 …": read aloud digit by digit, not as one big number. */
export function spokenDigits(digits: string): string {
  return digits.split('').join(' ');
}
