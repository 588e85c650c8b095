import type { CouchDoc } from '../couchdb/couch-client';

/**
 * The county's edits of a report: only the county-owned fields (status, countyReply,
 * statusHistory), exactly what validate-village.js lets the county change. Pure: each returns
 * the new document, or undefined when it would change nothing (so commands are idempotent).
 * statusHistory entries are `{ status, at }` only: sync/schema/report-schema.ts allows no more.
 */

export const REPORT_STATUSES = ['submitted', 'received', 'in_progress', 'resolved', 'reopened'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export function isReportStatus(value: string): value is ReportStatus {
  return (REPORT_STATUSES as readonly string[]).includes(value);
}

/** sync/schema/report-schema.ts limits. */
const MAX_HISTORY = 200;
const MAX_REPLY = 5000;

export function withStatus(report: CouchDoc, status: ReportStatus, at: Date): CouchDoc | undefined {
  if (report.status === status) return undefined;
  const history = Array.isArray(report.statusHistory) ? (report.statusHistory as unknown[]) : [];
  return { ...report, status, statusHistory: [...history, { status, at: at.toISOString() }].slice(-MAX_HISTORY) };
}

export function withReply(report: CouchDoc, reply: { zh?: string; en?: string }, at: Date): CouchDoc | undefined {
  const zh = reply.zh?.trim();
  const en = reply.en?.trim();
  if (!zh && !en) throw new Error('a reply needs a text');
  for (const text of [zh, en]) {
    if (text && text.length > MAX_REPLY) throw new Error(`a reply is at most ${MAX_REPLY} characters`);
  }
  const current = report.countyReply as { zh?: string; en?: string } | undefined;
  if (current && current.zh === (zh || undefined) && current.en === (en || undefined)) return undefined;
  return { ...report, countyReply: { ...(zh ? { zh } : {}), ...(en ? { en } : {}), at: at.toISOString() } };
}
