import { signCountyDocument, verifyCountyDocument, type CountySignature, type SignatureCheck } from '#sync/signing/county-signature.node';

/**
 * What a county signature on a kiosk configuration document covers: the village it is for and
 * the configuration layer itself. The document's other fields (`_id`, `_rev`, `updatedAt`)
 * are storage details and may change without the signature changing.
 */
export const KIOSK_CONFIG_PURPOSE = 'village-kiosk/kiosk-config/v1';

export interface SignedKioskConfig {
  village: string;
  config: Record<string, unknown>;
  signature: CountySignature;
}

export function signKioskConfig(village: string, config: Record<string, unknown>, privateKeyPem: string, signedAt: Date): SignedKioskConfig {
  return { village, config, signature: signCountyDocument(KIOSK_CONFIG_PURPOSE, { village, config }, privateKeyPem, signedAt) };
}

export function verifyKioskConfig(doc: { village: unknown; config: unknown; signature?: unknown }, publicKey: string | undefined): SignatureCheck {
  return verifyCountyDocument(KIOSK_CONFIG_PURPOSE, { village: doc.village, config: doc.config }, doc.signature, publicKey);
}
