import { HostRequestError } from '#common/dispatch-host-request';
import type { SecretBox } from '#host/county/credential-store';

/** The part of Electron's safeStorage the box needs (a parameter, so tests need no Electron). */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
  /** Linux only: which secret store Chromium picked ('gnome_libsecret', 'kwallet5', 'basic_text', …). */
  getSelectedStorageBackend?(): string;
}

/** What the clerk reads when enrolling is refused (the enrollment card shows it as the reason). */
export const PLAINTEXT_REFUSAL =
  '本机没有可用的系统密钥环，县里的密码只能以明文保存，所以不能注册。请县里的技术人员为本机装好并解锁系统密钥环（GNOME 密钥环或 KWallet）后再试。' +
  ' / This computer has no usable OS keyring, so the county password could only be stored in plain text: enrollment refused. Ask county IT to set up and unlock the keyring (GNOME Keyring or KWallet), then try again.';

/**
 * Credentials at rest are sealed with the OS keychain through safeStorage (DESIGN.md §9).
 * Where that is not real encryption the kiosk refuses to store them (issue 8, finding 11):
 * on Linux without a keyring, Chromium falls back to the `basic_text` backend, whose key is a
 * constant in Chromium's source — `isEncryptionAvailable()` still says true. The returned box
 * then refuses every seal with a message for the clerk, and opens nothing (a file sealed that
 * way is as good as plain text; the kiosk must be enrolled again once a keyring exists).
 */
export function safeStorageBox(safeStorage: SafeStorageLike, log: (line: string) => void, platform: string = process.platform): SecretBox {
  const backend = platform === 'linux' ? safeStorage.getSelectedStorageBackend?.() : undefined;
  const plaintext = !safeStorage.isEncryptionAvailable() || backend === 'basic_text' || backend === 'unknown';
  if (plaintext) {
    log(`county credentials will not be stored: safeStorage offers no real encryption here (${backend ?? 'encryption unavailable'})`);
    return refusingBox;
  }
  return {
    kind: 'electron-safe-storage',
    seal: (plaintext) => new Uint8Array(safeStorage.encryptString(plaintext)),
    open: (sealed) => safeStorage.decryptString(Buffer.from(sealed)),
  };
}

const refusingBox: SecretBox = {
  kind: 'refused-no-keyring',
  seal: () => {
    throw new HostRequestError(PLAINTEXT_REFUSAL, 'refused');
  },
  open: () => {
    throw new Error('no keyring: stored credentials are not opened');
  },
};
