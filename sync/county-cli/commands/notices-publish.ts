import type { CouchDoc } from '../../couchdb/couch-client';
import { assertVillageCode, databaseNames } from '../../couchdb/database-names';
import { validateDocument } from '../../schema/validate-document';
import { CliError, UsageError } from '../cli-errors';
import { optionalOption, requiredOption, type Command } from '../command';

/**
 * Publishes a typed notice (村务公开) to one village's notices database, as the county; every
 * kiosk of the village shows it from `--from` (default today) until `--until`. Upserts by
 * `--id`, so re-running with the same id updates it instead of adding another.
 */
export const noticesPublishCommand: Command = {
  path: ['notices', 'publish'],
  usage: '--village CODE --title "标题" --body "正文" [--from YYYY-MM-DD] [--until YYYY-MM-DD] [--id ID]',
  summary: 'publish a notice to the kiosks of one village (upserts by --id)',
  options: { village: { type: 'string' }, title: { type: 'string' }, body: { type: 'string' }, from: { type: 'string' }, until: { type: 'string' }, id: { type: 'string' } },
  needsCouch: true,
  async run(ctx, values) {
    const village = requiredOption(values, 'village');
    try {
      assertVillageCode(village);
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    const now = ctx.io.now();
    const until = optionalOption(values, 'until');
    const draft = {
      id: optionalOption(values, 'id') ?? `notice-${now.toISOString().replace(/[-:.TZ]/g, '').slice(0, 14)}`,
      type: 'notice',
      village,
      title: { zh: requiredOption(values, 'title') },
      body: { zh: requiredOption(values, 'body') },
      images: [],
      publishFrom: optionalOption(values, 'from') ?? now.toISOString().slice(0, 10),
      ...(until ? { takeDownAt: until } : {}),
      author: 'county',
      createdAt: now.toISOString(),
    };
    const checked = validateDocument('notices', draft);
    if (!checked.ok) throw new CliError(`the notice is not valid: ${checked.errors.join('; ')}`);
    const client = await ctx.connect();
    const db = databaseNames(village, ctx.prefix).notices;
    const { id: _id, ...fields } = draft;
    const { outcome } = await client.upsertDoc<CouchDoc>(db, _id, (current) => ({ ...fields, createdAt: typeof current?.createdAt === 'string' ? current.createdAt : fields.createdAt, _id }), {
      ignore: (field) => field === 'createdAt',
    });
    ctx.io.out(`Notice ${_id} ${outcome} in ${db}.`);
  },
};
