/**
 * The village databases the county gathers into its gather database (sync/county-cli/gather).
 * Blobs stay in the village blobs database (referenced by hash; gathering them would double
 * the county's storage), and configuration is county-written with the same `_id` in every
 * village, so it would collide in one database.
 */
export const GATHERED_KINDS = ['reports', 'scans', 'heartbeats'] as const;
export type GatheredKind = (typeof GATHERED_KINDS)[number];
