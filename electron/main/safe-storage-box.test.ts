import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatchHostRequest } from '#common/dispatch-host-request';
import { loadConfigService } from '#host/config/config-service';
import { createCountyProxyService } from '#host/county/county-proxy';
import { fakeEnrollment } from '#host/county/fake-enrollment';
import { createFileCredentialStore } from '#host/county/file-credential-store';
import { createHostHandlers } from '#host/host-handlers';
import { createHostServices } from '#host/host-services';
import { PLAINTEXT_REFUSAL, safeStorageBox, type SafeStorageLike } from './safe-storage-box';

const reversible: SafeStorageLike = {
  isEncryptionAvailable: () => true,
  encryptString: (text) => Buffer.from(`enc(${text})`),
  decryptString: (buffer) => buffer.toString().replace(/^enc\((.*)\)$/, '$1'),
  getSelectedStorageBackend: () => 'gnome_libsecret',
};

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('safeStorageBox', () => {
  it('seals with safeStorage and opens what it sealed', () => {
    const box = safeStorageBox(reversible, () => {}, 'linux');
    const sealed = box.seal('password');
    expect(Buffer.from(sealed).toString()).toBe('enc(password)');
    expect(box.open(sealed)).toBe('password');
    expect(box.kind).toBe('electron-safe-storage');
  });

  it('refuses to store credentials when Linux falls back to the basic_text backend (plain text), and says why', () => {
    const lines: string[] = [];
    const box = safeStorageBox({ ...reversible, getSelectedStorageBackend: () => 'basic_text' }, (l) => lines.push(l), 'linux');
    expect(() => box.seal('password')).toThrow(PLAINTEXT_REFUSAL);
    expect(() => box.open(new Uint8Array([1]))).toThrow();
    expect(lines[0]).toMatch(/basic_text/);
    // Windows (DPAPI) has no backend choice: the Linux check does not apply there.
    expect(safeStorageBox({ ...reversible, getSelectedStorageBackend: () => 'basic_text' }, () => {}, 'win32').kind).toBe('electron-safe-storage');
  });

  it('refuses as well when the OS offers no encryption at all', () => {
    const box = safeStorageBox({ ...reversible, isEncryptionAvailable: () => false }, () => {}, 'win32');
    expect(() => box.seal('password')).toThrow(PLAINTEXT_REFUSAL);
  });

  it('the clerk sees the reason when enrolling, and nothing is written', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'kiosk-plaintext-'));
    dirs.push(dataDir);
    const box = safeStorageBox({ ...reversible, getSelectedStorageBackend: () => 'basic_text' }, () => {}, 'linux');
    const county = createCountyProxyService({ store: createFileCredentialStore(path.join(dataDir, 'county-credentials.json'), box) });
    const handlers = createHostHandlers(
      createHostServices({ hostKind: 'electron', appVersion: '0', kioskId: 'k1', platform: 'linux', config: await loadConfigService(), dataDir, county }),
    );
    await expect(dispatchHostRequest(handlers, 'county.enroll', { enrollmentJson: JSON.stringify(fakeEnrollment()) })).rejects.toThrow(PLAINTEXT_REFUSAL);
    expect(await dispatchHostRequest(handlers, 'county.status', undefined)).toEqual({ enrolled: false });
    expect(readdirSync(dataDir)).toEqual([]);
  });
});
