import type { CouchDoc } from '../../couchdb/couch-client';
import { UsageError } from '../cli-errors';
import { optionalOption, requiredOption, type Command } from '../command';
import { isReportStatus, REPORT_STATUSES, withStatus } from '../report-updates';
import { findReport } from '../village-databases';

export const reportsSetStatusCommand: Command = {
  path: ['reports', 'set-status'],
  usage: '--id ID --status S [--village CODE]',
  summary: `set a report's status (${REPORT_STATUSES.join(', ')}) and record it in its history`,
  options: { id: { type: 'string' }, status: { type: 'string' }, village: { type: 'string' } },
  needsCouch: true,
  async run(ctx, values) {
    const id = requiredOption(values, 'id');
    const status = requiredOption(values, 'status');
    if (!isReportStatus(status)) throw new UsageError(`--status must be one of ${REPORT_STATUSES.join(', ')}`);
    const client = await ctx.connect();
    const { db } = await findReport(client, ctx.prefix, id, optionalOption(values, 'village'));
    const now = ctx.io.now();
    // Read-modify-write on the current revision: a kiosk edit in between is retried, not lost.
    const { outcome, doc } = await client.upsertDoc<CouchDoc>(db, id, (current) => (current ? withStatus(current, status, now) : undefined));
    ctx.io.out(outcome === 'unchanged' ? `Report ${id} already has status ${status}.` : `Report ${id} (${db}): status ${String(doc?.status)}.`);
  },
};
