import type { CouchClient, CouchDoc } from '../couchdb/couch-client';
import { assertVillageCode, databaseNames, parseVillageDatabaseName, type VillageDatabaseKind } from '../couchdb/database-names';
import { CliError, UsageError } from './cli-errors';

/**
 * Which villages a command looks at: the one given with --village, or every provisioned
 * village (read from `_all_dbs`, which CouchDB 3 shows to server admins only).
 */
export async function villagesToRead(client: CouchClient, prefix: string, kind: VillageDatabaseKind, village?: string): Promise<string[]> {
  if (village) {
    try {
      assertVillageCode(village);
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    return [village];
  }
  const villages = (await client.allDbs()).flatMap((db) => {
    const parsed = parseVillageDatabaseName(db, prefix);
    return parsed?.kind === kind ? [parsed.village] : [];
  });
  return villages.sort();
}

/** Finds a report by id in the given village, or in every village. */
export async function findReport(
  client: CouchClient,
  prefix: string,
  id: string,
  village?: string,
): Promise<{ village: string; db: string; report: CouchDoc }> {
  for (const code of await villagesToRead(client, prefix, 'reports', village)) {
    const db = databaseNames(code, prefix).reports;
    const report = await client.getDoc<CouchDoc>(db, id);
    if (report) return { village: code, db, report };
  }
  throw new CliError(`no report with id ${id}${village ? ` in village ${village}` : ' in any village'}`);
}
