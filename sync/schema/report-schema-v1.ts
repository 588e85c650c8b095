import type { ExtractDocumentTypeFromTypedRxJsonSchema, toTypedRxJsonSchema, RxJsonSchema } from 'rxdb';
import {
  byteCountField,
  idField,
  isoTimestampField,
  kioskIdField,
  mimeField,
  sha256Field,
  villageField,
} from './schema-fields';
import { TRACKING_CODE_PATTERN } from './tracking-code';

/**
 * FROZEN: the report schema as shipped at version 1. Never edit it; it exists so the
 * migration to the current version is tested against the real old shape
 * (report-migration.test.ts) and so `ReportDocV1` types the migration input.
 * Version 2 added `satisfaction`, `duplicateOf`, `reopenRequests[].resolution` and
 * `coReporters[].reportId`.
 */
const statusField = { type: 'string', enum: ['submitted', 'received', 'in_progress', 'resolved', 'reopened'], maxLength: 16 } as const;
const CATEGORY_ID_PATTERN = '^[a-z][a-z0-9_-]{0,31}$';
const GROUP_ID_PATTERN = '^[a-z0-9][a-z0-9_-]{0,31}$';

export const reportSchemaV1Literal = {
  title: 'report',
  description: 'A problem reported at a village kiosk, with the county’s status and reply',
  version: 1,
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
        properties: { addedAt: isoTimestampField, kioskId: kioskIdField },
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
        properties: { at: isoTimestampField, kioskId: kioskIdField },
        required: ['at', 'kioskId'],
        additionalProperties: false,
      },
    },
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

type ReportSchemaV1Typed = ReturnType<typeof toTypedRxJsonSchema<typeof reportSchemaV1Literal>>;
export type ReportDocV1 = ExtractDocumentTypeFromTypedRxJsonSchema<ReportSchemaV1Typed>;
export const reportSchemaV1: RxJsonSchema<ReportDocV1> = reportSchemaV1Literal;
