import { z } from 'zod';
import { localizedTextSchema } from '#kiosk-config/schema';
import { VILLAGE_CODE_PATTERN, VILLAGE_CODE_RULE } from '#kiosk-config/village-code';
import { DATABASE_PREFIX_PATTERN, VILLAGE_DATABASE_KINDS } from '#sync/couchdb/database-names';
import { isCountyPublicKey } from '#sync/signing/county-signature.node';
import { KIOSK_ID_PATTERN } from '#sync/couchdb/roles';

/**
 * The one-time enrollment file the county CLI writes when it provisions a kiosk
 * (sync/couchdb/village-provisioning.node.ts): where the county CouchDB is, which village and
 * kiosk this is, the kiosk's CouchDB account, and the names of the databases it may use.
 *
 * Error messages name the field and the rule but never echo a value: the file holds a password.
 */

/**
 * Database names as the county side creates them (prefix + `village-<code>-<kind>`): a strict
 * subset of CouchDB's alphabet without '/', so a name is always exactly one path segment.
 */
const DATABASE_NAME = /^[a-z][a-z0-9_-]{0,237}$/;

const databaseName = z
  .string({ error: 'must be a database name (text)' })
  .regex(DATABASE_NAME, 'must be a database name (lowercase letters, digits, "_" or "-", starting with a letter)');

const couchUrl = z
  .string({ error: 'must be the county CouchDB address (text)' })
  .max(2000, 'is too long')
  .refine((value) => URL.canParse(value), 'must be a web address such as https://county.example:6984/')
  .refine((value) => /^https?:$/.test(new URL(value).protocol), 'must start with http:// or https://')
  .refine((value) => !new URL(value).username && !new URL(value).password, 'must not contain a user name or password (they have their own fields)')
  .refine((value) => !new URL(value).search && !new URL(value).hash, 'must not contain "?" or "#"');

/**
 * Every village database kind is required but `notices`; `policies` and `alerts` are the
 * county-wide read-only databases. `notices` and `alerts` are optional because enrollment files
 * written before them are still valid: such a kiosk syncs everything else (kiosk-sync.ts).
 */
const OPTIONAL_DATABASE_KINDS = ['notices', 'alerts'] as const;
const databasesShape = {
  ...(Object.fromEntries([...VILLAGE_DATABASE_KINDS.filter((kind) => kind !== 'notices'), 'policies'].map((kind) => [kind, databaseName])) as Record<
    Exclude<(typeof VILLAGE_DATABASE_KINDS)[number], 'notices'> | 'policies',
    typeof databaseName
  >),
  ...(Object.fromEntries(OPTIONAL_DATABASE_KINDS.map((kind) => [kind, databaseName.optional()])) as Record<(typeof OPTIONAL_DATABASE_KINDS)[number], ReturnType<typeof databaseName.optional>>),
};

export const enrollmentFileSchema = z.object(
  {
    couchUrl,
    village: z.string({ error: 'must be the village code (text)' }).regex(VILLAGE_CODE_PATTERN, VILLAGE_CODE_RULE),
    /** Optional: files written before `provision --name` existed carry only the code. */
    villageName: localizedTextSchema.optional(),
    kioskId: z.string({ error: 'must be the kiosk id (text)' }).regex(KIOSK_ID_PATTERN, 'must be a kiosk id (lowercase letters, digits, "-")'),
    username: z.string({ error: 'must be the kiosk account name (text)' }).min(1, 'must not be empty').max(200, 'is too long'),
    password: z.string({ error: 'must be the kiosk password (text)' }).min(8, 'is too short (at least 8 characters)').max(1000, 'is too long'),
    databases: z.object(databasesShape, { error: 'must be an object naming the kiosk databases' }),
    /**
     * The county's Ed25519 public key (32 bytes, base64) that signs security-relevant county
     * documents (sync/signing/). Without it the kiosk applies no county configuration.
     */
    countyPublicKey: z
      .string({ error: 'must be the county public key (text)' })
      .refine(isCountyPublicKey, 'must be a 32-byte Ed25519 public key in base64 (from `county keygen`)')
      .optional(),
  },
  { error: 'must be a JSON object' },
);
// Unknown fields (a format version, a creation date, …) are dropped: a newer CLI may add some.

export type Enrollment = z.output<typeof enrollmentFileSchema>;
export type EnrollmentDatabaseKind = keyof Enrollment['databases'];

/** Databases the kiosk only reads (the server's validators refuse its writes as well). */
export const READ_ONLY_DATABASE_KINDS: readonly EnrollmentDatabaseKind[] = ['policies', 'alerts'];

export class EnrollmentFileError extends Error {
  override readonly name = 'EnrollmentFileError';
}

/** Parses the text of an enrollment file; throws EnrollmentFileError naming every problem. */
export function parseEnrollmentFile(text: string): Enrollment {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new EnrollmentFileError('the enrollment file is not valid JSON (was it copied completely?)');
  }
  return validateEnrollment(raw);
}

export function validateEnrollment(raw: unknown): Enrollment {
  const parsed = enrollmentFileSchema.safeParse(raw);
  if (parsed.success) {
    assertVillageDatabases(parsed.data);
    return parsed.data;
  }
  const problems = parsed.error.issues.map((issue) => {
    const field = issue.path.map(String).join('.');
    const message = issue.code === 'invalid_type' && issue.input === undefined ? 'is missing' : issue.message;
    return field ? `${field} ${message}` : message;
  });
  throw new EnrollmentFileError(`the enrollment file is not valid: ${problems.join('; ')}`);
}

/**
 * Every village database must carry the village code: a file naming another village's database
 * (a mistake, or an edited file) would let this kiosk read that village's documents.
 */
function assertVillageDatabases(enrollment: Enrollment): void {
  const wrong = VILLAGE_DATABASE_KINDS.filter((kind) => {
    const name = enrollment.databases[kind];
    if (name === undefined) return false;
    const suffix = `village-${enrollment.village}-${kind}`;
    return !name.endsWith(suffix) || !DATABASE_PREFIX_PATTERN.test(name.slice(0, -suffix.length));
  });
  if (wrong.length > 0) {
    throw new EnrollmentFileError(
      `the enrollment file is not valid: databases.${wrong.join(', databases.')} must belong to village ${enrollment.village}`,
    );
  }
  const names = Object.values(enrollment.databases).filter((name) => name !== undefined);
  if (new Set(names).size !== names.length) throw new EnrollmentFileError('the enrollment file is not valid: two databases have the same name');
}
