/**
 * Tracking codes: what a villager reads off the receipt and keys in on the big numeric
 * keypad to check a report ("3052 7719"). Eight digits: seven random digits and one Damm
 * check digit.
 *
 * Why these choices
 * - Digits only: the keypad has digits, and digits read aloud the same way in every dialect.
 * - Random, not derived from the clock or a counter: kiosk clocks are wrong and kiosks issue
 *   codes offline without coordinating (DESIGN.md §5). The code is not the report's identity
 *   (that is the client UUID `id`); it is a lookup key within one village.
 * - Damm check digit (not Luhn): it detects every single-digit error and every adjacent
 *   transposition (Luhn misses 09↔90), so the common slips are caught at the keypad before
 *   a lookup says "not found". A random wrong code passes the check with probability 1/10.
 *
 * Collision math. Lookups happen per village (each village has its own databases), so the
 * space that matters is one village's: N = 10^7 payloads.
 * - A busy village: ~1,000 reports a year, 10,000 in ten years. Drawn blindly, the expected
 *   number of colliding pairs is n(n−1)/2N ≈ 5: too many to ignore, so
 *   `generateUniqueTrackingCode` draws again while the code is already known locally.
 *   Every kiosk holds all of its village's reports (the village database is pulled whole),
 *   so after that check only codes issued concurrently on *different* kiosks of the same
 *   village, before they synced, can collide.
 * - With u reports of the village not yet seen by this kiosk (say 100 after a week offline),
 *   a new code collides with probability ≤ u/N = 10^-5; over 10,000 reports that is ≈ 0.1
 *   expected collisions in ten years, and only in villages with more than one kiosk.
 * - A collision is harmless: the lookup shows both reports (category, group and date tell
 *   them apart); nothing is merged or lost because identity is the UUID. Codes repeat across
 *   villages by design; county-wide, a report is (village, trackingCode) or its id.
 */

export const TRACKING_CODE_LENGTH = 8;
export const TRACKING_CODE_PATTERN = '^[0-9]{8}$';

const PAYLOAD_DIGITS = TRACKING_CODE_LENGTH - 1;
const PAYLOAD_SPACE = 10 ** PAYLOAD_DIGITS;
/** Largest multiple of PAYLOAD_SPACE below 2^32: drawing below it keeps every payload equally likely. */
const UNBIASED_LIMIT = 2 ** 32 - (2 ** 32 % PAYLOAD_SPACE);

/**
 * Damm's order-10 totally anti-symmetric quasigroup (H. M. Damm, 2004). Row = interim digit,
 * column = next digit. Its zero diagonal is what makes a valid code check to 0.
 */
const DAMM_TABLE: readonly (readonly number[])[] = [
  [0, 3, 1, 7, 5, 9, 8, 6, 4, 2],
  [7, 0, 9, 2, 1, 5, 4, 8, 6, 3],
  [4, 2, 0, 6, 8, 7, 1, 3, 5, 9],
  [1, 7, 5, 0, 9, 8, 3, 4, 2, 6],
  [6, 1, 2, 3, 0, 4, 5, 9, 7, 8],
  [3, 6, 7, 4, 2, 0, 9, 5, 8, 1],
  [5, 8, 6, 9, 7, 2, 0, 1, 3, 4],
  [8, 9, 4, 5, 3, 6, 2, 0, 1, 7],
  [9, 4, 3, 8, 6, 1, 7, 2, 0, 5],
  [2, 5, 8, 1, 4, 3, 6, 7, 9, 0],
];

function dammInterim(digits: string): number {
  let interim = 0;
  for (const char of digits) {
    const digit = char.charCodeAt(0) - 48;
    if (digit < 0 || digit > 9) throw new RangeError(`not a digit: "${char}"`);
    interim = DAMM_TABLE[interim]![digit]!;
  }
  return interim;
}

/** The Damm check digit for a string of ASCII digits. */
export function dammCheckDigit(digits: string): number {
  return dammInterim(digits);
}

/** Fills the array with cryptographically strong random values (the Web Crypto signature). */
export type RandomSource = (array: Uint32Array<ArrayBuffer>) => Uint32Array<ArrayBuffer>;

const cryptoRandom: RandomSource = (array) => globalThis.crypto.getRandomValues(array);

/** A fresh code, stored and compared in this normalised form: 8 ASCII digits, no spaces. */
export function generateTrackingCode(random: RandomSource = cryptoRandom): string {
  const buffer = new Uint32Array(1);
  let value: number;
  do {
    random(buffer);
    value = buffer[0]!;
  } while (value >= UNBIASED_LIMIT);
  const payload = String(value % PAYLOAD_SPACE).padStart(PAYLOAD_DIGITS, '0');
  return payload + String(dammCheckDigit(payload));
}

/**
 * A code not yet used in this village as far as this kiosk knows (see the collision math
 * above). `isKnown` looks the code up in the local reports collection.
 */
export async function generateUniqueTrackingCode(
  isKnown: (code: string) => Promise<boolean>,
  random: RandomSource = cryptoRandom,
  maxAttempts = 20,
): Promise<string> {
  for (let attempt = 0; attempt < maxAttempts; attempt++) {
    const code = generateTrackingCode(random);
    if (!(await isKnown(code))) return code;
  }
  // Unreachable in practice (it would take a village with millions of reports); failing
  // loudly beats issuing a duplicate silently.
  throw new Error(`no unused tracking code after ${maxAttempts} attempts`);
}

/** True when `code` is 8 ASCII digits with a correct check digit. Expects normalised input. */
export function isValidTrackingCode(code: string): boolean {
  return new RegExp(TRACKING_CODE_PATTERN).test(code) && dammInterim(code) === 0;
}

/** "30527719" → "3052 7719": two groups of four are easy to read aloud and to compare. */
export function formatTrackingCode(code: string): string {
  return `${code.slice(0, 4)} ${code.slice(4)}`;
}

/**
 * What a person typed or scanned, reduced to ASCII digits: spaces and dashes go, full-width
 * digits from a Chinese input method (０–９) become ASCII. Other characters are kept so
 * `parseTrackingCode` can reject them.
 */
export function normalizeTrackingCodeInput(input: string): string {
  return input
    .replace(/[\s\-‐‑‒–—－]/g, '')
    .replace(/[０-９]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xff10 + 48));
}

export type TrackingCodeParseResult =
  | { ok: true; code: string }
  /** `length`: too few/many digits; `characters`: not only digits; `checksum`: a digit is wrong or swapped. */
  | { ok: false; reason: 'length' | 'characters' | 'checksum' };

export function parseTrackingCode(input: string): TrackingCodeParseResult {
  const code = normalizeTrackingCodeInput(input);
  if (!/^[0-9]*$/.test(code)) return { ok: false, reason: 'characters' };
  if (code.length !== TRACKING_CODE_LENGTH) return { ok: false, reason: 'length' };
  if (dammInterim(code) !== 0) return { ok: false, reason: 'checksum' };
  return { ok: true, code };
}
