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

/**
 * FROZEN: the report schema as shipped at version 0. Never edit it; it exists so the
 * migration to the current version is tested against the real old shape
 * (tests/unit/data/report-migration.test.ts) and so `ReportDocV0` types the migration input.
 * It differs from version 1 only in `phone` (now `contactPhone`) and in lacking
 * `coReporters` and `reopenRequests`.
 */
export const reportSchemaV0Literal = {
  title: 'report',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: idField,
    type: { type: 'string', enum: ['report'], maxLength: 16 },
    village: villageField,
    kioskId: kioskIdField,
    trackingCode: { type: 'string', maxLength: 8, pattern: '^[0-9]{8}$' },
    category: { type: 'string', maxLength: 32, pattern: '^[a-z][a-z0-9_-]{0,31}$' },
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
    group: { type: 'string', maxLength: 32, pattern: '^[a-z0-9][a-z0-9_-]{0,31}$' },
    landmark: { type: 'string', maxLength: 100 },
    phone: { type: 'string', maxLength: 24, pattern: '^[0-9+() -]{3,24}$' },
    anonymous: { type: 'boolean' },
    assisted: { type: 'boolean' },
    assistedByRole: { type: 'string', maxLength: 32 },
    status: { type: 'string', enum: ['submitted', 'received', 'in_progress', 'resolved', 'reopened'], maxLength: 16 },
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
        properties: {
          status: { type: 'string', enum: ['submitted', 'received', 'in_progress', 'resolved', 'reopened'], maxLength: 16 },
          at: isoTimestampField,
        },
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
    'status',
    'statusHistory',
    'createdAt',
  ],
  additionalProperties: false,
  indexes: ['trackingCode', ['category', 'group', 'createdAt'], ['status', 'createdAt']],
} as const;

/** The literal made mutable, as RxDB's type extraction expects (type-level `toTypedRxJsonSchema`). */
type ReportSchemaV0Typed = ReturnType<typeof toTypedRxJsonSchema<typeof reportSchemaV0Literal>>;
export type ReportDocV0 = ExtractDocumentTypeFromTypedRxJsonSchema<ReportSchemaV0Typed>;
export const reportSchemaV0: RxJsonSchema<ReportDocV0> = reportSchemaV0Literal;
