import type { CouchDoc } from '../../couchdb/couch-client';
import { CliError, UsageError } from '../cli-errors';
import { optionalOption, type Command } from '../command';
import { isReportStatus, REPORT_STATUSES, withReply, withStatus } from '../report-updates';
import { findReport } from '../village-databases';

export const reportsReplyCommand: Command = {
  path: ['reports', 'reply'],
  usage: '--id ID --text "中文答复" [--en "English reply"] [--status S] [--village CODE]',
  summary: "write the county's reply to a report (shown on the kiosk), optionally with a new status",
  options: { id: { type: 'string' }, text: { type: 'string' }, en: { type: 'string' }, status: { type: 'string' }, village: { type: 'string' } },
  needsCouch: true,
  async run(ctx, values) {
    const id = optionalOption(values, 'id');
    if (!id) throw new UsageError('missing --id');
    const zh = optionalOption(values, 'text');
    const en = optionalOption(values, 'en');
    if (!zh && !en) throw new UsageError('missing --text (the reply in Chinese; --en adds English)');
    const status = optionalOption(values, 'status');
    if (status && !isReportStatus(status)) throw new UsageError(`--status must be one of ${REPORT_STATUSES.join(', ')}`);

    const client = await ctx.connect();
    const { db } = await findReport(client, ctx.prefix, id, optionalOption(values, 'village'));
    const now = ctx.io.now();
    const reply = { ...(zh ? { zh } : {}), ...(en ? { en } : {}) };
    const { outcome } = await client.upsertDoc<CouchDoc>(db, id, (current) => {
      if (!current) return undefined;
      let next: CouchDoc = current;
      try {
        next = withReply(next, reply, now) ?? next;
      } catch (error) {
        throw new CliError((error as Error).message);
      }
      if (status && isReportStatus(status)) next = withStatus(next, status, now) ?? next;
      return next === current ? undefined : next;
    });
    ctx.io.out(outcome === 'unchanged' ? `Report ${id} already has this reply.` : `Report ${id} (${db}): reply saved.`);
  },
};
