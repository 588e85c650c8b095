import { json, viewPath, type CouchApi } from '../couch/couch-api';

/**
 * The month's figures (per town, village and category) from the figures view of the gather
 * database (console-figures-map.js): one key range per month, aggregated here because medians
 * cannot be reduced by CouchDB.
 *
 * Definitions (printed under the table, docs/decisions/county-console.md):
 * - received: reports made in the month (China time);
 * - resolved: of those, the ones whose status is now "resolved"; resolution rate = resolved / received;
 * - satisfaction rate: ratings "satisfied" or "basically satisfied" / reports rated (latest rating);
 * - median time to first answer / to resolution, in hours, over the reports that have one.
 */
export interface FigureRow {
  /** Town code, village code, category id, or '' for the whole county. */
  key: string;
  received: number;
  resolved: number;
  resolutionRate: number | null;
  rated: number;
  satisfied: number;
  satisfactionRate: number | null;
  medianFirstAnswerHours: number | null;
  medianResolutionHours: number | null;
}

export interface MonthFigures {
  month: string;
  total: FigureRow;
  byTown: FigureRow[];
  byVillage: FigureRow[];
  byCategory: FigureRow[];
}

/** [resolved 0/1, rating, ms to first answer, ms to resolution] */
export type FigureValue = [number, string | null, number | null, number | null];
export interface FigureViewRow {
  key: [string, string, string, string];
  value: FigureValue;
}

export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

export async function fetchMonthFigures(api: CouchApi, gatherDb: string, month: string): Promise<MonthFigures> {
  if (!MONTH_PATTERN.test(month)) throw new Error(`a month is written YYYY-MM, got ${JSON.stringify(month)}`);
  const { rows } = await api.request<{ rows: FigureViewRow[] }>('GET', viewPath(gatherDb, 'console', 'figures'), {
    query: { startkey: json([month]), endkey: json([month, {}]) },
  });
  return aggregateFigures(month, rows);
}

class Bucket {
  received = 0;
  resolved = 0;
  rated = 0;
  satisfied = 0;
  firstAnswers: number[] = [];
  resolutions: number[] = [];

  add([resolved, rating, firstAnswer, resolution]: FigureValue): void {
    this.received++;
    this.resolved += resolved;
    if (rating) {
      this.rated++;
      if (rating === 'satisfied' || rating === 'basically') this.satisfied++;
    }
    if (firstAnswer !== null) this.firstAnswers.push(firstAnswer);
    if (resolution !== null) this.resolutions.push(resolution);
  }

  row(key: string): FigureRow {
    return {
      key,
      received: this.received,
      resolved: this.resolved,
      resolutionRate: this.received === 0 ? null : this.resolved / this.received,
      rated: this.rated,
      satisfied: this.satisfied,
      satisfactionRate: this.rated === 0 ? null : this.satisfied / this.rated,
      medianFirstAnswerHours: hours(median(this.firstAnswers)),
      medianResolutionHours: hours(median(this.resolutions)),
    };
  }
}

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function hours(ms: number | null): number | null {
  return ms === null ? null : Math.round((ms / 3_600_000) * 10) / 10;
}

export function aggregateFigures(month: string, rows: readonly FigureViewRow[]): MonthFigures {
  const total = new Bucket();
  const groups = { town: new Map<string, Bucket>(), village: new Map<string, Bucket>(), category: new Map<string, Bucket>() };
  const into = (map: Map<string, Bucket>, key: string) => {
    let bucket = map.get(key);
    if (!bucket) map.set(key, (bucket = new Bucket()));
    return bucket;
  };
  for (const { key, value } of rows) {
    const [, town, village, category] = key;
    total.add(value);
    into(groups.town, town).add(value);
    into(groups.village, village).add(value);
    into(groups.category, category).add(value);
  }
  const list = (map: Map<string, Bucket>) => [...map.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([key, bucket]) => bucket.row(key));
  return { month, total: total.row(''), byTown: list(groups.town), byVillage: list(groups.village), byCategory: list(groups.category) };
}
