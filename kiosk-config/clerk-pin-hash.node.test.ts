import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultKioskConfig } from './default-config';
import { createPinHash, parsePinHash, verifyClerkPin } from './clerk-pin-hash.node';

const defaultHash = defaultKioskConfig.clerk.pinHash;

describe('verifyClerkPin', () => {
  it('accepts the default PIN 2468 and rejects others', async () => {
    expect(await verifyClerkPin('2468', defaultHash)).toBe(true);
    expect(await verifyClerkPin('2469', defaultHash)).toBe(false);
    expect(await verifyClerkPin('', defaultHash)).toBe(false);
  });

  it('matches the example sites\' PINs documented in kiosk-config/README.md', async () => {
    const hashOf = (name: string) => (JSON.parse(readFileSync(new URL(`./examples/${name}`, import.meta.url), 'utf8')) as { clerk: { pinHash: string } }).clerk.pinHash;
    expect(await verifyClerkPin('1357', hashOf('qingshan.json'))).toBe(true);
    expect(await verifyClerkPin('8024', hashOf('hexi.json'))).toBe(true);
  });

  it('returns false for malformed or unsafe hashes instead of throwing', async () => {
    const [, , , , salt, key] = defaultHash.split('$');
    for (const hash of [
      '',
      'plain-2468',
      `bcrypt$16384$8$1$${salt}$${key}`,
      `scrypt$16384$8$1$${salt}$${key?.slice(0, 20)}`, // key is not 32 bytes
      `scrypt$1000$8$1$${salt}$${key}`, // N not a power of two
      `scrypt$2097152$8$1$${salt}$${key}`, // N = 2^21: would take 2 GiB of memory
      `scrypt$16384$0$1$${salt}$${key}`,
    ]) {
      expect(await verifyClerkPin('2468', hash)).toBe(false);
      expect(parsePinHash(hash)).toBeUndefined();
    }
  });

  it('creates salted hashes that verify and pass the schema form', async () => {
    const first = await createPinHash('13579');
    const second = await createPinHash('13579');
    expect(first).not.toBe(second);
    expect(first).toMatch(/^scrypt\$16384\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(await verifyClerkPin('13579', first)).toBe(true);
    expect(await verifyClerkPin('13578', first)).toBe(false);
  });

  it('refuses PINs that are not 4–12 digits', async () => {
    await expect(createPinHash('12a4')).rejects.toThrow(/4–12 digits/);
    await expect(createPinHash('123')).rejects.toThrow(/4–12 digits/);
  });
});
