import { json, viewPath, type CouchApi } from '../couch/couch-api';
import { townOf } from '../inbox/report-fields';

/**
 * The villages the county knows, grouped by town, for picking who receives a notice or an
 * alert: every village that has a report (the inbox view, grouped) or a kiosk heartbeat (the
 * fleet view). Two view reads, never a list of databases.
 */
export interface TownVillages {
  town: string;
  villages: string[];
}

export async function knownVillages(api: CouchApi, gatherDb: string): Promise<TownVillages[]> {
  const [reports, fleet] = await Promise.all([
    api.request<{ rows: { key: [string, string] }[] }>('GET', viewPath(gatherDb, 'console', 'inbox'), {
      query: { reduce: true, group_level: 2, startkey: json(['village']), endkey: json(['village', {}]) },
    }),
    api.request<{ rows: { key: [string, string] }[] }>('GET', viewPath(gatherDb, 'console', 'fleet')),
  ]);
  const villages = new Set([...reports.rows.map((row) => row.key[1]), ...fleet.rows.map((row) => row.key[0])]);
  const towns = new Map<string, string[]>();
  for (const village of [...villages].sort()) {
    const town = townOf(village);
    towns.set(town, [...(towns.get(town) ?? []), village]);
  }
  return [...towns.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([town, list]) => ({ town, villages: list }));
}
