import { z } from 'zod';

/**
 * The county fetch proxy (DESIGN.md §3, §5). The renderer's replication never sees the county
 * URL's credentials: it sends requests relative to the enrolled CouchDB and the host adds
 * authentication. Paths are confined to the kiosk's own databases by the host.
 *
 * Binary bodies travel base64 over the local transport only (IPC or the loopback socket); the
 * host sends raw bytes to CouchDB, so the rural uplink carries 1.0× the blob size.
 */
export const countyRequestBodySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('none') }).strict(),
  z.object({ kind: z.literal('json'), json: z.unknown() }).strict(),
  z.object({ kind: z.literal('base64'), data: z.string().max(64 * 1024 * 1024), contentType: z.string().max(100) }).strict(),
]);

export const countyRequestSchema = z
  .object({
    method: z.enum(['GET', 'HEAD', 'POST', 'PUT', 'DELETE']),
    /** Relative to the enrolled CouchDB root, e.g. "village-qingshan-reports/_bulk_docs". */
    path: z
      .string()
      .min(1)
      .max(2000)
      .refine((p) => !p.startsWith('/') && !p.split('/').includes('..') && !p.includes('://') && !p.includes('\\'), 'path must be relative to the county database root'),
    /** The host forwards only the parameters replication uses (county-request-policy.ts). */
    query: z
      .record(z.string().max(40), z.string().max(4000))
      .refine((q) => Object.keys(q).length <= 16, 'at most 16 query parameters')
      .optional(),
    body: countyRequestBodySchema.optional(),
    /** Per-request timeout; the host applies its own maximum. */
    timeoutMs: z.number().int().min(100).max(120_000).optional(),
  })
  .strict();

/**
 * The host's answer (electron/node/county/county-proxy.ts):
 * - any HTTP answer, errors included, comes back as is: CouchDB's status, its JSON as `json`,
 *   any other content type (attachments, HTML error pages) as `base64` with its content type,
 *   HEAD / 204 / empty bodies as `none`. Redirects are returned, never followed;
 * - no HTTP answer at all (offline, DNS, TLS, reset, timeout: default 30 s, at most 120 s)
 *   resolves `{ status: 0, body: { kind: 'none' } }`, never throws, so replication backs off;
 * - a request the host refuses (not enrolled; a path outside the kiosk's enrolled databases
 *   such as `_users`, `_all_dbs`, `_config`, another village, `_security`; a write to the
 *   read-only policies; a malformed body) rejects: a caller bug, not something to retry.
 */
export const countyResponseSchema = z
  .object({
    status: z.number().int(),
    body: countyRequestBodySchema,
  })
  .strict();

export const enrollmentStatusSchema = z
  .object({
    enrolled: z.boolean(),
    village: z.string().optional(),
    /** The village's human name from the enrollment file, when the county gave one. */
    villageName: z.object({ zh: z.string(), en: z.string().optional() }).strict().optional(),
    kioskId: z.string().optional(),
    /** The county CouchDB origin without credentials, for the clerk's screen. */
    countyOrigin: z.string().optional(),
    databases: z.record(z.string(), z.string()).optional(),
  })
  .strict();

export type CountyRequest = z.input<typeof countyRequestSchema>;
export type CountyResponse = z.output<typeof countyResponseSchema>;
export type CountyBody = z.output<typeof countyRequestBodySchema>;
export type EnrollmentStatus = z.output<typeof enrollmentStatusSchema>;
