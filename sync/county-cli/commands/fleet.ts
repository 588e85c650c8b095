import { readFileSync, writeFileSync } from 'node:fs';
import type { CouchDoc } from '../../couchdb/couch-client';
import { databaseNames } from '../../couchdb/database-names';
import { CliError } from '../cli-errors';
import { optionalOption, type Command } from '../command';
import { buildFleetEntries } from '../fleet/fleet-entries';
import { renderFleetHtml } from '../fleet/fleet-html';
import { provisionedKiosks } from '../fleet/provisioned-kiosks';
import { formatTable, truncate } from '../text-table';
import { villagesToRead } from '../village-databases';

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

export { buildFleetEntries } from '../fleet/fleet-entries';
export type { FleetEntry } from '../fleet/fleet-entries';
export { fleetRow, type FleetRow } from '../fleet/fleet-row';
