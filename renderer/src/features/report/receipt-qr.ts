/**
 * What the receipt's QR code carries. With the county's public tracking page configured
 * (`county.trackingUrl`), a phone that scans it opens that page for this report: `{code}` in
 * the address is replaced by the tracking code, otherwise `code=<code>` is added to its query.
 * Without one, the bare code: a kiosk's scanner reads it, a phone only shows the digits (the
 * receipt says so in a line of its own).
 */
export type ReceiptQr = { kind: 'url'; value: string } | { kind: 'code'; value: string };

export function receiptQr(trackingCode: string, trackingUrl: string): ReceiptQr {
  if (!trackingUrl) return { kind: 'code', value: trackingCode };
  if (trackingUrl.includes('{code}')) return { kind: 'url', value: trackingUrl.replaceAll('{code}', encodeURIComponent(trackingCode)) };
  const url = new URL(trackingUrl);
  url.searchParams.set('code', trackingCode);
  return { kind: 'url', value: url.toString() };
}
