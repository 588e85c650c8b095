import { existsSync } from 'node:fs';
import type { CouchDoc, Outcome } from '../../couchdb/couch-client';
import { countyDatabaseNames } from '../../couchdb/database-names';
import { CliError, UsageError } from '../cli-errors';
import type { Command } from '../command';
import { listPolicyFiles, readPolicyFile } from '../policy-files';

export const policiesImportCommand: Command = {
  path: ['policies', 'import'],
  usage: 'FILE|DIR',
  positionals: ['FILE|DIR'],
  summary: 'publish policies from .json or .md (front matter) files; upserts by id, all or nothing',
  options: {},
  needsCouch: true,
  async run(ctx, _values, positionals) {
    const target = positionals[0];
    if (!target || positionals.length > 1) throw new UsageError('give one file or directory of policies');
    if (!existsSync(target)) throw new CliError(`${target}: no such file or directory`);
    const files = listPolicyFiles(target);
    if (files.length === 0) throw new CliError(`${target}: no .json or .md files`);

    const now = ctx.io.now();
    const results = files.map((file) => readPolicyFile(file, now));
    const problems = results.flatMap((result) => result.problems);
    const docs = results.flatMap((result) => result.docs);
    const seen = new Map<string, string>();
    for (const result of results) {
      for (const doc of result.docs) {
        const other = seen.get(doc._id);
        if (other) problems.push(`${result.file}: id "${doc._id}" is also used by ${other}`);
        seen.set(doc._id, result.file);
      }
    }
    // All or nothing: a half-imported set of policies is harder to reason about than none.
    if (problems.length > 0) {
      for (const problem of problems) ctx.io.err(problem);
      throw new CliError(`${problems.length} problem(s): nothing was imported`);
    }

    const client = await ctx.connect();
    const db = countyDatabaseNames(ctx.prefix).policies;
    const counts: Record<Outcome, number> = { created: 0, updated: 0, unchanged: 0 };
    for (const doc of docs) {
      // updatedAt is the import time: ignore it when deciding whether anything changed.
      const { outcome } = await client.upsertDoc<CouchDoc>(db, doc._id, () => doc, { ignore: (field) => field === 'updatedAt' });
      counts[outcome]++;
      ctx.io.out(`  ${outcome.padEnd(9)} ${doc._id}`);
    }
    ctx.io.out(`${docs.length} policies: ${counts.created} created, ${counts.updated} updated, ${counts.unchanged} unchanged.`);
  },
};
