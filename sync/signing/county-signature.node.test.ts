import { describe, expect, it } from 'vitest';
import {
  canonicalSignedBytes,
  countyKeyId,
  countyPublicKeyOf,
  generateCountyKeyPair,
  isCountyPublicKey,
  signCountyDocument,
  verifyCountyDocument,
} from '#sync/signing/county-signature.node';
import { signKioskConfig, verifyKioskConfig } from '#sync/signing/kiosk-config-signature.node';

const county = generateCountyKeyPair();
const at = new Date('2026-03-01T08:00:00.000Z');

describe('county signatures', () => {
  it('makes Ed25519 keys: a PKCS#8 PEM and a 32-byte public key the PEM reproduces', () => {
    expect(county.privateKeyPem).toMatch(/^-----BEGIN PRIVATE KEY-----\n/);
    expect(isCountyPublicKey(county.publicKey)).toBe(true);
    expect(countyPublicKeyOf(county.privateKeyPem)).toBe(county.publicKey);
    expect(countyKeyId(county.publicKey)).toMatch(/^[0-9a-f]{16}$/);
    expect(() => countyPublicKeyOf('not a key')).toThrow(/not a private key file/);
  });

  it('signs canonical JSON: the order of fields does not matter', () => {
    expect(canonicalSignedBytes('p', 't', { b: 1, a: { y: 2, x: 1 } }).toString()).toBe('{"a":{"x":1,"y":2},"b":1,"purpose":"p","signedAt":"t"}');
    const signed = signKioskConfig('qingshan', { idle: { warningSeconds: 60, resetSeconds: 20 } }, county.privateKeyPem, at);
    const reordered = { village: 'qingshan', config: { idle: { resetSeconds: 20, warningSeconds: 60 } }, signature: signed.signature };
    expect(verifyKioskConfig(reordered, county.publicKey)).toEqual({ ok: true });
  });

  it('refuses a changed document, another key, another village, another purpose and no key', () => {
    const signed = signKioskConfig('qingshan', { clerk: { pinHash: 'scrypt$16384$8$1$AAAA$BBBB' } }, county.privateKeyPem, at);
    expect(verifyKioskConfig({ ...signed, config: { clerk: { pinHash: 'scrypt$16384$8$1$AAAA$CCCC' } } }, county.publicKey)).toMatchObject({ ok: false, reason: expect.stringMatching(/does not match/) });
    expect(verifyKioskConfig({ ...signed, village: 'hexi' }, county.publicKey)).toMatchObject({ ok: false });
    const other = generateCountyKeyPair();
    expect(verifyKioskConfig(signed, other.publicKey)).toMatchObject({ ok: false, reason: expect.stringMatching(/trusts the county key/) });
    const forged = signKioskConfig('qingshan', signed.config, other.privateKeyPem, at);
    expect(verifyKioskConfig({ ...forged, signature: { ...forged.signature, keyId: signed.signature.keyId } }, county.publicKey)).toMatchObject({ ok: false, reason: expect.stringMatching(/does not match/) });
    const alert = signCountyDocument('village-kiosk/alert/v1', { village: 'qingshan', config: signed.config }, county.privateKeyPem, at);
    expect(verifyKioskConfig({ ...signed, signature: alert }, county.publicKey)).toMatchObject({ ok: false });
    expect(verifyKioskConfig(signed, undefined)).toMatchObject({ ok: false, reason: expect.stringMatching(/no county signing key/) });
    expect(verifyKioskConfig({ village: 'qingshan', config: {} }, county.publicKey)).toEqual({ ok: false, reason: 'the document is not signed by the county' });
    expect(verifyCountyDocument('p', {}, { alg: 'ed25519', keyId: 'x', signedAt: 'yesterday', value: 'AA==' }, county.publicKey)).toMatchObject({ ok: false, reason: expect.stringMatching(/signing time/) });
  });
});
