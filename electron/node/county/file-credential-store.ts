import * as nodeFs from 'node:fs';
import { z } from 'zod';
import { removeStaleTempFiles, writeFileAtomically, type AtomicFs, type StaleTempFs } from './atomic-write-file';
import { unsealedBox, type CredentialLoadResult, type CredentialStore, type SecretBox } from './credential-store';
import { EnrollmentFileError, validateEnrollment, type Enrollment } from './enrollment-file';

export const CREDENTIALS_FILE_NAME = 'county-credentials.json';

const FORMAT = 'village-kiosk-credentials';

/** The envelope on disk: which box sealed it, and the sealed enrollment (base64). */
const envelopeSchema = z.object({
  format: z.literal(FORMAT),
  version: z.literal(1),
  box: z.string(),
  sealed: z.string(),
});

export type CredentialFs = AtomicFs & StaleTempFs & Pick<typeof nodeFs, 'readFileSync'>;

/**
 * The enrollment in one file of the kiosk's data directory, mode 0600, replaced atomically
 * (its temporary file is 0600 from creation, and stale ones are removed at start).
 * Its content is sealed by a SecretBox (none in browser mode, safeStorage under Electron).
 * Problems are reported by location and kind, never with the file's content.
 */
export function createFileCredentialStore(filePath: string, box: SecretBox = unsealedBox, fs: CredentialFs = nodeFs): CredentialStore {
  return {
    location: filePath,
    /** Called once at start (county-proxy.ts): also clears what a killed write left behind. */
    load(): CredentialLoadResult {
      removeStaleTempFiles(filePath, fs);
      let text: string;
      try {
        text = fs.readFileSync(filePath, 'utf8');
      } catch (error) {
        if (errorCode(error) === 'ENOENT') return { status: 'empty' };
        return { status: 'unusable', problem: `cannot read ${filePath} (${errorCode(error) ?? 'unknown error'})` };
      }
      return openEnvelope(text, filePath, box);
    },
    save(enrollment: Enrollment) {
      const sealed = box.seal(JSON.stringify(enrollment));
      const envelope: z.input<typeof envelopeSchema> = { format: FORMAT, version: 1, box: box.kind, sealed: Buffer.from(sealed).toString('base64') };
      writeFileAtomically(filePath, new TextEncoder().encode(`${JSON.stringify(envelope)}\n`), 0o600, fs);
    },
    clear() {
      fs.rmSync(filePath, { force: true });
    },
  };
}

function openEnvelope(text: string, filePath: string, box: SecretBox): CredentialLoadResult {
  let envelope: z.output<typeof envelopeSchema>;
  try {
    envelope = envelopeSchema.parse(JSON.parse(text));
  } catch {
    return { status: 'unusable', problem: `${filePath} is not a kiosk credentials file (damaged?)` };
  }
  if (envelope.box !== box.kind) {
    return { status: 'unusable', problem: `${filePath} was sealed with "${envelope.box}", this host opens "${box.kind}": enroll again` };
  }
  let plaintext: string;
  try {
    plaintext = box.open(Buffer.from(envelope.sealed, 'base64'));
  } catch {
    return { status: 'unusable', problem: `${filePath} cannot be opened on this machine: enroll again` };
  }
  try {
    return { status: 'found', enrollment: validateEnrollment(JSON.parse(plaintext)) };
  } catch (error) {
    const detail = error instanceof EnrollmentFileError ? error.message : 'not JSON';
    return { status: 'unusable', problem: `${filePath} holds an invalid enrollment (${detail})` };
  }
}

function errorCode(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}
