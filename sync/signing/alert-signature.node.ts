import { signCountyDocument, verifyCountyDocument, type CountySignature, type SignatureCheck } from '#sync/signing/county-signature.node';

/**
 * What a county signature on an emergency alert covers: everything a kiosk shows or decides by
 * (its id, the villages addressed, severity, text, issue and expiry times). A kiosk shows an
 * alert only when its host verified this signature with the enrollment's public key, so a
 * CouchDB account that can write the alerts database still cannot make kiosks raise an alarm.
 */
export const ALERT_PURPOSE = 'village-kiosk/alert/v1';

export interface AlertFields {
  id: string;
  villages: readonly string[];
  severity: string;
  text: { zh: string; en?: string | undefined };
  issuedAt: string;
  expiresAt: string;
}

function signedFields(alert: AlertFields): Record<string, unknown> {
  return { id: alert.id, villages: [...alert.villages], severity: alert.severity, text: alert.text, issuedAt: alert.issuedAt, expiresAt: alert.expiresAt };
}

export function signAlert(alert: AlertFields, privateKeyPem: string, signedAt: Date): CountySignature {
  return signCountyDocument(ALERT_PURPOSE, signedFields(alert), privateKeyPem, signedAt);
}

export function verifyAlert(alert: AlertFields & { signature?: unknown }, publicKey: string | undefined): SignatureCheck {
  return verifyCountyDocument(ALERT_PURPOSE, signedFields(alert), alert.signature, publicKey);
}
