import { readFileSync } from 'node:fs';
import { defaultKioskConfig } from '#kiosk-config/default-config';
import { formatConfigProblem, layerConfig } from '#kiosk-config/layer-config';
import { parseConfigText } from '#kiosk-config/parse-config-text';
import type { CouchDoc } from '../../couchdb/couch-client';
import { assertVillageCode, databaseNames } from '../../couchdb/database-names';
import { validateDocument } from '../../schema/validate-document';
import { CliError, UsageError } from '../cli-errors';
import { requiredOption, type Command } from '../command';

/** The one configuration document of a village config database (brief of issue 3). */
export const KIOSK_CONFIG_DOC_ID = 'kiosk-config';

export const configPushCommand: Command = {
  path: ['config', 'push'],
  usage: '--village CODE --file FILE',
  summary: "validate a configuration layer and publish it to the village's kiosks",
  options: { village: { type: 'string' }, file: { type: 'string' } },
  needsCouch: true,
  async run(ctx, values) {
    const village = requiredOption(values, 'village');
    const file = requiredOption(values, 'file');
    try {
      assertVillageCode(village);
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    const raw = readLayer(file, village);

    const client = await ctx.connect();
    const db = databaseNames(village, ctx.prefix).config;
    const doc: CouchDoc = { _id: KIOSK_CONFIG_DOC_ID, type: 'kiosk_config', village, config: raw, updatedAt: ctx.io.now().toISOString() };
    const envelope = validateDocument('kiosk_config', doc);
    if (!envelope.ok) throw new CliError(envelope.errors.map((error) => `${file}: ${error}`).join('\n'));
    // updatedAt is the push time: pushing the same file again changes nothing.
    const { outcome } = await client.upsertDoc<CouchDoc>(db, KIOSK_CONFIG_DOC_ID, () => doc, { ignore: (field) => field === 'updatedAt' });
    ctx.io.out(`${outcome === 'unchanged' ? 'Unchanged' : 'Published'}: ${file} → ${db}/${KIOSK_CONFIG_DOC_ID} (${outcome})`);
  },
};

/**
 * The county document is one layer over the kiosk's configuration (kiosk-config/README.md):
 * it may be partial. It is checked exactly as a kiosk will check it — merged over the last good
 * configuration (here the built-in default) and validated by kioskConfigSchema — so a push
 * that kiosks would reject is refused here, with the file, the field and the problem.
 */
function readLayer(file: string, village: string): Record<string, unknown> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new CliError(`${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  const parsed = parseConfigText(text, file, 'county');
  if (!parsed.ok) throw new CliError(formatConfigProblem(parsed.problem));
  const state = layerConfig(defaultKioskConfig, [{ layer: 'county', source: file, raw: parsed.raw }]);
  if (state.problems.length > 0) throw new CliError(state.problems.map(formatConfigProblem).join('\n'));
  const raw = parsed.raw as Record<string, unknown>;
  const code = (raw.village as { code?: unknown } | undefined)?.code;
  if (code !== undefined && code !== village) {
    throw new CliError(`${file} (county configuration) field "village.code": is ${JSON.stringify(code)}, but this push is for village "${village}"`);
  }
  return raw;
}
