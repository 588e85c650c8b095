import type { CouchDoc } from '../../couchdb/couch-client';
import { databaseNames } from '../../couchdb/database-names';
import { UsageError } from '../cli-errors';
import { optionalOption, type Command } from '../command';
import { isReportStatus, REPORT_STATUSES } from '../report-updates';
import { formatTable, truncate } from '../text-table';
import { villagesToRead } from '../village-databases';

export const reportsListCommand: Command = {
  path: ['reports', 'list'],
  usage: '[--village CODE] [--status S] [--json]',
  summary: 'list reports, newest first (reads the village databases directly)',
  options: { village: { type: 'string' }, status: { type: 'string' }, json: { type: 'boolean' } },
  needsCouch: true,
  async run(ctx, values) {
    const status = optionalOption(values, 'status');
    if (status && !isReportStatus(status)) throw new UsageError(`--status must be one of ${REPORT_STATUSES.join(', ')}`);
    const client = await ctx.connect();
    const rows: { village: string; report: CouchDoc }[] = [];
    for (const village of await villagesToRead(client, ctx.prefix, 'reports', optionalOption(values, 'village'))) {
      for (const report of await client.listDocs<CouchDoc>(databaseNames(village, ctx.prefix).reports)) {
        if (!status || report.status === status) rows.push({ village, report });
      }
    }
    rows.sort((a, b) => field(b.report, 'createdAt').localeCompare(field(a.report, 'createdAt')));

    if (values.json === true) {
      ctx.io.out(JSON.stringify(rows.map((row) => row.report), null, 2));
      return;
    }
    if (rows.length === 0) {
      ctx.io.out('No reports.');
      return;
    }
    const table = formatTable(
      ['id', 'village', 'code', 'category', 'status', 'created (kiosk clock)', 'reply'],
      rows.map(({ village, report }) => [
        report._id,
        village,
        field(report, 'trackingCode'),
        field(report, 'category'),
        field(report, 'status'),
        field(report, 'createdAt'),
        truncate(replyText(report), 30),
      ]),
    );
    for (const line of table) ctx.io.out(line);
    ctx.io.out(`${rows.length} report(s).`);
  },
};

/** A text field for display; anything else (missing, malformed) shows as empty. */
function field(report: CouchDoc, name: string): string {
  const value = report[name];
  return typeof value === 'string' ? value : '';
}

function replyText(report: CouchDoc): string {
  const reply = report.countyReply as { zh?: string; en?: string } | undefined;
  return (reply?.zh ?? reply?.en ?? '').replace(/\s+/g, ' ');
}
