import type { Change } from '../couchdb/couch-client';
import type { CliIo } from './cli-context';

/** One line per step, then a summary, so a second run visibly says "nothing changed". */
export function printChanges(io: CliIo, changes: readonly Change[]): void {
  for (const change of changes) io.out(`  ${change.outcome.padEnd(9)} ${change.what}`);
  const changed = changes.filter((change) => change.outcome !== 'unchanged').length;
  io.out(changed === 0 ? 'Nothing changed: everything was already in place.' : `${changed} of ${changes.length} item(s) created or updated.`);
}
