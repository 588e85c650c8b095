import { describe, expect, it } from 'vitest';
import {
  dammCheckDigit,
  formatTrackingCode,
  generateTrackingCode,
  generateUniqueTrackingCode,
  isValidTrackingCode,
  normalizeTrackingCodeInput,
  parseTrackingCode,
} from './tracking-code';
import type { RandomSource } from './tracking-code';

/** A seeded 32-bit generator (mulberry32): deterministic, so statistical checks cannot flake. */
function seeded(seed: number): RandomSource {
  let state = seed >>> 0;
  return (array) => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    array[0] = (t ^ (t >>> 14)) >>> 0;
    return array;
  };
}

/** A deterministic RandomSource returning the given 32-bit values in turn. */
function sequence(...values: number[]): RandomSource {
  let next = 0;
  return (array) => {
    array[0] = values[next++ % values.length]!;
    return array;
  };
}

describe('tracking codes', () => {
  it('are 8 digits with a valid check digit', () => {
    for (let i = 0; i < 1000; i++) {
      const code = generateTrackingCode();
      expect(code).toMatch(/^[0-9]{8}$/);
      expect(isValidTrackingCode(code)).toBe(true);
    }
  });

  it('use the Damm check digit (published example 572 → 4)', () => {
    expect(dammCheckDigit('572')).toBe(4);
    expect(isValidTrackingCode('00000000')).toBe(true);
    expect(generateTrackingCode(sequence(5_727_719))).toBe(`5727719${dammCheckDigit('5727719')}`);
  });

  it('keep leading zeros', () => {
    expect(generateTrackingCode(sequence(42))).toBe(`0000042${dammCheckDigit('0000042')}`);
  });

  it('reject the biased top of the 32-bit range and draw again', () => {
    const biased = 2 ** 32 - 1; // ≥ 4,290,000,000: would favour small payloads
    expect(generateTrackingCode(sequence(biased, 4_289_999_999))).toBe(`9999999${dammCheckDigit('9999999')}`);
  });

  it('detect every single-digit error and every adjacent transposition', () => {
    let checked = 0;
    for (let i = 0; i < 300; i++) {
      const code = generateTrackingCode();
      for (let pos = 0; pos < code.length; pos++) {
        for (let digit = 0; digit <= 9; digit++) {
          if (String(digit) === code[pos]) continue;
          const typo = code.slice(0, pos) + digit + code.slice(pos + 1);
          expect(isValidTrackingCode(typo), `${code} → ${typo}`).toBe(false);
          checked++;
        }
        if (pos + 1 < code.length && code[pos] !== code[pos + 1]) {
          const swapped = code.slice(0, pos) + code[pos + 1] + code[pos] + code.slice(pos + 2);
          expect(isValidTrackingCode(swapped), `${code} → ${swapped}`).toBe(false);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(300 * 8 * 9);
  });

  it('detect the transpositions Luhn misses (09 ↔ 90) in every position', () => {
    for (let pos = 0; pos < 6; pos++) {
      const payload = '1234567'.slice(0, pos) + '09' + '1234567'.slice(pos + 2);
      const code = payload + String(dammCheckDigit(payload));
      const swapped = code.slice(0, pos) + '90' + code.slice(pos + 2);
      expect(isValidTrackingCode(code)).toBe(true);
      expect(isValidTrackingCode(swapped)).toBe(false);
    }
  });

  // What is tested is the mapping from 32-bit values to codes (the randomness itself is the
  // platform's); a seeded source keeps the statistics deterministic.
  it('are well distributed: every digit in every payload position near 10%, few repeats', () => {
    const random = seeded(20250301);
    const samples = 20_000;
    const counts = Array.from({ length: 7 }, () => new Array<number>(10).fill(0));
    const seen = new Set<string>();
    for (let i = 0; i < samples; i++) {
      const code = generateTrackingCode(random);
      seen.add(code);
      for (let pos = 0; pos < 7; pos++) counts[pos]![Number(code[pos])]!++;
    }
    // Chi-square with 9 degrees of freedom per position; 27.9 is the 0.1% critical value.
    for (const row of counts) {
      const expected = samples / 10;
      const chiSquare = row.reduce((sum, n) => sum + (n - expected) ** 2 / expected, 0);
      expect(chiSquare).toBeLessThan(27.9);
    }
    // Birthday bound: 20,000 draws from 10^7 give about 20 repeats on average.
    expect(samples - seen.size).toBeLessThan(60);
  });

  it('are formatted in two groups of four', () => {
    expect(formatTrackingCode('30527713')).toBe('3052 7713');
  });

  it('normalise what people type: spaces, dashes, full-width digits', () => {
    expect(normalizeTrackingCodeInput(' 3052 7713 ')).toBe('30527713');
    expect(normalizeTrackingCodeInput('3052-7713')).toBe('30527713');
    expect(normalizeTrackingCodeInput('３０５２\u3000７７１３')).toBe('30527713');
  });

  it('parse input into a code or a reason a person can be told', () => {
    expect(parseTrackingCode('3052 7713')).toEqual({ ok: true, code: '30527713' });
    expect(parseTrackingCode('3052 7714')).toEqual({ ok: false, reason: 'checksum' });
    expect(parseTrackingCode('3052 771')).toEqual({ ok: false, reason: 'length' });
    expect(parseTrackingCode('3052 771a')).toEqual({ ok: false, reason: 'characters' });
    expect(parseTrackingCode('')).toEqual({ ok: false, reason: 'length' });
  });

  it('draw again while the code is already known in this village', async () => {
    const first = generateTrackingCode(sequence(1));
    const known = new Set([first]);
    const code = await generateUniqueTrackingCode(async (candidate) => known.has(candidate), sequence(1, 1, 2));
    expect(code).toBe(generateTrackingCode(sequence(2)));
    await expect(generateUniqueTrackingCode(async () => true, sequence(1), 3)).rejects.toThrow(/after 3 attempts/);
  });
});
