/**
 * Resident identity numbers (居民身份证号码, GB 11643-1999): 17 digits and a check character
 * computed with ISO 7064 MOD 11-2. The check is what lets the kiosk tell a correct read from a
 * misread digit, and what makes confusable characters (O for 0, l for 1) safe to fix: a fix is
 * kept only when the whole number then verifies.
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

export function residentIdCheckCharacter(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new Error('a resident ID check character needs exactly 17 digits');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK[sum % 11]!;
}

/** 18 characters, a plausible birth date (YYYYMMDD at 7–14) and a matching check character. */
export function isValidResidentId(value: string): boolean {
  if (!/^\d{17}[\dX]$/.test(value)) return false;
  const year = Number(value.slice(6, 10));
  const month = Number(value.slice(10, 12));
  const day = Number(value.slice(12, 14));
  if (year < 1880 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) return false;
  return residentIdCheckCharacter(value.slice(0, 17)) === value[17];
}

/** Characters engines return for digits inside a long number. */
const CONFUSABLE: Record<string, string> = { O: '0', o: '0', D: '0', Q: '0', I: '1', l: '1', '|': '1', i: '1', Z: '2', z: '2', S: '5', s: '5', B: '8', g: '9', x: 'X', '×': 'X', ' ': '' };

/** Repairs a candidate's confusable characters; undefined unless the result verifies. */
export function repairResidentId(candidate: string): string | undefined {
  const chars = [...candidate].map((c) => CONFUSABLE[c] ?? c).join('');
  return isValidResidentId(chars) ? chars : undefined;
}
