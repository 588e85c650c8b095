import type { KioskCollectionName, KioskDocTypes } from './collections';
import { alerts, heartbeats, kiosk_config, notices, policies, reports, scans } from './document-validators.generated';
import type { GeneratedValidator, GeneratedValidatorError } from './document-validators.generated';

/**
 * Checks an untrusted document from the county server against its collection's schema, so
 * the replication can set a malformed document aside (quarantine, shown to the clerk and
 * counted in the heartbeat) instead of storing it or crashing (DESIGN.md §5, §9).
 *
 * Accepted input shapes: RxDB document data as the CouchDB pull hands it over (primary key
 * `id`, plus `_deleted`/`_rev`/`_meta`/`_attachments`), or the raw CouchDB document (`_id`).
 * Meta fields are not part of the schema and are removed before checking; the returned
 * `doc` carries none of them.
 *
 * Deleted documents (tombstones) carry only their id on the server, so only the id is checked.
 * Documents with CouchDB attachments are rejected: documents never carry attachments here,
 * blobs travel through their own database (DESIGN.md §4) and RxDB cannot pull them (PITFALLS.md).
 *
 * Uses the precompiled validators (no `new Function`), so it works under the renderer's CSP.
 */

export type DocumentValidationResult<N extends KioskCollectionName> =
  | { ok: true; deleted: false; doc: KioskDocTypes[N] }
  | { ok: true; deleted: true; id: string }
  /** `id` when one could be read, to name the document in the quarantine. */
  | { ok: false; id: string | undefined; errors: string[] };

const VALIDATORS: { readonly [N in KioskCollectionName]: GeneratedValidator } = {
  reports,
  scans,
  policies,
  kiosk_config,
  heartbeats,
  notices,
  alerts,
};

/** CouchDB's and RxDB's bookkeeping fields; everything else must be in the schema. */
const META_FIELDS = new Set([
  '_id',
  '_rev',
  '_deleted',
  '_meta',
  '_attachments',
  '_revisions',
  '_revs_info',
  '_conflicts',
  '_deleted_conflicts',
  '_local_seq',
]);

/** Enough to act on; a document with more problems than this is simply broken. */
const MAX_ERRORS = 20;

const ID_REGEX = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;

export function validateDocument<N extends KioskCollectionName>(collection: N, input: unknown): DocumentValidationResult<N> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, id: undefined, errors: ['(document): must be an object'] };
  }
  const raw = input as Record<string, unknown>;
  const id = readId(raw);
  if (!id.ok) return { ok: false, id: id.value, errors: [id.error] };

  if (raw['_deleted'] === true) return { ok: true, deleted: true, id: id.value };

  const attachments = raw['_attachments'];
  if (attachments !== undefined && (typeof attachments !== 'object' || attachments === null || Object.keys(attachments).length > 0)) {
    return { ok: false, id: id.value, errors: ['_attachments: documents carry no attachments (blobs travel separately)'] };
  }

  const doc: Record<string, unknown> = { id: id.value };
  for (const [key, value] of Object.entries(raw)) {
    if (!META_FIELDS.has(key)) doc[key] = value;
  }

  const validate = VALIDATORS[collection];
  const errors = validate(doc) ? [] : (validate.errors ?? []).map(describeError);
  errors.push(...checkInvariants(collection, doc));
  if (errors.length > 0) {
    return { ok: false, id: id.value, errors: [...new Set(errors)].slice(0, MAX_ERRORS) };
  }
  return { ok: true, deleted: false, doc: doc as unknown as KioskDocTypes[N] };
}

function readId(raw: Record<string, unknown>): { ok: true; value: string } | { ok: false; value: string | undefined; error: string } {
  const { id, _id: couchId } = raw;
  if (id !== undefined && couchId !== undefined && id !== couchId) {
    return { ok: false, value: typeof couchId === 'string' ? couchId : undefined, error: 'id: differs from _id' };
  }
  const value = id ?? couchId;
  if (typeof value !== 'string') return { ok: false, value: undefined, error: 'id: missing or not a string' };
  if (!ID_REGEX.test(value)) {
    return { ok: false, value, error: 'id: must be 1–64 letters, digits or "._:-", not starting with "_"' };
  }
  return { ok: true, value };
}

/** Rules that span fields, which JSON schema cannot state. */
function checkInvariants(collection: KioskCollectionName, doc: Record<string, unknown>): string[] {
  if (collection === 'heartbeats' && doc['kioskId'] !== undefined && doc['kioskId'] !== doc['id']) {
    return ['id: a heartbeat’s id must be its kioskId (one document per kiosk)'];
  }
  return [];
}

/** "/pages/0/sha256" → "pages[0].sha256"; the document itself is "(document)". */
function readablePath(instancePath: string, child?: string): string {
  const parts = instancePath.split('/').slice(1);
  if (child !== undefined) parts.push(child);
  if (parts.length === 0) return '(document)';
  return parts
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((path, part) => (/^\d+$/.test(part) ? `${path}[${part}]` : path === '' ? part : `${path}.${part}`), '');
}

/** Plain words for the clerk and the county; never the offending value (it may be personal data). */
function describeError(error: GeneratedValidatorError): string {
  const { params } = error;
  switch (error.keyword) {
    case 'required':
      return `${readablePath(error.instancePath, String(params['missingProperty']))}: is required`;
    case 'additionalProperties':
      return `${readablePath(error.instancePath, String(params['additionalProperty']))}: is not a known field`;
    case 'type':
      return `${readablePath(error.instancePath)}: must be ${article(String(params['type']))}`;
    case 'enum':
      return `${readablePath(error.instancePath)}: must be one of ${(params['allowedValues'] as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'pattern':
      return `${readablePath(error.instancePath)}: has the wrong format (expected ${String(params['pattern'])})`;
    case 'maxLength':
      return `${readablePath(error.instancePath)}: is longer than ${String(params['limit'])} characters`;
    case 'minLength':
      return `${readablePath(error.instancePath)}: must not be ${params['limit'] === 1 ? 'empty' : `shorter than ${String(params['limit'])} characters`}`;
    case 'maxItems':
      return `${readablePath(error.instancePath)}: has more than ${String(params['limit'])} entries`;
    case 'minItems':
      return `${readablePath(error.instancePath)}: has fewer than ${String(params['limit'])} entries`;
    default:
      return `${readablePath(error.instancePath)}: ${error.message ?? error.keyword}`;
  }
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}
