/**
 * The kiosk's Content-Security-Policy, sent by both hosts (Electron's app:// protocol and the
 * browser-mode server). 'wasm-unsafe-eval' is the one relaxation: tesseract.js compiles its
 * wasm core at run time. Everything else is same-origin only; no CDN is ever allowed.
 * No 'unsafe-inline' for styles either (issue 8, finding 11): the renderer has no <style>
 * elements or style attributes in markup; React's `style={}` props are set through the CSSOM,
 * which style-src does not restrict (tests/e2e/csp.spec.ts watches for violations).
 */
export const KIOSK_CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self' blob:",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob: mediastream:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');

/**
 * Sent with every response of both hosts, errors and refusals included (a 405 or a 404 page is
 * a document a browser renders too): the CSP, no MIME sniffing, no referrer, and isolation from
 * other origins' windows and embedders. Camera and microphone for the kiosk itself only.
 */
export const KIOSK_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': KIOSK_CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(self), microphone=(self), geolocation=(), usb=(), serial=(), hid=()',
};
