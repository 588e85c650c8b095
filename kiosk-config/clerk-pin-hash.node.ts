import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * Clerk PINs are stored only as `scrypt$N$r$p$salt$hash` (base64 salt, 32-byte base64 key), the
 * form `pinHashSchema` accepts. The parameters travel with the hash so they can be raised later
 * without invalidating existing site files.
 */

const KEY_LENGTH = 32;
/** Cost used for new hashes: about 50 ms on a kiosk-class CPU, 16 MiB of memory. */
const NEW_HASH_PARAMS = { N: 16384, r: 8, p: 1 } as const;
/** A config could carry absurd parameters; refuse them rather than stall or exhaust the host. */
const MAX_N = 1 << 20;
const MAX_R = 32;
const MAX_P = 16;
const PIN_PATTERN = /^[0-9]{4,12}$/;

interface ParsedPinHash {
  params: Required<Pick<ScryptOptions, 'N' | 'r' | 'p'>>;
  salt: Buffer;
  key: Buffer;
}

export function parsePinHash(pinHash: string): ParsedPinHash | undefined {
  const match = /^scrypt\$(\d{1,8})\$(\d{1,3})\$(\d{1,3})\$([A-Za-z0-9+/]+={0,2})\$([A-Za-z0-9+/]+={0,2})$/.exec(pinHash);
  if (!match) return undefined;
  const [N, r, p] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const salt = Buffer.from(match[4] ?? '', 'base64');
  const key = Buffer.from(match[5] ?? '', 'base64');
  const powerOfTwo = N > 1 && (N & (N - 1)) === 0;
  if (!powerOfTwo || N > MAX_N || r < 1 || r > MAX_R || p < 1 || p > MAX_P || salt.length < 8 || key.length !== KEY_LENGTH) return undefined;
  return { params: { N, r, p }, salt, key };
}

/** True only for the right PIN. A malformed hash or an overlong entry is false, never an error. */
export async function verifyClerkPin(pin: string, pinHash: string): Promise<boolean> {
  const parsed = parsePinHash(pinHash);
  if (!parsed || pin.length === 0 || pin.length > 64) return false;
  try {
    const derived = await deriveKey(pin, parsed.salt, parsed.params);
    return timingSafeEqual(derived, parsed.key);
  } catch {
    return false;
  }
}

/** A new hash for a 4–12 digit PIN, for site files (`clerk.pinHash`) and the county CLI. */
export async function createPinHash(pin: string): Promise<string> {
  if (!PIN_PATTERN.test(pin)) throw new Error('a clerk PIN must be 4–12 digits');
  const salt = randomBytes(16);
  const key = await deriveKey(pin, salt, NEW_HASH_PARAMS);
  const { N, r, p } = NEW_HASH_PARAMS;
  return `scrypt$${N}$${r}$${p}$${salt.toString('base64')}$${key.toString('base64')}`;
}

function deriveKey(pin: string, salt: Buffer, params: ParsedPinHash['params']): Promise<Buffer> {
  // scrypt needs 128·N·r bytes; Node's default limit (32 MiB) would refuse the larger allowed costs.
  const maxmem = 256 * params.N * params.r;
  return new Promise((resolve, reject) => {
    scrypt(pin.normalize('NFKC'), salt, KEY_LENGTH, { ...params, maxmem }, (error, key) => (error ? reject(error) : resolve(key)));
  });
}
