import type { Enrollment } from './enrollment-file';

/**
 * Where the host keeps the kiosk's enrollment, password included (DESIGN.md §9: credentials
 * live in the host, never in the renderer, never in the repository). Synchronous because the
 * county service answers `county.status` synchronously and loads once at start.
 */
export interface CredentialStore {
  /** Shown in problems and logs (a file path); never part of a credential. */
  readonly location: string;
  load(): CredentialLoadResult;
  /** Replaces what is stored, atomically: afterwards `load()` returns either the old or the new enrollment. */
  save(enrollment: Enrollment): void;
  clear(): void;
}

export type CredentialLoadResult =
  | { status: 'empty' }
  | { status: 'found'; enrollment: Enrollment }
  /** Stored but unreadable (corrupt, sealed by another box, invalid): the kiosk acts as unenrolled. */
  | { status: 'unusable'; problem: string };

/**
 * The seam for encryption at rest. Browser mode uses `unsealedBox` (the file is protected only
 * by its 0600 mode); the Electron composition root supplies a box backed by safeStorage
 * (`encryptString` / `decryptString`), behind this same interface, so no store code changes.
 */
export interface SecretBox {
  /** Written beside the sealed bytes: a file sealed by one box is never handed to another. */
  readonly kind: string;
  seal(plaintext: string): Uint8Array;
  /** Throws when the bytes were not sealed by this box (or by this machine's key). */
  open(sealed: Uint8Array): string;
}

/** No encryption: for browser mode and tests. The store still restricts the file to its owner. */
export const unsealedBox: SecretBox = {
  kind: 'none',
  seal: (plaintext) => new TextEncoder().encode(plaintext),
  open: (sealed) => new TextDecoder('utf-8', { fatal: true }).decode(sealed),
};
