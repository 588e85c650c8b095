import * as fs from 'node:fs';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SecretBox } from './credential-store';
import { fakeEnrollment } from './fake-enrollment';
import { CREDENTIALS_FILE_NAME, createFileCredentialStore, type CredentialFs } from './file-credential-store';

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'kiosk-credentials-'));
  file = path.join(dir, 'data', CREDENTIALS_FILE_NAME);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A stand-in for Electron's safeStorage: XOR with a key, so sealed bytes differ from the plaintext. */
function xorBox(kind: string, key: number): SecretBox {
  const xor = (bytes: Uint8Array) => bytes.map((b) => b ^ key);
  return {
    kind,
    seal: (text) => xor(new TextEncoder().encode(text)),
    open: (sealed) => {
      const text = new TextDecoder().decode(xor(sealed));
      if (!text.startsWith('{')) throw new Error('wrong key');
      return text;
    },
  };
}

describe('createFileCredentialStore', () => {
  it('is empty at first, then returns what was saved, also to a new store on the same file', () => {
    expect(createFileCredentialStore(file).load()).toEqual({ status: 'empty' });
    createFileCredentialStore(file).save(fakeEnrollment());
    expect(createFileCredentialStore(file).load()).toEqual({ status: 'found', enrollment: fakeEnrollment() });
  });

  it.runIf(process.platform !== 'win32')('writes the file readable by its owner only (0600), also over a looser existing file', () => {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, '{}', { mode: 0o644 });
    createFileCredentialStore(file).save(fakeEnrollment());
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('replaces the file atomically and leaves no temporary file behind, even when writing fails', () => {
    const store = createFileCredentialStore(file);
    store.save(fakeEnrollment({ kioskId: 'kiosk-old' }));
    const fullDisk: CredentialFs = {
      ...fs,
      writeSync: () => {
        throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      },
    };
    expect(() => createFileCredentialStore(file, undefined, fullDisk).save(fakeEnrollment({ kioskId: 'kiosk-new' }))).toThrow(/ENOSPC/);
    expect(store.load()).toMatchObject({ status: 'found', enrollment: { kioskId: 'kiosk-old' } });
    expect(readdirSync(path.dirname(file))).toEqual([CREDENTIALS_FILE_NAME]);
  });

  it('keeps the password out of the file when a sealing box is used', () => {
    createFileCredentialStore(file, xorBox('test-xor', 0x5a)).save(fakeEnrollment());
    expect(readFileSync(file, 'utf8')).not.toContain(fakeEnrollment().password);
    expect(createFileCredentialStore(file, xorBox('test-xor', 0x5a)).load()).toEqual({ status: 'found', enrollment: fakeEnrollment() });
  });

  it('reports a file sealed by another box or key as unusable, without its content', () => {
    createFileCredentialStore(file, xorBox('test-xor', 0x5a)).save(fakeEnrollment());
    const otherKind = createFileCredentialStore(file).load();
    expect(otherKind).toMatchObject({ status: 'unusable', problem: expect.stringMatching(/sealed with "test-xor"/) });
    const otherKey = createFileCredentialStore(file, xorBox('test-xor', 0x33)).load();
    expect(otherKey).toMatchObject({ status: 'unusable', problem: expect.stringMatching(/cannot be opened/) });
  });

  it('reports a damaged file as unusable and never includes the password in the problem', () => {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, `{"format": "village-kiosk-credentials", "password": "${fakeEnrollment().password}"`);
    const result = createFileCredentialStore(file).load();
    expect(result.status).toBe('unusable');
    expect(JSON.stringify(result)).not.toContain(fakeEnrollment().password);
  });

  it('clear removes the enrollment', () => {
    const store = createFileCredentialStore(file);
    store.save(fakeEnrollment());
    store.clear();
    expect(store.load()).toEqual({ status: 'empty' });
  });

  it.runIf(process.platform !== 'win32')('creates the temporary file 0600 from its first byte, before the rename', () => {
    const seen: { flags: unknown; mode: unknown; modeWhileWriting: number }[] = [];
    let temp = '';
    const watching: CredentialFs = {
      ...fs,
      openSync: ((target: string, flags: string, mode?: number) => {
        if (target.endsWith('.tmp')) {
          temp = target;
          seen.push({ flags, mode, modeWhileWriting: -1 });
        }
        return fs.openSync(target, flags, mode);
      }) as typeof fs.openSync,
      writeSync: ((fd: number, ...rest: Parameters<typeof fs.writeSync> extends [number, ...infer R] ? R : never) => {
        if (temp && seen.length > 0) seen[seen.length - 1]!.modeWhileWriting = statSync(temp).mode & 0o777;
        return (fs.writeSync as (fd: number, ...args: unknown[]) => number)(fd, ...rest);
      }) as typeof fs.writeSync,
    };
    createFileCredentialStore(file, undefined, watching).save(fakeEnrollment());
    expect(seen).toEqual([{ flags: 'wx', mode: 0o600, modeWhileWriting: 0o600 }]);
  });

  it('removes temporary files a killed write left behind (they hold the password) when it starts', () => {
    const dataDir = path.dirname(file);
    fs.mkdirSync(dataDir, { recursive: true });
    const stale = [`${CREDENTIALS_FILE_NAME}.4242-lz3k1-a1b2c3.tmp`, `${CREDENTIALS_FILE_NAME}.99-x-y.tmp`];
    for (const name of stale) writeFileSync(path.join(dataDir, name), `{"password":"${fakeEnrollment().password}"`);
    // Not ours: another file's temporary file and the kiosk's own files stay.
    writeFileSync(path.join(dataDir, 'county-config.json.1-a-b.tmp'), '{}');
    writeFileSync(path.join(dataDir, 'kiosk-id'), 'kiosk-abc');
    expect(createFileCredentialStore(file).load()).toEqual({ status: 'empty' });
    expect(readdirSync(dataDir).sort()).toEqual(['county-config.json.1-a-b.tmp', 'kiosk-id']);
  });
});
