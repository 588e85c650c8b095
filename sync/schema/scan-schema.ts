import type { ExtractDocumentTypeFromTypedRxJsonSchema, MigrationStrategies, RxJsonSchema, toTypedRxJsonSchema } from 'rxdb';
import { byteCountField, idField, isoTimestampField, kioskIdField, mimeField, sha256Field, villageField } from './schema-fields';
import type { ScanDocV0 } from './scan-schema-v0';
import { TRACKING_CODE_PATTERN } from './tracking-code';

const imageFields = {
  sha256: sha256Field,
  mime: mimeField,
  bytes: byteCountField,
  width: { type: 'integer', minimum: 1, maximum: 20000 },
  height: { type: 'integer', minimum: 1, maximum: 20000 },
} as const;

/**
 * A document a clerk scanned or imported (DESIGN.md §4, §6; issue 12). Kiosk-owned, flows up
 * only. Each page's image is a blob named by its SHA-256 (JPEG or WebP, long edge ≤ 2000 px,
 * byte size recorded) that travels separately; `processed` is the cropped, deskewed, contrast-
 * normalised image the engine read, kept beside the original. The OCR text is the clerk's
 * corrected text; `ocrConfidence` (0–100) is the engine's, and `engine` says which one read it.
 * Version 1 adds the document type, the optional links and per-page engine and processed image.
 */
export const scanSchemaLiteral = {
  title: 'scan',
  description: 'A multi-page document scanned by a clerk, with OCR text per page',
  version: 1,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: idField,
    type: { type: 'string', enum: ['scan'], maxLength: 16 },
    village: villageField,
    kioskId: kioskIdField,
    title: { type: 'string', minLength: 1, maxLength: 200 },
    /** One of the configuration's scan.documentTypes ids (or "other"). */
    docType: { type: 'string', minLength: 1, maxLength: 32 },
    /** Optional links: the report this document belongs to, the villager it concerns. */
    trackingCode: { type: 'string', maxLength: 8, pattern: TRACKING_CODE_PATTERN },
    villagerName: { type: 'string', minLength: 1, maxLength: 50 },
    pages: {
      type: 'array',
      minItems: 1,
      maxItems: 200,
      items: {
        type: 'object',
        properties: {
          ...imageFields,
          ocrText: { type: 'string', maxLength: 100_000 },
          ocrConfidence: { type: 'number', minimum: 0, maximum: 100 },
          /** Language data used, e.g. "chi_sim+eng". */
          lang: { type: 'string', maxLength: 32 },
          engine: { type: 'string', enum: ['paddle', 'tesseract'], maxLength: 16 },
          processed: { type: 'object', properties: imageFields, required: ['sha256', 'mime', 'bytes', 'width', 'height'], additionalProperties: false },
        },
        required: ['sha256', 'mime', 'bytes', 'width', 'height', 'ocrText', 'ocrConfidence', 'lang', 'engine'],
        additionalProperties: false,
      },
    },
    createdAt: isoTimestampField,
    /** Where the clerk filed it (a folder label of the village office). */
    filedUnder: { type: 'string', maxLength: 100 },
  },
  required: ['id', 'type', 'village', 'kioskId', 'title', 'docType', 'pages', 'createdAt'],
  additionalProperties: false,
  indexes: [
    // The clerk's list of scans, newest first (kiosk time: display order only).
    'createdAt',
  ],
} as const;

type ScanSchemaTyped = ReturnType<typeof toTypedRxJsonSchema<typeof scanSchemaLiteral>>;
export type ScanDocType = ExtractDocumentTypeFromTypedRxJsonSchema<ScanSchemaTyped>;
export type ScanPage = ScanDocType['pages'][number];
export const scanSchema: RxJsonSchema<ScanDocType> = scanSchemaLiteral;

/**
 * Version 0 → 1. Pure and total. Version-0 pages were read by tesseract (the only engine then);
 * the document type was not asked for, so it is "other".
 */
export function migrateScanV0ToV1(oldDoc: ScanDocV0): ScanDocType {
  return { ...oldDoc, docType: 'other', pages: oldDoc.pages.map((page) => ({ ...page, engine: 'tesseract' as const })) };
}

/** Keyed by the version a strategy migrates *to*. */
export const scanMigrationStrategies: MigrationStrategies = {
  1: (oldDoc: ScanDocV0) => migrateScanV0ToV1(oldDoc),
};
