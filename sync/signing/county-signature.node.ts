import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import canonicalize from 'canonicalize';

/**
 * County signatures on security-relevant county documents (DESIGN.md §5): Ed25519 through
 * Node's own crypto, over the RFC 8785 canonical JSON (the `canonicalize` package) of the
 * signed fields. The one module the county tool (signing) and the kiosk host (verifying) share,
 * so both sides can never disagree about which bytes were signed.
 *
 * - The private key is a PKCS#8 PEM file that only county IT holds (`county keygen`).
 * - The public key travels as its 32 raw bytes in base64 in the kiosk's enrollment file.
 * - The signed bytes are canonical JSON of `{ purpose, signedAt, ...fields }`: `purpose` keeps a
 *   signature for one kind of document from being replayed as another (a configuration
 *   signature is not an alert signature); `signedAt` (the county's clock, never the kiosk's)
 *   lets the host refuse an older document replayed over a newer one.
 */

export const COUNTY_SIGNATURE_ALGORITHM = 'ed25519';

export interface CountySignature {
  alg: typeof COUNTY_SIGNATURE_ALGORITHM;
  /** Short fingerprint of the public key, so a refusal can say which key signed. */
  keyId: string;
  /** ISO time on the county's clock when it was signed. */
  signedAt: string;
  /** base64 Ed25519 signature of the canonical bytes. */
  value: string;
}

export type SignatureCheck = { ok: true } | { ok: false; reason: string };

const PUBLIC_KEY_BYTES = 32;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z$/;

export interface CountyKeyPair {
  /** PKCS#8 PEM: the file county IT keeps (mode 0600). */
  privateKeyPem: string;
  /** base64 of the 32 raw public key bytes: what enrollment files carry. */
  publicKey: string;
}

export function generateCountyKeyPair(): CountyKeyPair {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return { privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), publicKey: rawPublicKey(publicKey) };
}

/** The public key of a private key file's content; throws with a plain message if it is not one. */
export function countyPublicKeyOf(privateKeyPem: string): string {
  return rawPublicKey(createPublicKey(loadPrivateKey(privateKeyPem)));
}

/** First 16 hex digits of the SHA-256 of the raw public key. */
export function countyKeyId(publicKey: string): string {
  return createHash('sha256').update(Buffer.from(publicKey, 'base64')).digest('hex').slice(0, 16);
}

export function isCountyPublicKey(value: string): boolean {
  return BASE64.test(value) && Buffer.from(value, 'base64').length === PUBLIC_KEY_BYTES;
}

/** The exact bytes signed: RFC 8785 canonical JSON, UTF-8. */
export function canonicalSignedBytes(purpose: string, signedAt: string, fields: Record<string, unknown>): Buffer {
  const text = canonicalize({ ...fields, purpose, signedAt });
  if (text === undefined) throw new Error('the document cannot be signed: it is not JSON');
  return Buffer.from(text, 'utf8');
}

export function signCountyDocument(purpose: string, fields: Record<string, unknown>, privateKeyPem: string, signedAt: Date): CountySignature {
  const key = loadPrivateKey(privateKeyPem);
  const at = signedAt.toISOString();
  const value = sign(null, canonicalSignedBytes(purpose, at, fields), key).toString('base64');
  return { alg: COUNTY_SIGNATURE_ALGORITHM, keyId: countyKeyId(rawPublicKey(createPublicKey(key))), signedAt: at, value };
}

/**
 * Checks `signature` over `fields` with the county's public key. Never throws: every failure is
 * a reason in plain words for the clerk's screen and the host log.
 */
export function verifyCountyDocument(purpose: string, fields: Record<string, unknown>, signature: unknown, publicKey: string | undefined): SignatureCheck {
  if (publicKey === undefined || !isCountyPublicKey(publicKey)) {
    return { ok: false, reason: 'this kiosk has no county signing key (enroll it with a file from `county provision --county-key`)' };
  }
  if (typeof signature !== 'object' || signature === null) return { ok: false, reason: 'the document is not signed by the county' };
  const { alg, keyId, signedAt, value } = signature as Record<string, unknown>;
  if (alg !== COUNTY_SIGNATURE_ALGORITHM) return { ok: false, reason: `the signature uses ${JSON.stringify(alg)?.slice(0, 20)}, not ed25519` };
  if (typeof signedAt !== 'string' || !ISO_TIME.test(signedAt)) return { ok: false, reason: 'the signature has no valid signing time' };
  if (typeof value !== 'string' || !BASE64.test(value) || Buffer.from(value, 'base64').length !== 64) return { ok: false, reason: 'the signature is malformed' };
  const expectedKeyId = countyKeyId(publicKey);
  if (keyId !== expectedKeyId) {
    return { ok: false, reason: `signed with key ${String(keyId).slice(0, 16)}, but this kiosk trusts the county key ${expectedKeyId}` };
  }
  let bytes: Buffer;
  try {
    bytes = canonicalSignedBytes(purpose, signedAt, fields);
  } catch {
    return { ok: false, reason: 'the document cannot be checked: it is not JSON' };
  }
  const key = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(publicKey, 'base64').toString('base64url') }, format: 'jwk' });
  return verify(null, bytes, key, Buffer.from(value, 'base64'))
    ? { ok: true }
    : { ok: false, reason: 'the county signature does not match the document (changed after signing, or forged)' };
}

function loadPrivateKey(pem: string): KeyObject {
  let key: KeyObject;
  try {
    key = createPrivateKey(pem);
  } catch {
    throw new Error('not a private key file (expected a PKCS#8 PEM from `county keygen`)');
  }
  if (key.asymmetricKeyType !== 'ed25519') throw new Error(`the key is ${key.asymmetricKeyType ?? 'unknown'}, not an Ed25519 county key`);
  return key;
}

function rawPublicKey(key: KeyObject): string {
  const jwk = key.export({ format: 'jwk' });
  if (typeof jwk.x !== 'string') throw new Error('not an Ed25519 key');
  return Buffer.from(jwk.x, 'base64url').toString('base64');
}
