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
 * A document a clerk scanned or imported (DESIGN.md §4, §6). Kiosk-owned, flows up only.
 * Page images are blobs named by SHA-256 and travel separately; the OCR text is kept per
 * page with tesseract's mean confidence (0–100) so low-confidence pages can be flagged.
 */
export const scanSchemaLiteral = {
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
type ScanSchemaTyped = ReturnType<typeof toTypedRxJsonSchema<typeof scanSchemaLiteral>>;
export type ScanDocType = ExtractDocumentTypeFromTypedRxJsonSchema<ScanSchemaTyped>;
export type ScanPage = ScanDocType['pages'][number];
export const scanSchema: RxJsonSchema<ScanDocType> = scanSchemaLiteral;
