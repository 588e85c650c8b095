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
 * FROZEN: the scan schema as shipped at version 0. Never edit it; it exists so the migration to
 * the current version (scan-schema.ts) is tested against the real old shape and types its input.
 */
export const scanSchemaV0Literal = {
  title: 'scan',
  description: 'A multi-page document scanned by a clerk, with OCR text per page',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: idField,
    type: { type: 'string', enum: ['scan'], maxLength: 16 },
    village: villageField,
    kioskId: kioskIdField,
    title: { type: 'string', minLength: 1, maxLength: 200 },
    pages: {
      type: 'array',
      minItems: 1,
      maxItems: 200,
      items: {
        type: 'object',
        properties: {
          sha256: sha256Field,
          mime: mimeField,
          bytes: byteCountField,
          width: { type: 'integer', minimum: 1, maximum: 20000 },
          height: { type: 'integer', minimum: 1, maximum: 20000 },
          ocrText: { type: 'string', maxLength: 100_000 },
          ocrConfidence: { type: 'number', minimum: 0, maximum: 100 },
          /** tesseract language string used, e.g. "chi_sim+eng". */
          lang: { type: 'string', maxLength: 32 },
        },
        required: ['sha256', 'mime', 'bytes', 'width', 'height', 'ocrText', 'ocrConfidence', 'lang'],
        additionalProperties: false,
      },
    },
    createdAt: isoTimestampField,
    /** Where the clerk filed it (a folder label of the village office). */
    filedUnder: { type: 'string', maxLength: 100 },
  },
  required: ['id', 'type', 'village', 'kioskId', 'title', 'pages', 'createdAt'],
  additionalProperties: false,
  indexes: [
    // The clerk's list of scans, newest first (kiosk time: display order only).
    'createdAt',
  ],
} as const;

/** The literal made mutable, as RxDB's type extraction expects (type-level `toTypedRxJsonSchema`). */
type ScanSchemaV0Typed = ReturnType<typeof toTypedRxJsonSchema<typeof scanSchemaV0Literal>>;
export type ScanDocV0 = ExtractDocumentTypeFromTypedRxJsonSchema<ScanSchemaV0Typed>;
export const scanSchemaV0: RxJsonSchema<ScanDocV0> = scanSchemaV0Literal;
