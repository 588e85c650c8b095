import type { SecretBox } from '#host/county/credential-store';

/** The part of Electron's safeStorage the box needs (a parameter, so tests need no Electron). */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
}

/**
 * Credentials at rest are sealed with the OS keychain through safeStorage (DESIGN.md §9).
 * Where the OS offers no encryption (a Linux desktop without a keyring), enrollment still works
 * but is sealed by nothing but the file mode; that is logged so county IT can see it.
 */
export function safeStorageBox(safeStorage: SafeStorageLike, log: (line: string) => void): SecretBox | undefined {
  if (!safeStorage.isEncryptionAvailable()) {
    log('safeStorage is not available: county credentials are protected by file permissions only');
    return undefined;
  }
  return {
    kind: 'electron-safe-storage',
    seal: (plaintext) => new Uint8Array(safeStorage.encryptString(plaintext)),
    open: (sealed) => safeStorage.decryptString(Buffer.from(sealed)),
  };
}
