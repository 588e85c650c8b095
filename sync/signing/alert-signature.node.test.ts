import { describe, expect, it } from 'vitest';
import { alert } from '#test-fixtures/docs/valid-docs';
import { signAlert, verifyAlert } from './alert-signature.node';
import { generateCountyKeyPair } from './county-signature.node';
import { signKioskConfig } from './kiosk-config-signature.node';

describe('alert signatures', () => {
  const key = generateCountyKeyPair();
  const signature = signAlert(alert, key.privateKeyPem, new Date('2026-07-01T10:00:00Z'));

  it('verifies an alert the county signed, with the enrollment’s public key', () => {
    expect(verifyAlert({ ...alert, signature }, key.publicKey)).toEqual({ ok: true });
  });

  it('refuses a changed text, other villages, no signature, another key, or a configuration signature', () => {
    expect(verifyAlert({ ...alert, text: { zh: '假警报' }, signature }, key.publicKey).ok).toBe(false);
    expect(verifyAlert({ ...alert, villages: ['*'], signature }, key.publicKey).ok).toBe(false);
    expect(verifyAlert(alert, key.publicKey).ok).toBe(false);
    expect(verifyAlert({ ...alert, signature }, generateCountyKeyPair().publicKey).ok).toBe(false);
    expect(verifyAlert({ ...alert, signature }, undefined).ok).toBe(false);
    const configSignature = signKioskConfig('shangzhuang', {}, key.privateKeyPem, new Date()).signature;
    expect(verifyAlert({ ...alert, signature: configSignature }, key.publicKey).ok).toBe(false);
  });
});
