import type { ExtractDocumentTypeFromTypedRxJsonSchema, toTypedRxJsonSchema, RxJsonSchema } from 'rxdb';
import { idField, isoTimestampField, villageField } from './schema-fields';

/**
 * The county-pushed configuration layer of a village's kiosks (DESIGN.md §7). County-owned,
 * flows down only. `config` is deliberately only "an object" here: it is validated against
 * kiosk-config/schema.ts when applied, where a bad layer is rejected with a clear message
 * and the last good configuration stays in force. Rejecting it here instead would hide the
 * document from that reporting path.
 */
export const kioskConfigDocSchemaLiteral = {
  title: 'kiosk_config',
  description: 'The county-pushed configuration layer for a village’s kiosks',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: idField,
    type: { type: 'string', enum: ['kiosk_config'], maxLength: 16 },
    village: villageField,
    config: { type: 'object', additionalProperties: true },
    updatedAt: isoTimestampField,
  },
  required: ['id', 'type', 'village', 'config', 'updatedAt'],
  additionalProperties: false,
} as const;

/** The literal made mutable, as RxDB's type extraction expects (type-level `toTypedRxJsonSchema`). */
type KioskConfigDocSchemaTyped = ReturnType<typeof toTypedRxJsonSchema<typeof kioskConfigDocSchemaLiteral>>;
export type KioskConfigDocType = ExtractDocumentTypeFromTypedRxJsonSchema<KioskConfigDocSchemaTyped>;
export const kioskConfigDocSchema: RxJsonSchema<KioskConfigDocType> = kioskConfigDocSchemaLiteral;
