import { VILLAGE_CODE_MAX_LENGTH, VILLAGE_CODE_PATTERN } from '#kiosk-config/village-code';

/**
 * Field definitions shared by every replicated document type (DESIGN.md §4–5).
 *
 * These conventions are a contract with the county side: CouchDB's `validate_doc_update`
 * (sync/couchdb) checks the same things, so change them only together with it.
 * - `id` is the RxDB primary key and becomes CouchDB's `_id` on the wire.
 * - `type` names the document type; `village` (all but policies) decides tenancy;
 *   `kioskId` names the kiosk that wrote a kiosk-owned document.
 * - Timestamps are ISO-8601 strings and informational only: kiosk clocks are often wrong,
 *   so nothing identifies or orders replicated data by them.
 *
 * Every string has a maxLength (RxDB needs it on indexed fields, and it bounds what an
 * untrusted server document can make the UI render). Formats are expressed as `pattern`,
 * never as JSON-schema `format`: patterns work unchanged in CouchDB's JavaScript validator
 * and in the precompiled validators (document-validators.generated.ts) without a format library.
 */

/**
 * A document id: 1–64 characters, letters, digits and `._:-`, not starting with `_`
 * (CouchDB reserves `_design/`, `_local/`; a pulled design document is thereby rejected).
 * Client UUIDs, kiosk ids and the county's policy ids all fit.
 */
export const ID_PATTERN = '^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$';
export const ID_MAX_LENGTH = 64;

/** The one village-code rule (kiosk-config/village-code.ts): it becomes part of CouchDB database names. */
export const VILLAGE_PATTERN = VILLAGE_CODE_PATTERN.source;

/** `2024-05-01T08:30:00Z`, `2024-05-01T08:30:00.123+08:00`. */
export const ISO_TIMESTAMP_PATTERN =
  '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?(Z|[+-][0-9]{2}:[0-9]{2})$';

/** A calendar date, optionally with a time: `2025-01-01` or a full ISO timestamp. */
export const ISO_DATE_PATTERN =
  '^[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?(Z|[+-][0-9]{2}:[0-9]{2}))?$';

/** Blobs are named by the lowercase hex SHA-256 of their bytes (DESIGN.md §4). */
export const SHA256_PATTERN = '^[0-9a-f]{64}$';

/** `image/jpeg`, `audio/webm;codecs=opus`. */
export const MIME_PATTERN = '^[a-zA-Z]+/[a-zA-Z0-9.+_-]+( ?;.*)?$';

export const idField = { type: 'string', maxLength: ID_MAX_LENGTH, pattern: ID_PATTERN } as const;

export const villageField = { type: 'string', maxLength: VILLAGE_CODE_MAX_LENGTH, pattern: VILLAGE_PATTERN } as const;

/** Kiosk ids are document ids too: a heartbeat's id is its kiosk's id. */
export const kioskIdField = { type: 'string', maxLength: ID_MAX_LENGTH, pattern: ID_PATTERN } as const;

/** 35 = the longest timestamp the pattern admits (nanoseconds and an offset). */
export const isoTimestampField = { type: 'string', maxLength: 35, pattern: ISO_TIMESTAMP_PATTERN } as const;

export const isoDateField = { type: 'string', maxLength: 35, pattern: ISO_DATE_PATTERN } as const;

export const sha256Field = { type: 'string', maxLength: 64, pattern: SHA256_PATTERN } as const;

export const mimeField = { type: 'string', maxLength: 100, pattern: MIME_PATTERN } as const;

/** Blob sizes: bounded so a corrupt document cannot claim an absurd download. */
export const byteCountField = { type: 'integer', minimum: 0, maximum: 500_000_000 } as const;

export const countField = { type: 'integer', minimum: 0, maximum: 1_000_000_000 } as const;

/** A text in both interface languages; Chinese is required, English falls back to Chinese. */
export function localizedTextField<const Max extends number>(maxLength: Max) {
  return {
    type: 'object',
    properties: {
      zh: { type: 'string', minLength: 1, maxLength },
      en: { type: 'string', minLength: 1, maxLength },
    },
    required: ['zh'],
    additionalProperties: false,
  } as const;
}
