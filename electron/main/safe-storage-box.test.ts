import { describe, expect, it } from 'vitest';
import { safeStorageBox, type SafeStorageLike } from './safe-storage-box';

const reversible: SafeStorageLike = {
  isEncryptionAvailable: () => true,
  encryptString: (text) => Buffer.from(`enc(${text})`),
  decryptString: (buffer) => buffer.toString().replace(/^enc\((.*)\)$/, '$1'),
};

describe('safeStorageBox', () => {
  it('seals with safeStorage and opens what it sealed', () => {
    const box = safeStorageBox(reversible, () => {})!;
    const sealed = box.seal('password');
    expect(Buffer.from(sealed).toString()).toBe('enc(password)');
    expect(box.open(sealed)).toBe('password');
    expect(box.kind).toBe('electron-safe-storage');
  });

  it('falls back to file permissions, loudly, when the OS offers no encryption', () => {
    const lines: string[] = [];
    expect(safeStorageBox({ ...reversible, isEncryptionAvailable: () => false }, (l) => lines.push(l))).toBeUndefined();
    expect(lines[0]).toContain('file permissions only');
  });
});
