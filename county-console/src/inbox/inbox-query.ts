import type { ReportDocType } from '#sync/schema/report-schema';
import { json, viewPath, type CouchApi } from '../couch/couch-api';
import type { SatisfactionFilter } from './report-fields';

/** A report as the console reads it from CouchDB (the kiosk's document plus CouchDB's fields). */
export type ConsoleReport = Partial<ReportDocType> & { _id: string; _rev?: string; village: string; createdAt: string };

export const STATUS_FILTERS = ['waiting', 'all', 'submitted', 'received', 'in_progress', 'resolved', 'reopened'] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];

export interface InboxFilters {
  town?: string;
  village?: string;
  category?: string;
  /** 'waiting' (default): everything not resolved, the county's work list. */
  status?: StatusFilter;
  satisfaction?: SatisfactionFilter;
  /** Only reports at least this many days old. */
  olderThanDays?: number;
}

/** Where the next page starts: the last row read (CouchDB's startkey + startkey_docid). */
export interface InboxCursor {
  key: unknown[];
  docid: string;
}

export interface InboxPage {
  reports: ConsoleReport[];
  /** Absent on the last page. */
  next?: InboxCursor;
  /** How many reports match in all, when that is one index lookup (a single filter); else undefined. */
  total?: number;
  /** Index rows read for this page (the benchmark reports it). */
  scanned: number;
}

type Dimension = 'all' | 'waiting' | 'town' | 'village' | 'category' | 'status' | 'satisfaction';
/** [village, category, status, satisfaction]: console-inbox-map.js's row value. */
type RowValue = [string, string, string, string];
interface ViewRow {
  id: string;
  key: [Dimension, string, string];
  value: RowValue;
}

export const INBOX_DESIGN = 'console';
export const INBOX_VIEW = 'inbox';

/**
 * The index range a query walks: the most selective filter given (a village has a few hundred
 * reports, a town a few thousand, a category a tenth of all), so the other filters rarely have to
 * skip many rows. Every range is in createdAt order: oldest first, whatever the filter.
 */
export function pickRange(filters: InboxFilters): { dimension: Dimension; value: string } {
  if (filters.village) return { dimension: 'village', value: filters.village };
  if (filters.town) return { dimension: 'town', value: filters.town };
  if (filters.satisfaction) return { dimension: 'satisfaction', value: filters.satisfaction };
  const status = filters.status ?? 'waiting';
  if (status !== 'waiting' && status !== 'all') return { dimension: 'status', value: status };
  if (filters.category) return { dimension: 'category', value: filters.category };
  return { dimension: status, value: '' };
}

/** The filters the range does not already apply, as a test of a row's value. */
export function residualFilter(filters: InboxFilters, dimension: Dimension): ((value: RowValue) => boolean) | undefined {
  const tests: ((value: RowValue) => boolean)[] = [];
  const status = filters.status ?? 'waiting';
  if (filters.village && dimension !== 'village') tests.push((v) => v[0] === filters.village);
  if (filters.town && dimension !== 'town' && dimension !== 'village') tests.push((v) => v[0].startsWith(filters.town!));
  if (filters.category && dimension !== 'category') tests.push((v) => v[1] === filters.category);
  if (status === 'waiting' && dimension !== 'waiting') tests.push((v) => v[2] !== 'resolved');
  else if (status !== 'waiting' && status !== 'all' && dimension !== 'status') tests.push((v) => v[2] === (status));
  if (filters.satisfaction && dimension !== 'satisfaction') tests.push((v) => v[3] === filters.satisfaction);
  return tests.length === 0 ? undefined : (value) => tests.every((test) => test(value));
}

/** Rows read per request while filling a filtered page, and the most read for one page. */
const SCAN_CHUNK = 250;
const MAX_SCAN = 5000;

/**
 * One page of the inbox from the gather database's inbox view: never a read of village
 * databases, never `skip` over earlier pages. A page with extra filters reads the range in
 * chunks until it has `pageSize` reports (or MAX_SCAN rows: then `next` continues the scan).
 */
export async function fetchInboxPage(
  api: CouchApi,
  gatherDb: string,
  filters: InboxFilters,
  options: { pageSize?: number; cursor?: InboxCursor; now?: Date } = {},
): Promise<InboxPage> {
  const pageSize = options.pageSize ?? 20;
  const { dimension, value } = pickRange(filters);
  const keep = residualFilter(filters, dimension);
  const upper =
    filters.olderThanDays !== undefined ? new Date((options.now ?? new Date()).getTime() - filters.olderThanDays * 86_400_000).toISOString() : '\ufff0';
  const endkey = [dimension, value, upper];
  const path = viewPath(gatherDb, INBOX_DESIGN, INBOX_VIEW);

  const matched: ViewRow[] = [];
  let cursor = options.cursor;
  let scanned = 0;
  let exhausted = false;
  let lastRead: ViewRow | undefined;
  while (matched.length <= pageSize && scanned < MAX_SCAN) {
    // One row more than a page: whether a next page exists is known without another request.
    const limit = keep ? SCAN_CHUNK : pageSize + 1;
    const query = {
      reduce: false,
      startkey: json(cursor ? cursor.key : [dimension, value, '']),
      ...(cursor ? { startkey_docid: cursor.docid, skip: 1 } : {}),
      endkey: json(endkey),
      limit,
    };
    const { rows } = await api.request<{ rows: ViewRow[] }>('GET', path, { query });
    scanned += rows.length;
    for (const row of rows) {
      lastRead = row;
      if (!keep || keep(row.value)) matched.push(row);
      if (matched.length > pageSize) break;
    }
    if (rows.length < limit) {
      exhausted = true;
      break;
    }
    if (lastRead) cursor = { key: lastRead.key, docid: lastRead.id };
    if (!keep) break;
  }
  const pageRows = matched.slice(0, pageSize);
  const hasMore = matched.length > pageSize || (!exhausted && matched.length <= pageSize && scanned >= MAX_SCAN);
  const last = matched.length > pageSize ? pageRows[pageRows.length - 1] : lastRead;
  const next = hasMore && last ? { key: last.key, docid: last.id } : undefined;

  const [reports, total] = await Promise.all([
    loadReports(api, gatherDb, pageRows.map((row) => row.id)),
    keep ? Promise.resolve(undefined) : countRange(api, path, [dimension, value, ''], endkey),
  ]);
  return { reports, ...(next ? { next } : {}), ...(total === undefined ? {} : { total }), scanned };
}

async function countRange(api: CouchApi, path: string, startkey: unknown[], endkey: unknown[]): Promise<number> {
  const { rows } = await api.request<{ rows: { value: number }[] }>('GET', path, { query: { reduce: true, startkey: json(startkey), endkey: json(endkey) } });
  return rows[0]?.value ?? 0;
}

async function loadReports(api: CouchApi, gatherDb: string, ids: string[]): Promise<ConsoleReport[]> {
  if (ids.length === 0) return [];
  const { rows } = await api.request<{ rows: { id: string; doc?: ConsoleReport }[] }>('POST', `${encodeURIComponent(gatherDb)}/_all_docs`, {
    query: { include_docs: true },
    body: { keys: ids },
  });
  return rows.flatMap((row) => (row.doc ? [row.doc] : []));
}
