/**
 * The kiosk's Content-Security-Policy, sent by both hosts (Electron's app:// protocol and the
 * browser-mode server). 'wasm-unsafe-eval' is the one relaxation: tesseract.js compiles its
 * wasm core at run time. Everything else is same-origin only; no CDN is ever allowed.
 */
export const KIOSK_CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob: mediastream:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');
