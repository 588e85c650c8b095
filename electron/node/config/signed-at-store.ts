import { readFileSync } from 'node:fs';
import { writeFileAtomically } from '../county/atomic-write-file';

/**
 * When the county configuration in force was signed, in a small file of the data directory,
 * replaced atomically. A missing or unreadable file means "none yet": the guard then accepts
 * any correctly signed document, which is what a fresh kiosk must do.
 */
export function createFileSignedAtStore(filePath: string) {
  return {
    load(): string | undefined {
      try {
        const parsed = JSON.parse(readFileSync(filePath, 'utf8')) as { signedAt?: unknown };
        return typeof parsed.signedAt === 'string' && !Number.isNaN(Date.parse(parsed.signedAt)) ? parsed.signedAt : undefined;
      } catch {
        return undefined;
      }
    },
    save(signedAt: string): void {
      writeFileAtomically(filePath, new TextEncoder().encode(`${JSON.stringify({ signedAt })}\n`), 0o600);
    },
  };
}

export function createMemorySignedAtStore(initial?: string) {
  let value = initial;
  return {
    load: () => value,
    save: (signedAt: string) => {
      value = signedAt;
    },
  };
}
