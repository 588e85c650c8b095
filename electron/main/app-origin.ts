/**
 * The kiosk's one origin. The renderer is served from `app://kiosk/` (app-protocol.ts), never
 * from file:// or http://, so every security decision in main (navigation, permissions, IPC
 * senders) reduces to "is this URL on the app origin?".
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'kiosk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * True when `url` is on the app origin. Compares scheme and host exactly and refuses user
 * info and ports, because Node's URL gives `origin === 'null'` for custom schemes (so
 * `url.origin` cannot be used) and a prefix test would accept `app://kiosk.evil/` or
 * `app://kiosk@evil/`. Chromium canonicalises standard-scheme URLs (lowercase host) before
 * main sees them; a non-canonical spelling here is refused rather than normalised.
 */
export function isAppUrl(url: string | null | undefined): boolean {
  if (typeof url !== 'string' || url === '') return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host === APP_HOST &&
    parsed.username === '' &&
    parsed.password === ''
  );
}
