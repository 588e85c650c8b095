import type { ExtractDocumentTypeFromTypedRxJsonSchema, toTypedRxJsonSchema, RxJsonSchema } from 'rxdb';
import { idField, isoTimestampField, localizedTextField } from './schema-fields';

/**
 * An emergency alert (flood, fire, epidemic, road closure) issued by the county (DESIGN.md §4):
 * county-owned, flows down only, from one county-wide database that every kiosk reads; each
 * kiosk shows the alerts addressed to its village or to all villages ("*") until they are
 * acknowledged on that kiosk or expire.
 *
 * Signed by the county (DESIGN.md §5): the kiosk shows an alert only after its host verified
 * the signature with the enrollment's public key (host channel `alerts.verify`).
 *
 * `severity` is a plain string on purpose: a county tool newer than the kiosk may send a level
 * the kiosk does not know, and that alert must still be shown, as the highest level
 * (renderer/src/features/alerts/alert-severity.ts), not set aside as malformed.
 */
export const KNOWN_ALERT_SEVERITIES = ['info', 'warning', 'danger'] as const;
export const ALL_VILLAGES = '*';

export const alertSchemaLiteral = {
  title: 'alert',
  description: 'An emergency alert from the county to some or all villages',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: idField,
    type: { type: 'string', enum: ['alert'], maxLength: 16 },
    /** Village codes, or ["*"] for every village. */
    villages: { type: 'array', minItems: 1, maxItems: 500, items: { type: 'string', minLength: 1, maxLength: 40 } },
    severity: { type: 'string', minLength: 1, maxLength: 32 },
    text: localizedTextField(1_000),
    issuedAt: isoTimestampField,
    expiresAt: isoTimestampField,
    /** The county's Ed25519 signature (sync/signing/alert-signature.node.ts); the host verifies it before the kiosk shows the alert. */
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
  required: ['id', 'type', 'villages', 'severity', 'text', 'issuedAt', 'expiresAt'],
  additionalProperties: false,
} as const;

type AlertSchemaTyped = ReturnType<typeof toTypedRxJsonSchema<typeof alertSchemaLiteral>>;
export type AlertDocType = ExtractDocumentTypeFromTypedRxJsonSchema<AlertSchemaTyped>;
export const alertSchema: RxJsonSchema<AlertDocType> = alertSchemaLiteral;
