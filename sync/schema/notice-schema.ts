import type { ExtractDocumentTypeFromTypedRxJsonSchema, toTypedRxJsonSchema, RxJsonSchema } from 'rxdb';
import { byteCountField, idField, isoDateField, isoTimestampField, kioskIdField, localizedTextField, mimeField, sha256Field, villageField } from './schema-fields';

/**
 * A village notice (村务公开: finances, subsidy lists, meeting results), as on the notice board
 * (DESIGN.md §4). Written by the county or by a clerk at a kiosk of the village; flows both
 * ways through the village's notices database, so every kiosk of the village shows it.
 * Shown from `publishFrom` until `takeDownAt` (calendar days, China Standard Time). Page images
 * are blobs referenced by hash (DESIGN.md §4), never attachments.
 */
export const noticeSchemaLiteral = {
  title: 'notice',
  description: 'A public notice of one village',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: idField,
    type: { type: 'string', enum: ['notice'], maxLength: 16 },
    village: villageField,
    title: localizedTextField(200),
    /** Plain text (shown as text, never as HTML). */
    body: localizedTextField(20_000),
    images: {
      type: 'array',
      maxItems: 20,
      items: {
        type: 'object',
        properties: { sha256: sha256Field, mime: mimeField, bytes: byteCountField },
        required: ['sha256', 'mime', 'bytes'],
        additionalProperties: false,
      },
    },
    publishFrom: isoDateField,
    takeDownAt: isoDateField,
    /** Who wrote it: 'county', or 'clerk' with the kiosk's id. */
    author: { type: 'string', enum: ['county', 'clerk'], maxLength: 16 },
    kioskId: kioskIdField,
    createdAt: isoTimestampField,
  },
  required: ['id', 'type', 'village', 'title', 'body', 'images', 'publishFrom', 'author', 'createdAt'],
  additionalProperties: false,
} as const;

type NoticeSchemaTyped = ReturnType<typeof toTypedRxJsonSchema<typeof noticeSchemaLiteral>>;
export type NoticeDocType = ExtractDocumentTypeFromTypedRxJsonSchema<NoticeSchemaTyped>;
export const noticeSchema: RxJsonSchema<NoticeDocType> = noticeSchemaLiteral;
