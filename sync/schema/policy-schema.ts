import type { ExtractDocumentTypeFromTypedRxJsonSchema, toTypedRxJsonSchema, MigrationStrategies, RxJsonSchema } from 'rxdb';
import { idField, isoDateField, isoTimestampField, localizedTextField } from './schema-fields';

/**
 * A policy text published by the county (DESIGN.md §4). County-owned, flows down only, from
 * one county-wide database: so, unlike every other type, it carries no `village`.
 * The body is Markdown and is untrusted: it is rendered without raw HTML, and links are shown
 * only as QR codes (renderer/src/features/policies/policy-markdown.ts).
 *
 * Version history: 0 had no `summary`, `issuer` or `link`. 1 adds them, all optional, so a
 * policy the county published before still validates (the kiosk then derives the one-line
 * summary from the body); `policies import` always writes a summary.
 */

/** Official links become QR codes for the villager's phone: web addresses only, never `javascript:` or `data:`. */
export const POLICY_LINK_PATTERN = '^https?://[^\\s<>"]{1,1990}$';

/** Same rule as report categories: a short lowercase id; the kiosk names the ones it knows. */
export const POLICY_CATEGORY_PATTERN = '^[a-z0-9][a-z0-9_-]{0,31}$';

export const policySchemaLiteral = {
  title: 'policy',
  description: 'A policy text published by the county, in Chinese and optionally English',
  version: 1,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: idField,
    type: { type: 'string', enum: ['policy'], maxLength: 16 },
    title: localizedTextField(200),
    /** One or two sentences for the list; plain text. */
    summary: localizedTextField(500),
    body: localizedTextField(200_000),
    category: { type: 'string', maxLength: 32, pattern: POLICY_CATEGORY_PATTERN },
    /** The issuing office, e.g. 县医疗保障局. */
    issuer: localizedTextField(100),
    /** Free words (often Chinese) for search, e.g. "养老". */
    tags: { type: 'array', maxItems: 30, items: { type: 'string', minLength: 1, maxLength: 32 } },
    /** Calendar dates (`2025-01-01`), or full timestamps, in the county's time zone. */
    effectiveFrom: isoDateField,
    effectiveUntil: isoDateField,
    /** The official text on the web, shown as a QR code only (never opened on the kiosk). */
    link: { type: 'string', maxLength: 2000, pattern: POLICY_LINK_PATTERN },
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

/** Version 0 documents are valid version 1 documents: every new field is optional. */
export const policyMigrationStrategies: MigrationStrategies = {
  1: (doc: PolicyDocType) => doc,
};
