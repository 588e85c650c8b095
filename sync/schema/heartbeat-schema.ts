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
 * when, and when someone acknowledged them. 2 (issue 14) adds what county IT needs to decide on
 * a visit without one: the interval and reports today (required), configuration version and
 * refusal, update detail, free disk, devices, speech engine. Every field is bounded so a
 * heartbeat stays small however the kiosk is doing.
 */
export const heartbeatSchemaLiteral = {
  title: 'heartbeat',
  description: 'The latest health report of one kiosk',
  version: 2,
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
    /** Minutes between heartbeats (configuration): the county calls a kiosk 失联 after three. */
    intervalMinutes: countField,
    /** Reports villagers saved today on this kiosk (kiosk clock). */
    reportsToday: countField,
    /** When the county configuration in force was signed, or "default"/"site". */
    configVersion: { type: 'string', maxLength: 64 },
    /** The reason the last county configuration was refused; absent when it applied. */
    configProblem: { type: 'string', maxLength: 300 },
    /** Detail of `updateState`: the version involved and why it was refused or rolled back. */
    updateDetail: {
      type: 'object',
      properties: { version: { type: 'string', maxLength: 64 }, refusal: { type: 'string', maxLength: 300 } },
      additionalProperties: false,
    },
    freeDiskMb: countField,
    devices: {
      type: 'object',
      properties: {
        printer: { type: 'string', enum: ['ok', 'missing', 'none'], maxLength: 8 },
        keypad: { type: 'string', enum: ['ok', 'missing', 'none'], maxLength: 8 },
        scanner: { type: 'string', enum: ['ok', 'missing', 'none'], maxLength: 8 },
      },
      additionalProperties: false,
    },
    speechEngine: { type: 'string', maxLength: 32 },
  },
  required: ['id', 'type', 'village', 'kioskId', 'appVersion', 'pending', 'quarantined', 'updateState', 'lastErrors', 'sentAt', 'intervalMinutes', 'reportsToday'],
  additionalProperties: false,
} as const;

/** The literal made mutable, as RxDB's type extraction expects (type-level `toTypedRxJsonSchema`). */
type HeartbeatSchemaTyped = ReturnType<typeof toTypedRxJsonSchema<typeof heartbeatSchemaLiteral>>;
export type HeartbeatDocType = ExtractDocumentTypeFromTypedRxJsonSchema<HeartbeatSchemaTyped>;
export const heartbeatSchema: RxJsonSchema<HeartbeatDocType> = heartbeatSchemaLiteral;

/** Version 1 as it was, for the migration test. */
export const heartbeatSchemaV1 = {
  ...heartbeatSchemaLiteral,
  version: 1,
  properties: (({ intervalMinutes: _i, reportsToday: _r, configVersion: _c, configProblem: _p, updateDetail: _u, freeDiskMb: _f, devices: _d, speechEngine: _s, ...rest }) => rest)(heartbeatSchemaLiteral.properties),
  required: heartbeatSchemaLiteral.required.filter((name) => name !== 'intervalMinutes' && name !== 'reportsToday'),
};

/**
 * 0 → 1: version 0 heartbeats are valid version 1 heartbeats (`alertsShown` is optional).
 * 1 → 2: a stored heartbeat is overwritten at the next interval anyway; until then it says the
 * old default interval (15 minutes) and no reports counted, never a made-up value for the rest.
 */
export const heartbeatMigrationStrategies: MigrationStrategies = {
  1: (doc: HeartbeatDocType) => doc,
  2: (oldDoc: Omit<HeartbeatDocType, 'intervalMinutes' | 'reportsToday'>) => ({ ...oldDoc, intervalMinutes: 15, reportsToday: 0 }),
};
