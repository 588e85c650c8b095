import { readFileSync, writeFileSync } from 'node:fs';
import type { CouchDoc } from '../../couchdb/couch-client';
import { databaseNames } from '../../couchdb/database-names';
import { CliError } from '../cli-errors';
import { optionalOption, type Command } from '../command';
import { renderFleetHtml } from '../fleet/fleet-html';
import { fleetHealth, type FleetHealth } from '../fleet/fleet-status';
import { provisionedKiosks } from '../fleet/provisioned-kiosks';
import { formatTable, truncate } from '../text-table';
import { villagesToRead } from '../village-databases';

/** One kiosk's line in the fleet view, from its heartbeat (sync/schema/heartbeat-schema.ts). */
export interface FleetRow {
  kiosk: string;
  village: string;
  version: string;
  configVersion: string | null;
  /** The county configuration the kiosk refused, and why (the last good one stays in force). */
  configProblem: string | null;
  lastGoodSync: string | null;
  pending: { reports: number; scans: number; blobs: number } | null;
  quarantined: number | null;
  updateState: string | null;
  updateRefusal: string | null;
  freeDiskMb: number | null;
  devices: Record<string, string> | null;
  speechEngine: string | null;
  reportsToday: number | null;
  intervalMinutes: number | null;
  lastError: string | null;
  lastErrorAt: string | null;
  sentAt: string | null;
}

export interface FleetEntry {
  town: string;
  village: string;
  row: FleetRow;
  health: FleetHealth;
}

export const NO_TOWN = '未分乡镇';

export const fleetCommand: Command = {
  path: ['fleet'],
  usage: '[--village CODE] [--towns FILE] [--lost-after MINUTES] [--json] [--html FILE]',
  summary: 'every provisioned kiosk: 正常 / 需要关注 / 失联 (since when) with reasons, version, last good sync; --html writes a self-contained page',
  options: { village: { type: 'string' }, json: { type: 'boolean' }, html: { type: 'string' }, towns: { type: 'string' }, 'lost-after': { type: 'string' } },
  needsCouch: true,
  async run(ctx, values) {
    const client = await ctx.connect();
    const towns = readTowns(optionalOption(values, 'towns'));
    const lostAfter = optionalOption(values, 'lost-after');
    const lostAfterMinutes = lostAfter === undefined ? undefined : Number(lostAfter);
    if (lostAfterMinutes !== undefined && !(lostAfterMinutes > 0)) throw new CliError(`--lost-after ${lostAfter}: minutes, a positive number`);
    const villages = await villagesToRead(client, ctx.prefix, 'heartbeats', optionalOption(values, 'village'));
    const heartbeats: { village: string; doc: CouchDoc }[] = [];
    for (const village of villages) {
      for (const doc of await client.listDocs<CouchDoc>(databaseNames(village, ctx.prefix).heartbeats)) heartbeats.push({ village, doc });
    }
    const now = ctx.io.now();
    const entries = buildFleetEntries({ heartbeats, provisioned: await provisionedKiosks(client, villages), towns, now, ...(lostAfterMinutes ? { lostAfterMinutes } : {}) });

    const htmlFile = optionalOption(values, 'html');
    if (htmlFile !== undefined) {
      writeFileSync(htmlFile, renderFleetHtml(entries, now));
      ctx.io.out(`Wrote ${htmlFile} (${entries.length} kiosk(s)).`);
    }
    if (values.json === true) {
      ctx.io.out(JSON.stringify(entries.map(({ town, row, health }) => ({ ...row, town, state: health.state, status: health.word, reasons: health.reasons, lostSince: health.lostSince })), null, 2));
      return;
    }
    if (htmlFile !== undefined) return;
    if (entries.length === 0) {
      ctx.io.out('No kiosks provisioned and no heartbeats yet.');
      return;
    }
    const table = formatTable(
      ['kiosk', 'town', 'village', 'status', 'version', 'last good sync', 'pending r/s/b', 'update', 'reasons'],
      entries.map(({ town, row, health }) => [
        row.kiosk,
        town,
        row.village,
        health.lostSince ? `${health.word} since ${health.lostSince}` : health.word,
        row.version,
        row.lastGoodSync ?? 'never',
        row.pending ? `${row.pending.reports}/${row.pending.scans}/${row.pending.blobs}` : '?',
        row.updateState ?? '?',
        truncate(health.reasons.join('; '), 80),
      ]),
    );
    for (const line of table) ctx.io.out(line);
    ctx.io.out(`${entries.length} kiosk(s). Times are the kiosks' own clocks.`);
  },
};

/**
 * Every provisioned kiosk once (a kiosk that never reported is listed as 失联 since never) plus
 * any kiosk that reports without being in `_users` (e.g. the CLI is not a server admin), each
 * with its status word and reasons, sorted by town, village and kiosk.
 */
export function buildFleetEntries(input: {
  heartbeats: readonly { village: string; doc: CouchDoc }[];
  provisioned: readonly { village: string; kioskId: string }[];
  towns: Readonly<Record<string, string>>;
  now: Date;
  lostAfterMinutes?: number;
}): FleetEntry[] {
  const rows = new Map<string, FleetRow>();
  for (const { village, doc } of input.heartbeats) {
    if (doc.type !== 'heartbeat') continue;
    const row = fleetRow(village, doc);
    rows.set(`${village}/${row.kiosk}`, row);
  }
  for (const { village, kioskId } of input.provisioned) {
    if (!rows.has(`${village}/${kioskId}`)) rows.set(`${village}/${kioskId}`, fleetRow(village, { _id: kioskId, kioskId }));
  }
  const options = { now: input.now, ...(input.lostAfterMinutes ? { lostAfterMinutes: input.lostAfterMinutes } : {}) };
  return [...rows.values()]
    .map((row) => ({ town: input.towns[row.village] ?? NO_TOWN, village: row.village, row, health: fleetHealth(row, options) }))
    .sort((a, b) => a.town.localeCompare(b.town, 'zh-CN') || a.village.localeCompare(b.village) || a.row.kiosk.localeCompare(b.row.kiosk));
}

/** `--towns FILE`: JSON `{ "<village code>": "<town name>" }` for the overview by town. */
function readTowns(file: string | undefined): Record<string, string> {
  if (file === undefined) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new CliError(`${file}: not a readable JSON file (${(error as Error).message})`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed) || !Object.values(parsed).every((v) => typeof v === 'string')) {
    throw new CliError(`${file}: expected an object of village code → town name`);
  }
  return parsed as Record<string, string>;
}

/** Tolerant of old or partial heartbeats: a missing field shows as unknown, never crashes the view. */
export function fleetRow(village: string, doc: CouchDoc): FleetRow {
  const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : null);
  const count = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : null);
  const pending = doc.pending as Record<string, unknown> | undefined;
  const errors = Array.isArray(doc.lastErrors) ? (doc.lastErrors as { at?: unknown; message?: unknown }[]) : [];
  const latest = [...errors].sort((a, b) => (text(b.at) ?? '').localeCompare(text(a.at) ?? ''))[0];
  const update = (doc.updateDetail ?? {}) as Record<string, unknown>;
  const devices = doc.devices && typeof doc.devices === 'object' && !Array.isArray(doc.devices) ? (doc.devices as Record<string, unknown>) : null;
  return {
    kiosk: text(doc.kioskId) ?? doc._id,
    village,
    version: text(doc.appVersion) ?? '?',
    configVersion: text(doc.configVersion),
    configProblem: text(doc.configProblem),
    lastGoodSync: text(doc.lastGoodSyncAt),
    pending:
      pending && typeof pending === 'object'
        ? { reports: count(pending.reports) ?? 0, scans: count(pending.scans) ?? 0, blobs: count(pending.blobs) ?? 0 }
        : null,
    quarantined: count(doc.quarantined),
    updateState: text(doc.updateState),
    updateRefusal: text(update.refusal),
    freeDiskMb: count(doc.freeDiskMb),
    devices: devices ? Object.fromEntries(Object.entries(devices).flatMap(([k, v]) => (typeof v === 'string' ? [[k, v]] : []))) : null,
    speechEngine: text(doc.speechEngine),
    reportsToday: count(doc.reportsToday),
    intervalMinutes: count(doc.intervalMinutes),
    lastError: latest ? `${text(latest.at) ?? ''} ${text(latest.message) ?? ''}`.trim() : null,
    lastErrorAt: latest ? text(latest.at) : null,
    sentAt: text(doc.sentAt),
  };
}
