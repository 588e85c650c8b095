import type { CouchDoc } from '../../couchdb/couch-client';
import { databaseNames } from '../../couchdb/database-names';
import { optionalOption, type Command } from '../command';
import { formatTable, truncate } from '../text-table';
import { villagesToRead } from '../village-databases';

/** One kiosk's line in the fleet view, from its heartbeat (sync/schema/heartbeat-schema.ts). */
export interface FleetRow {
  kiosk: string;
  village: string;
  version: string;
  lastGoodSync: string | null;
  pending: { reports: number; scans: number; blobs: number } | null;
  quarantined: number | null;
  updateState: string | null;
  lastError: string | null;
  sentAt: string | null;
}

export const fleetCommand: Command = {
  path: ['fleet'],
  usage: '[--village CODE] [--json]',
  summary: "every kiosk's latest heartbeat: version, last good sync, pending, quarantined, last error",
  options: { village: { type: 'string' }, json: { type: 'boolean' } },
  needsCouch: true,
  async run(ctx, values) {
    const client = await ctx.connect();
    const rows: FleetRow[] = [];
    for (const village of await villagesToRead(client, ctx.prefix, 'heartbeats', optionalOption(values, 'village'))) {
      for (const doc of await client.listDocs<CouchDoc>(databaseNames(village, ctx.prefix).heartbeats)) {
        if (doc.type === 'heartbeat') rows.push(fleetRow(village, doc));
      }
    }
    rows.sort((a, b) => a.village.localeCompare(b.village) || a.kiosk.localeCompare(b.kiosk));
    if (values.json === true) {
      ctx.io.out(JSON.stringify(rows, null, 2));
      return;
    }
    if (rows.length === 0) {
      ctx.io.out('No heartbeats yet.');
      return;
    }
    const table = formatTable(
      ['kiosk', 'village', 'version', 'last good sync', 'pending r/s/b', 'quarantined', 'update', 'last error'],
      rows.map((row) => [
        row.kiosk,
        row.village,
        row.version,
        row.lastGoodSync ?? 'never',
        row.pending ? `${row.pending.reports}/${row.pending.scans}/${row.pending.blobs}` : '?',
        row.quarantined === null ? '?' : String(row.quarantined),
        row.updateState ?? '?',
        truncate(row.lastError ?? '', 50),
      ]),
    );
    for (const line of table) ctx.io.out(line);
    ctx.io.out(`${rows.length} kiosk(s). Times are the kiosks' own clocks.`);
  },
};

/** Tolerant of old or partial heartbeats: a missing field shows as unknown, never crashes the view. */
export function fleetRow(village: string, doc: CouchDoc): FleetRow {
  const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : null);
  const count = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : null);
  const pending = doc.pending as Record<string, unknown> | undefined;
  const errors = Array.isArray(doc.lastErrors) ? (doc.lastErrors as { at?: unknown; message?: unknown }[]) : [];
  const latest = [...errors].sort((a, b) => (text(b.at) ?? '').localeCompare(text(a.at) ?? ''))[0];
  return {
    kiosk: text(doc.kioskId) ?? doc._id,
    village,
    version: text(doc.appVersion) ?? '?',
    lastGoodSync: text(doc.lastGoodSyncAt),
    pending:
      pending && typeof pending === 'object'
        ? { reports: count(pending.reports) ?? 0, scans: count(pending.scans) ?? 0, blobs: count(pending.blobs) ?? 0 }
        : null,
    quarantined: count(doc.quarantined),
    updateState: text(doc.updateState),
    lastError: latest ? `${text(latest.at) ?? ''} ${text(latest.message) ?? ''}`.trim() : null,
    sentAt: text(doc.sentAt),
  };
}
