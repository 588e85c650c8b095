import type { ExtractDocumentTypeFromTypedRxJsonSchema, toTypedRxJsonSchema, RxJsonSchema } from 'rxdb';
import { countField, idField, isoTimestampField, kioskIdField, villageField } from './schema-fields';

/** The heartbeat keeps only the latest errors: it is overwritten, not appended to. */
export const HEARTBEAT_MAX_ERRORS = 10;

/**
 * A kiosk's health for the county's fleet view (DESIGN.md §1, §5). Kiosk-owned, flows up.
 * One document per kiosk (`id` = `kioskId`), overwritten in place, so the county database
 * holds one row per kiosk however long it runs. validate-document.ts checks `id === kioskId`,
 * which JSON schema cannot express.
 */
export const heartbeatSchemaLiteral = {
  title: 'heartbeat',
  description: 'The latest health report of one kiosk',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: idField,
    type: { type: 'string', enum: ['heartbeat'], maxLength: 16 },
    village: villageField,
    kioskId: kioskIdField,
    appVersion: { type: 'string', minLength: 1, maxLength: 64 },
    lastGoodSyncAt: isoTimestampField,
    pending: {
      type: 'object',
      properties: { reports: countField, scans: countField, blobs: countField },
      required: ['reports', 'scans', 'blobs'],
      additionalProperties: false,
    },
    /** Documents the server rejected and that were set aside for the clerk. */
    quarantined: countField,
    /** The updater's state, e.g. "idle", "downloading", "ready", "error". */
    updateState: { type: 'string', minLength: 1, maxLength: 64 },
    lastErrors: {
      type: 'array',
      maxItems: HEARTBEAT_MAX_ERRORS,
      items: {
        type: 'object',
        properties: { at: isoTimestampField, message: { type: 'string', maxLength: 500 } },
        required: ['at', 'message'],
        additionalProperties: false,
      },
    },
    sentAt: isoTimestampField,
  },
  required: ['id', 'type', 'village', 'kioskId', 'appVersion', 'pending', 'quarantined', 'updateState', 'lastErrors', 'sentAt'],
  additionalProperties: false,
} as const;

/** The literal made mutable, as RxDB's type extraction expects (type-level `toTypedRxJsonSchema`). */
type HeartbeatSchemaTyped = ReturnType<typeof toTypedRxJsonSchema<typeof heartbeatSchemaLiteral>>;
export type HeartbeatDocType = ExtractDocumentTypeFromTypedRxJsonSchema<HeartbeatSchemaTyped>;
export const heartbeatSchema: RxJsonSchema<HeartbeatDocType> = heartbeatSchemaLiteral;
