import type { ExtractDocumentTypeFromTypedRxJsonSchema, toTypedRxJsonSchema, MigrationStrategies, RxJsonSchema } from 'rxdb';
import {
  byteCountField,
  idField,
  isoTimestampField,
  kioskIdField,
  mimeField,
  sha256Field,
  villageField,
} from './schema-fields';
import type { ReportDocV0 } from './report-schema-v0';
import type { ReportDocV1 } from './report-schema-v1';
import { TRACKING_CODE_PATTERN } from './tracking-code';

/**
 * A villager's report (DESIGN.md §4). Written by the kiosk, answered by the county; both sides
 * write the same document, so every field has one owner and the conflict handler
 * (sync/replication) merges by owner:
 * - kiosk-owned: everything the villager said and who helped (`REPORT_KIOSK_FIELDS`);
 * - county-owned: `status`, `countyReply`, `statusHistory` (`REPORT_COUNTY_FIELDS`).
 * The kiosk writes `status: 'submitted'` and an empty `statusHistory` once, at creation.
 *
 * Version history: 0 had `phone` and neither `coReporters` nor `reopenRequests`
 * (report-schema-v0.ts); 1 renamed `phone` to `contactPhone` and added both arrays
 * (report-schema-v1.ts); 2 added the villager's `satisfaction` with each resolution, the
 * resolution a reopen request answers (`reopenRequests[].resolution`), and the co-report link
 * (`duplicateOf`, `coReporters[].reportId`).
 *
 * Kiosk-owned and append-only (only ever grow, merged as a union, checked by the county's
 * validate-village.js): `coReporters`, `reopenRequests`, `satisfaction`. `duplicateOf` is set
 * once, when the report is made.
 */

export const REPORT_STATUSES = ['submitted', 'received', 'in_progress', 'resolved', 'reopened'] as const;

/** 满意 / 基本满意 / 不满意: the villager's answer to a resolution (12345-style 回访). */
export const SATISFACTION_RATINGS = ['satisfied', 'basically', 'unsatisfied'] as const;

/** Which resolution an entry answers: 1 for the county's first 'resolved', 2 for the next, ... */
const resolutionField = { type: 'integer', minimum: 1, maximum: 1000 } as const;

/** Same rules as kiosk-config/schema.ts: categories and groups are ids from the kiosk's configuration. */
export const CATEGORY_ID_PATTERN = '^[a-z][a-z0-9_-]{0,31}$';
export const GROUP_ID_PATTERN = '^[a-z0-9][a-z0-9_-]{0,31}$';

const statusField = { type: 'string', enum: REPORT_STATUSES, maxLength: 16 } as const;

export const reportSchemaLiteral = {
  title: 'report',
  description: 'A problem reported at a village kiosk, with the county’s status and reply',
  version: 2,
  primaryKey: 'id',
  type: 'object',
  properties: {
    /** A client-generated UUID: unique without asking the server or the clock. */
    id: idField,
    type: { type: 'string', enum: ['report'], maxLength: 16 },
    village: villageField,
    kioskId: kioskIdField,
    /** Short code people read aloud and key in (tracking-code.ts); stored without spaces. */
    trackingCode: { type: 'string', maxLength: 8, pattern: TRACKING_CODE_PATTERN },
    category: { type: 'string', maxLength: 32, pattern: CATEGORY_ID_PATTERN },
    /** Quick-phrase texts the villager chose, as shown (the configuration may change later). */
    phrases: { type: 'array', maxItems: 12, items: { type: 'string', minLength: 1, maxLength: 200 } },
    text: { type: 'string', maxLength: 2000 },
    voiceNote: {
      type: 'object',
      properties: {
        sha256: sha256Field,
        mime: mimeField,
        bytes: byteCountField,
        seconds: { type: 'number', minimum: 0, maximum: 3600 },
      },
      required: ['sha256', 'mime', 'bytes', 'seconds'],
      additionalProperties: false,
    },
    photo: {
      type: 'object',
      properties: { sha256: sha256Field, mime: mimeField, bytes: byteCountField },
      required: ['sha256', 'mime', 'bytes'],
      additionalProperties: false,
    },
    group: { type: 'string', maxLength: 32, pattern: GROUP_ID_PATTERN },
    landmark: { type: 'string', maxLength: 100 },
    /** Shown masked; only clerks and the county see it in full. */
    contactPhone: { type: 'string', maxLength: 24, pattern: '^[0-9+() -]{3,24}$' },
    anonymous: { type: 'boolean' },
    assisted: { type: 'boolean' },
    assistedByRole: { type: 'string', maxLength: 32 },
    /** Other villagers who said "me too" on a kiosk: counted, never identified. */
    coReporters: {
      type: 'array',
      maxItems: 500,
      items: {
        type: 'object',
        /** `reportId`: the co-report this villager filed with their own content (duplicate hint). */
        properties: { addedAt: isoTimestampField, kioskId: kioskIdField, reportId: idField },
        required: ['addedAt', 'kioskId'],
        additionalProperties: false,
      },
    },
    /** Appended by the kiosk when a villager says a resolved problem is back; the county decides. */
    reopenRequests: {
      type: 'array',
      maxItems: 100,
      items: {
        type: 'object',
        /** `resolution`: the resolution this request answers, so pending is exact across kiosks. */
        properties: { at: isoTimestampField, kioskId: kioskIdField, resolution: resolutionField },
        required: ['at', 'kioskId'],
        additionalProperties: false,
      },
    },
    /** The villager's rating of a resolution, asked on the status screen once it is resolved. */
    satisfaction: {
      type: 'array',
      maxItems: 100,
      items: {
        type: 'object',
        properties: {
          rating: { type: 'string', enum: SATISFACTION_RATINGS, maxLength: 16 },
          resolution: resolutionField,
          at: isoTimestampField,
          kioskId: kioskIdField,
        },
        required: ['rating', 'resolution', 'at', 'kioskId'],
        additionalProperties: false,
      },
    },
    /** This report is a villager's own report of a problem already reported (the duplicate hint): that report's id. */
    duplicateOf: idField,
    status: statusField,
    countyReply: {
      type: 'object',
      properties: {
        zh: { type: 'string', minLength: 1, maxLength: 5000 },
        en: { type: 'string', minLength: 1, maxLength: 5000 },
        at: isoTimestampField,
      },
      required: ['at'],
      additionalProperties: false,
    },
    statusHistory: {
      type: 'array',
      maxItems: 200,
      items: {
        type: 'object',
        properties: { status: statusField, at: isoTimestampField },
        required: ['status', 'at'],
        additionalProperties: false,
      },
    },
    createdAt: isoTimestampField,
  },
  required: [
    'id',
    'type',
    'village',
    'kioskId',
    'trackingCode',
    'category',
    'phrases',
    'group',
    'anonymous',
    'assisted',
    'coReporters',
    'reopenRequests',
    'satisfaction',
    'status',
    'statusHistory',
    'createdAt',
  ],
  additionalProperties: false,
  indexes: [
    // "Check my report": lookup by the code on the receipt.
    'trackingCode',
    // Duplicate hint: "a neighbour in your group already reported this" (recent first).
    ['category', 'group', 'createdAt'],
    // Clerk's list of open reports.
    ['status', 'createdAt'],
  ],
} as const;

/** The literal made mutable, as RxDB's type extraction expects (type-level `toTypedRxJsonSchema`). */
type ReportSchemaTyped = ReturnType<typeof toTypedRxJsonSchema<typeof reportSchemaLiteral>>;
export type ReportDocType = ExtractDocumentTypeFromTypedRxJsonSchema<ReportSchemaTyped>;
export type ReportStatus = (typeof REPORT_STATUSES)[number];
export type SatisfactionRating = (typeof SATISFACTION_RATINGS)[number];
export const reportSchema: RxJsonSchema<ReportDocType> = reportSchemaLiteral;

/** Fields whose value the kiosk decides in a conflict; the county's edits to them are ignored. */
export const REPORT_KIOSK_FIELDS = [
  'village',
  'kioskId',
  'trackingCode',
  'category',
  'phrases',
  'text',
  'voiceNote',
  'photo',
  'group',
  'landmark',
  'contactPhone',
  'anonymous',
  'assisted',
  'assistedByRole',
  'coReporters',
  'reopenRequests',
  'satisfaction',
  'duplicateOf',
  'createdAt',
] as const satisfies readonly (keyof ReportDocType)[];

/** Fields whose value the county decides in a conflict. */
export const REPORT_COUNTY_FIELDS = ['status', 'countyReply', 'statusHistory'] as const satisfies readonly (keyof ReportDocType)[];

/**
 * Version 0 → 1. Pure and total: it is also usable on an old-shaped document pulled from a
 * server (a kiosk that was not updated yet may still push version-0 documents).
 * The RxDB meta fields (`_rev`, `_attachments`, ...) pass through untouched.
 */
export function migrateReportV0ToV1<T extends ReportDocV0>(oldDoc: T): Omit<T, 'phone'> & ReportV1Additions {
  const { phone, ...rest } = oldDoc;
  return {
    ...rest,
    ...(phone === undefined ? {} : { contactPhone: phone }),
    coReporters: [],
    reopenRequests: [],
  };
}

type ReportV1Additions = Pick<ReportDocType, 'coReporters' | 'reopenRequests'> & Partial<Pick<ReportDocType, 'contactPhone'>>;

/**
 * Version 1 → 2: every report gets an empty `satisfaction`. Earlier reopen requests keep their
 * shape: nobody recorded which resolution they answered, so report-progress.ts falls back to
 * counting for them. Pure and total, like the step before; meta fields pass through.
 */
export function migrateReportV1ToV2<T extends ReportDocV1>(oldDoc: T): T & Pick<ReportDocType, 'satisfaction'> {
  return { ...oldDoc, satisfaction: [] };
}

/** Keyed by the version a strategy migrates *to*. */
export const reportMigrationStrategies: MigrationStrategies = {
  1: (oldDoc: ReportDocV0) => migrateReportV0ToV1(oldDoc),
  2: (oldDoc: ReportDocV1) => migrateReportV1ToV2(oldDoc),
};
