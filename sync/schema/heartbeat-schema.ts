import type { ExtractDocumentTypeFromTypedRxJsonSchema, toTypedRxJsonSchema, MigrationStrategies, RxJsonSchema } from 'rxdb';
import { countField, idField, isoTimestampField, kioskIdField, villageField } from './schema-fields';

/** The heartbeat keeps only the latest errors: it is overwritten, not appended to. */
export const HEARTBEAT_MAX_ERRORS = 10;

/** The alerts a heartbeat reports as shown (the most recent ones), so the county sees each alert's reach. */
export const HEARTBEAT_MAX_ALERTS = 30;

/**
 * A kiosk's health for the county's fleet view (DESIGN.md §1, §5). Kiosk-owned, flows up.
 * One document per kiosk (`id` = `kioskId`), overwritten in place, so the county database
 * holds one row per kiosk however long it runs. validate-document.ts checks `id === kioskId`,
 * which JSON schema cannot express.
 *
 * Version history: 1 adds `alertsShown` (optional): which emergency alerts this kiosk showed,
 * when, and when someone acknowledged them.
 */
export const heartbeatSchemaLiteral = {
  title: 'heartbeat',
  description: 'The latest health report of one kiosk',
  version: 1,
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
    alertsShown: {
      type: 'array',
      maxItems: HEARTBEAT_MAX_ALERTS,
      items: {
        type: 'object',
        properties: { id: idField, shownAt: isoTimestampField, acknowledgedAt: isoTimestampField },
        required: ['id', 'shownAt'],
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

/** Version 0 heartbeats are valid version 1 heartbeats (`alertsShown` is optional). */
export const heartbeatMigrationStrategies: MigrationStrategies = {
  1: (doc: HeartbeatDocType) => doc,
};
