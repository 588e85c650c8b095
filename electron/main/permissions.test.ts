import { describe, expect, it } from 'vitest';
import { installPermissionPolicy, isPermissionAllowed, type PermissionCheckDetails, type PermissionQuery, type PermissionRequestDetails, type PermissionSession } from './permissions';

const camera: PermissionQuery = {
  permission: 'media',
  requestingUrl: 'app://kiosk/scan',
  securityOrigin: 'app://kiosk/',
  isMainFrame: true,
  mediaTypes: ['video'],
};

describe('isPermissionAllowed', () => {
  it('lets only the app itself keep its storage from eviction (unsynced reports live there)', () => {
    const persist = { ...camera, permission: 'persistent-storage', mediaTypes: [] };
    expect(isPermissionAllowed(persist)).toBe(true);
    expect(isPermissionAllowed({ ...persist, requestingUrl: 'https://evil.example/' })).toBe(false);
    expect(isPermissionAllowed({ ...persist, isMainFrame: false })).toBe(false);
  });

  it('allows camera, microphone or both for the app main frame', () => {
    expect(isPermissionAllowed(camera)).toBe(true);
    expect(isPermissionAllowed({ ...camera, mediaTypes: ['audio'] })).toBe(true);
    expect(isPermissionAllowed({ ...camera, mediaTypes: ['video', 'audio'] })).toBe(true);
    expect(isPermissionAllowed({ ...camera, securityOrigin: undefined })).toBe(true);
  });

  it('refuses media for other origins, subframes, or a mismatching security origin', () => {
    expect(isPermissionAllowed({ ...camera, requestingUrl: 'https://evil.example/' })).toBe(false);
    expect(isPermissionAllowed({ ...camera, requestingUrl: 'http://127.0.0.1:5780/' })).toBe(false);
    expect(isPermissionAllowed({ ...camera, requestingUrl: undefined })).toBe(false);
    expect(isPermissionAllowed({ ...camera, isMainFrame: false })).toBe(false);
    expect(isPermissionAllowed({ ...camera, securityOrigin: 'https://evil.example' })).toBe(false);
  });

  it('refuses media requests that are not plainly camera/microphone', () => {
    expect(isPermissionAllowed({ ...camera, mediaTypes: [] })).toBe(false);
    expect(isPermissionAllowed({ ...camera, mediaTypes: ['unknown'] })).toBe(false);
    expect(isPermissionAllowed({ ...camera, mediaTypes: ['video', 'screen'] })).toBe(false);
  });

  it('refuses every other permission, even for the app itself', () => {
    for (const permission of ['display-capture', 'geolocation', 'notifications', 'openExternal', 'clipboard-read', 'hid', 'usb', 'serial', 'fullscreen', 'midiSysex', 'fileSystem', 'unknown']) {
      expect(isPermissionAllowed({ ...camera, permission }), permission).toBe(false);
    }
  });
});

function fakeSession() {
  const recorded: {
    request?: Parameters<PermissionSession['setPermissionRequestHandler']>[0];
    check?: Parameters<PermissionSession['setPermissionCheckHandler']>[0];
    device?: () => boolean;
    download?: (event: { preventDefault(): void }) => void;
  } = {};
  const session: PermissionSession = {
    setPermissionRequestHandler: (handler) => void (recorded.request = handler),
    setPermissionCheckHandler: (handler) => void (recorded.check = handler),
    setDevicePermissionHandler: (handler) => void (recorded.device = handler),
    on: (_event, listener) => void (recorded.download = listener),
  };
  return { session, recorded };
}

function request(handler: NonNullable<ReturnType<typeof fakeSession>['recorded']['request']>, permission: string, details: PermissionRequestDetails): boolean[] {
  const answers: boolean[] = [];
  handler({}, permission, (granted) => answers.push(granted), details);
  return answers;
}

describe('installPermissionPolicy', () => {
  it('answers every request exactly once, granting only app camera/microphone', () => {
    const { session, recorded } = fakeSession();
    const log: string[] = [];
    installPermissionPolicy(session, (line) => log.push(line));
    const appFrame: PermissionRequestDetails = { isMainFrame: true, requestingUrl: 'app://kiosk/index.html', mediaTypes: ['video'], securityOrigin: 'app://kiosk/' };
    expect(request(recorded.request!, 'media', appFrame)).toEqual([true]);
    expect(request(recorded.request!, 'media', { ...appFrame, requestingUrl: 'https://evil.example/' })).toEqual([false]);
    expect(request(recorded.request!, 'geolocation', { isMainFrame: true, requestingUrl: 'app://kiosk/' })).toEqual([false]);
    expect(log).toEqual(['permission refused: media', 'permission refused: geolocation']);
  });

  it('answers checks with the same policy (mediaType is singular there)', () => {
    const { session, recorded } = fakeSession();
    installPermissionPolicy(session);
    const details: PermissionCheckDetails = { isMainFrame: true, mediaType: 'video', securityOrigin: 'app://kiosk' };
    expect(recorded.check!(null, 'media', 'app://kiosk', details)).toBe(true);
    expect(recorded.check!(null, 'media', 'app://kiosk', { ...details, mediaType: 'unknown' })).toBe(false);
    expect(recorded.check!(null, 'media', 'https://evil.example', details)).toBe(false);
    expect(recorded.check!(null, 'notifications', 'app://kiosk', { isMainFrame: true })).toBe(false);
  });

  it('refuses device grants and cancels downloads', () => {
    const { session, recorded } = fakeSession();
    installPermissionPolicy(session);
    expect(recorded.device!()).toBe(false);
    let prevented = false;
    recorded.download!({ preventDefault: () => void (prevented = true) });
    expect(prevented).toBe(true);
  });
});
