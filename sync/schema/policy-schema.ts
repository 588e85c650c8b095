import type { ExtractDocumentTypeFromTypedRxJsonSchema, toTypedRxJsonSchema, RxJsonSchema } from 'rxdb';
import { idField, isoDateField, isoTimestampField, localizedTextField } from './schema-fields';

/**
 * A policy text published by the county (DESIGN.md §4). County-owned, flows down only, from
 * one county-wide database: so, unlike every other type, it carries no `village`.
 * The body is Markdown and is untrusted: it is rendered without raw HTML.
 */
export const policySchemaLiteral = {
  title: 'policy',
  description: 'A policy text published by the county, in Chinese and optionally English',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: idField,
    type: { type: 'string', enum: ['policy'], maxLength: 16 },
    title: localizedTextField(200),
    body: localizedTextField(200_000),
    category: { type: 'string', maxLength: 32, pattern: '^[a-z0-9][a-z0-9_-]{0,31}$' },
    /** Free words (often Chinese) for search, e.g. "养老". */
    tags: { type: 'array', maxItems: 30, items: { type: 'string', minLength: 1, maxLength: 32 } },
    /** Calendar dates (`2025-01-01`), or full timestamps, in the county's time zone. */
    effectiveFrom: isoDateField,
    effectiveUntil: isoDateField,
    /** Written by the county server, so it is a usable "newest first" order for display. */
    updatedAt: isoTimestampField,
  },
  required: ['id', 'type', 'title', 'body', 'category', 'tags', 'updatedAt'],
  additionalProperties: false,
  indexes: [['category', 'updatedAt']],
} as const;

/** The literal made mutable, as RxDB's type extraction expects (type-level `toTypedRxJsonSchema`). */
type PolicySchemaTyped = ReturnType<typeof toTypedRxJsonSchema<typeof policySchemaLiteral>>;
export type PolicyDocType = ExtractDocumentTypeFromTypedRxJsonSchema<PolicySchemaTyped>;
export const policySchema: RxJsonSchema<PolicyDocType> = policySchemaLiteral;
