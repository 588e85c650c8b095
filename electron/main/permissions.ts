import { isAppUrl } from './app-origin';

/**
 * What a permission request or check looks like once Electron's arguments are flattened.
 * `requestingUrl` is the requesting frame's URL (request) or the requesting origin (check);
 * `securityOrigin` is Electron's origin of a media request, when it sends one.
 */
export interface PermissionQuery {
  permission: string;
  requestingUrl: string | undefined;
  securityOrigin: string | undefined;
  isMainFrame: boolean;
  /** Requests carry a list (`mediaTypes`), checks a single `mediaType`; both normalised to a list. */
  mediaTypes: readonly string[];
}

const CAPTURE_TYPES: ReadonlySet<string> = new Set(['video', 'audio']);

/**
 * The whole permission policy (DESIGN.md §9): the app's own main frame may use the camera (the
 * document camera, 高拍仪) and the microphone (voice notes); nothing else is ever granted to
 * anyone, except persistent storage for the app's own data. `media` with an empty or unknown media type is refused: screen capture arrives as
 * `display-capture`, and an unspecified capture is not something the kiosk asks for.
 */
export function isPermissionAllowed(query: PermissionQuery): boolean {
  if (!query.isMainFrame) return false;
  // Unsynced reports live in IndexedDB: without persistent storage Chromium may evict them when
  // the disk runs low, which would lose a villager's report. Only the app itself may ask.
  if (query.permission === 'persistent-storage') return isAppUrl(query.requestingUrl);
  if (query.permission !== 'media') return false;
  if (!isAppUrl(query.requestingUrl)) return false;
  if (query.securityOrigin !== undefined && !isAppUrl(query.securityOrigin)) return false;
  return query.mediaTypes.length > 0 && query.mediaTypes.every((type) => CAPTURE_TYPES.has(type));
}

/** Electron's request `details` (PermissionRequest | MediaAccessPermissionRequest | ...), narrowed. */
export interface PermissionRequestDetails {
  isMainFrame: boolean;
  requestingUrl: string;
  mediaTypes?: readonly string[];
  securityOrigin?: string;
}

/** Electron's check `details` (PermissionCheckHandlerHandlerDetails), narrowed. */
export interface PermissionCheckDetails {
  isMainFrame: boolean;
  securityOrigin?: string;
  mediaType?: string;
  requestingUrl?: string;
}

export interface PermissionSession {
  setPermissionRequestHandler(
    handler: (webContents: unknown, permission: string, callback: (granted: boolean) => void, details: PermissionRequestDetails) => void,
  ): void;
  setPermissionCheckHandler(
    handler: (webContents: unknown, permission: string, requestingOrigin: string, details: PermissionCheckDetails) => boolean,
  ): void;
  setDevicePermissionHandler(handler: () => boolean): void;
  on(event: 'will-download', listener: (event: { preventDefault(): void }) => void): unknown;
}

export function requestQuery(permission: string, details: PermissionRequestDetails): PermissionQuery {
  return {
    permission,
    requestingUrl: details.requestingUrl,
    securityOrigin: details.securityOrigin,
    isMainFrame: details.isMainFrame,
    mediaTypes: details.mediaTypes ?? [],
  };
}

export function checkQuery(permission: string, requestingOrigin: string, details: PermissionCheckDetails): PermissionQuery {
  return {
    permission,
    requestingUrl: requestingOrigin,
    securityOrigin: details.securityOrigin,
    isMainFrame: details.isMainFrame,
    mediaTypes: details.mediaType === undefined ? [] : [details.mediaType],
  };
}

/**
 * Installs the policy on a session: both handlers (Chromium asks "check" before "request" for
 * most APIs, and an unset check handler would answer with Electron's permissive default),
 * WebHID/WebUSB/Web Serial device grants refused (devices are the host's job, DESIGN.md §7),
 * and downloads cancelled (a kiosk has no place to put a file and no one to open it).
 */
export function installPermissionPolicy(session: PermissionSession, log: (line: string) => void = () => {}): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    const allowed = isPermissionAllowed(requestQuery(permission, details));
    if (!allowed) log(`permission refused: ${permission}`);
    callback(allowed);
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) =>
    isPermissionAllowed(checkQuery(permission, requestingOrigin, details)),
  );
  session.setDevicePermissionHandler(() => false);
  session.on('will-download', (event) => {
    event.preventDefault();
    log('download refused');
  });
}
