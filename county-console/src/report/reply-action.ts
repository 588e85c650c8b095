import { withReply, withStatus, type ReportStatus } from '#sync/county-cli/report-updates';
import { CouchHttpError, docPath, type CouchApi } from '../couch/couch-api';
import type { ConsoleReport } from '../inbox/inbox-query';

/**
 * The county's answer to a report, in one action: reply (Chinese, optional English) and status,
 * written to the village's reports database (what the kiosk pulls), then an audit line in the
 * gather database naming the signed-in account (validate-gather.js checks the name is theirs).
 *
 * Never a silent overwrite. The write carries the revision the person read; when CouchDB says
 * the report changed meanwhile (409), the latest version decides:
 * - the county's fields changed (someone else answered): refused, with who and the new status;
 * - a villager asked to reopen and this answer resolves it: refused (read the request first);
 * - only the villager's append-only fields grew (a co-reporter, a rating): the answer is applied
 *   to the latest version and sent, and the person is told what was merged.
 */
export interface ReplyInput {
  zh: string;
  en?: string;
  status?: ReportStatus;
}

export type MergedChange = 'coReporters' | 'reopenRequests' | 'satisfaction' | 'other';

export type ReplyOutcome =
  | { kind: 'sent'; report: ConsoleReport; merged: MergedChange[]; auditError?: string }
  | { kind: 'unchanged'; report: ConsoleReport }
  | { kind: 'refused-answered'; report: ConsoleReport; by?: string }
  | { kind: 'refused-reopened'; report: ConsoleReport };

const COUNTY_FIELDS = ['status', 'countyReply', 'statusHistory'] as const;
const APPEND_ONLY = ['coReporters', 'reopenRequests', 'satisfaction'] as const;

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

export function countyFieldsChanged(before: ConsoleReport, after: ConsoleReport): boolean {
  return COUNTY_FIELDS.some((field) => !sameValue(before[field], after[field]));
}

export function villagerChanges(before: ConsoleReport, after: ConsoleReport): MergedChange[] {
  const changed: MergedChange[] = APPEND_ONLY.filter((field) => !sameValue(before[field], after[field]));
  return changed.length > 0 ? changed : ['other'];
}

/** The answered document, or undefined when it would change nothing. */
export function answered(report: ConsoleReport, input: ReplyInput, at: Date): ConsoleReport | undefined {
  let next = (withReply(report, { zh: input.zh, ...(input.en ? { en: input.en } : {}) }, at) ?? report) as ConsoleReport;
  if (input.status) next = (withStatus(next, input.status, at) ?? next) as ConsoleReport;
  return next === report ? undefined : next;
}

export async function sendReply(
  api: CouchApi,
  options: { reportsDb: string; gatherDb: string; report: ConsoleReport; input: ReplyInput; by: string; now?: () => Date; lastAnsweredBy?: string },
): Promise<ReplyOutcome> {
  const now = options.now ?? (() => new Date());
  const read = options.report;
  let base = read;
  const merged: MergedChange[] = [];
  for (let attempt = 0; attempt < 4; attempt++) {
    const at = now();
    const next = answered(base, options.input, at);
    if (!next) return { kind: 'unchanged', report: base };
    try {
      const { rev } = await api.request<{ rev: string }>('PUT', docPath(options.reportsDb, base._id), { body: next });
      const report = { ...next, _rev: rev };
      const auditError = await writeAudit(api, options.gatherDb, { report, input: options.input, by: options.by, at });
      return { kind: 'sent', report, merged, ...(auditError ? { auditError } : {}) };
    } catch (error) {
      if (!(error instanceof CouchHttpError && error.isConflict)) throw error;
    }
    const latest = await api.request<ConsoleReport>('GET', docPath(options.reportsDb, base._id));
    if (countyFieldsChanged(read, latest)) return { kind: 'refused-answered', report: latest };
    const newReopen = (latest.reopenRequests?.length ?? 0) > (read.reopenRequests?.length ?? 0);
    if (newReopen && options.input.status === 'resolved') return { kind: 'refused-reopened', report: latest };
    for (const change of villagerChanges(base, latest)) if (!merged.includes(change)) merged.push(change);
    base = latest;
  }
  throw new Error('the report kept changing while the reply was sent; try again');
}

async function writeAudit(
  api: CouchApi,
  gatherDb: string,
  line: { report: ConsoleReport; input: ReplyInput; by: string; at: Date },
): Promise<string | undefined> {
  const at = line.at.toISOString();
  const action = line.input.status ? 'reply+status' : 'reply';
  try {
    await api.request('PUT', docPath(gatherDb, `audit-${line.report._id}-${line.at.getTime()}`.slice(0, 200)), {
      body: {
        type: 'county_audit',
        by: line.by,
        at,
        reportId: line.report._id,
        village: line.report.village,
        action,
        ...(line.input.status ? { status: line.input.status } : {}),
      },
    });
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

export interface AuditLine {
  by: string;
  at: string;
  action: 'reply' | 'status' | 'reply+status';
  status?: ReportStatus;
}

export async function auditLines(api: CouchApi, gatherDb: string, reportId: string): Promise<AuditLine[]> {
  const { rows } = await api.request<{ rows: { doc?: AuditLine }[] }>('GET', `${encodeURIComponent(gatherDb)}/_design/console/_view/audit`, {
    query: { startkey: JSON.stringify([reportId]), endkey: JSON.stringify([reportId, {}]), include_docs: true },
  });
  return rows.flatMap((row) => (row.doc ? [row.doc] : []));
}
