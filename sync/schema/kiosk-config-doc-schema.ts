import type { ExtractDocumentTypeFromTypedRxJsonSchema, MigrationStrategies, toTypedRxJsonSchema, RxJsonSchema } from 'rxdb';
import { idField, isoTimestampField, villageField } from './schema-fields';

/**
 * The county-pushed configuration layer of a village's kiosks (DESIGN.md §7). County-owned,
 * flows down only. `config` is deliberately only "an object" here: it is validated against
 * kiosk-config/schema.ts when applied, where a bad layer is rejected with a clear message
 * and the last good configuration stays in force. Rejecting it here instead would hide the
 * document from that reporting path.
 *
 * `signature` (version 1) is the county's Ed25519 signature over village + config
 * (sync/signing/): the host applies no configuration without it. It is carried, never checked,
 * here: the renderer is only the courier from replication to the host.
 */
export const kioskConfigDocSchemaLiteral = {
  title: 'kiosk_config',
  description: 'The county-pushed configuration layer for a village’s kiosks',
  version: 1,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: idField,
    type: { type: 'string', enum: ['kiosk_config'], maxLength: 16 },
    village: villageField,
    config: { type: 'object', additionalProperties: true },
    updatedAt: isoTimestampField,
    signature: {
      type: 'object',
      properties: {
        alg: { type: 'string', maxLength: 16 },
        keyId: { type: 'string', maxLength: 64 },
        signedAt: { type: 'string', maxLength: 40 },
        value: { type: 'string', maxLength: 200 },
      },
      required: ['alg', 'keyId', 'signedAt', 'value'],
      additionalProperties: false,
    },
  },
  required: ['id', 'type', 'village', 'config', 'updatedAt'],
  additionalProperties: false,
} as const;

/** The literal made mutable, as RxDB's type extraction expects (type-level `toTypedRxJsonSchema`). */
type KioskConfigDocSchemaTyped = ReturnType<typeof toTypedRxJsonSchema<typeof kioskConfigDocSchemaLiteral>>;
export type KioskConfigDocType = ExtractDocumentTypeFromTypedRxJsonSchema<KioskConfigDocSchemaTyped>;
export const kioskConfigDocSchema: RxJsonSchema<KioskConfigDocType> = kioskConfigDocSchemaLiteral;

/** Version 0, before signatures: what a kiosk of the previous release stored (migration tests). */
export const kioskConfigDocSchemaV0: RxJsonSchema<Omit<KioskConfigDocType, 'signature'>> = {
  ...kioskConfigDocSchemaLiteral,
  version: 0,
  properties: (({ signature: _signature, ...rest }) => rest)(kioskConfigDocSchemaLiteral.properties),
};

/** Version 0 documents had no signature: kept as they are; the host refuses them until the county re-pushes a signed one. */
export const kioskConfigMigrationStrategies: MigrationStrategies = {
  1: (oldDoc: KioskConfigDocType) => oldDoc,
};
