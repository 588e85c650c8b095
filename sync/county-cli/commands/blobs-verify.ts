import { databaseNames } from '../../couchdb/database-names';
import { removeBlob, verifyVillageBlobs } from '../blobs/verify-blobs';
import { CliError } from '../cli-errors';
import { optionalOption, type Command } from '../command';
import { villagesToRead } from '../village-databases';

export const blobsVerifyCommand: Command = {
  path: ['blobs', 'verify'],
  usage: '[--village CODE] [--remove] [--json]',
  summary: "re-hash every stored blob (photos, voice notes, scan pages) and report those whose bytes do not match their SHA-256 name; --remove deletes them so the kiosk re-sends",
  options: { village: { type: 'string' }, remove: { type: 'boolean' }, json: { type: 'boolean' } },
  needsCouch: true,
  async run(ctx, values) {
    const client = await ctx.connect();
    const results: { village: string; id: string; bytes: number; problem: string; removed: boolean }[] = [];
    let checked = 0;
    for (const village of await villagesToRead(client, ctx.prefix, 'blobs', optionalOption(values, 'village'))) {
      const db = databaseNames(village, ctx.prefix).blobs;
      for (const check of await verifyVillageBlobs(client, db)) {
        checked += 1;
        if (check.ok) continue;
        if (values.remove === true) await removeBlob(client, db, check.id);
        results.push({ village, id: check.id, bytes: check.bytes, problem: check.problem ?? 'mismatch', removed: values.remove === true });
      }
    }
    if (values.json === true) ctx.io.out(JSON.stringify({ checked, mismatches: results }, null, 2));
    else {
      for (const r of results) ctx.io.out(`${r.village}  ${r.id}  ${r.bytes} bytes  ${r.problem}${r.removed ? '  (removed: the kiosk will send it again)' : ''}`);
      ctx.io.out(`${checked} blob(s) checked, ${results.length} mismatch(es).`);
    }
    if (results.length > 0 && values.remove !== true) throw new CliError(`${results.length} blob(s) hold bytes that do not match their name: run again with --remove`);
  },
};
