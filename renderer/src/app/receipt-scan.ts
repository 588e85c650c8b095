import { isValidTrackingCode, normalizeTrackingCodeInput } from '#sync/schema/tracking-code';

/**
 * The tracking code in what a scanner read, or null. Receipts carry the bare code in their QR
 * (and a county may print a URL containing it), so: every run of exactly 8 digits (not part of a
 * longer number, e.g. an EAN-13 product code) whose Damm check digit is right; exactly one such
 * code must be present, otherwise the scan is not a receipt.
 */
export function trackingCodeFromScan(text: string): string | null {
  const normalised = normalizeTrackingCodeInput(text.trim());
  const candidates = new Set([...normalised.matchAll(/(?<!\d)\d{8}(?!\d)/g)].map((match) => match[0]).filter(isValidTrackingCode));
  return candidates.size === 1 ? [...candidates][0]! : null;
}
