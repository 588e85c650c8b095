import { readFileSync } from 'node:fs';
import { defaultKioskConfig } from '#kiosk-config/default-config';
import { formatConfigProblem, layerConfig } from '#kiosk-config/layer-config';
import { parseConfigText } from '#kiosk-config/parse-config-text';
import type { CouchDoc } from '../../couchdb/couch-client';
import { sameJson } from '../../couchdb/same-json';
import { signKioskConfig, verifyKioskConfig } from '#sync/signing/kiosk-config-signature.node';
import { assertVillageCode, databaseNames } from '../../couchdb/database-names';
import { validateDocument } from '../../schema/validate-document';
import { CliError, UsageError } from '../cli-errors';
import { readCountyKeyFile } from '../county-key-file';
import { requiredOption, type Command } from '../command';

/** The one configuration document of a village config database (brief of issue 3). */
export const KIOSK_CONFIG_DOC_ID = 'kiosk-config';

export const configPushCommand: Command = {
  path: ['config', 'push'],
  usage: '--village CODE --file FILE --county-key FILE',
  summary: "validate a configuration layer, sign it with the county key and publish it to the village's kiosks",
  options: { village: { type: 'string' }, file: { type: 'string' }, 'county-key': { type: 'string' } },
  needsCouch: true,
  async run(ctx, values) {
    const village = requiredOption(values, 'village');
    const file = requiredOption(values, 'file');
    try {
      assertVillageCode(village);
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    // Kiosks apply only what the county signed (DESIGN.md §5; sync/signing/): no key, no push.
    const key = readCountyKeyFile(requiredOption(values, 'county-key'));
    const raw = readLayer(file, village);

    const client = await ctx.connect();
    const db = databaseNames(village, ctx.prefix).config;
    const now = ctx.io.now();
    const { signature } = signKioskConfig(village, raw, key.privateKeyPem, now);
    const doc: CouchDoc = { _id: KIOSK_CONFIG_DOC_ID, type: 'kiosk_config', village, config: raw, updatedAt: now.toISOString(), signature };
    const envelope = validateDocument('kiosk_config', doc);
    if (!envelope.ok) throw new CliError(envelope.errors.map((error) => `${file}: ${error}`).join('\n'));
    // Pushing the same file again changes nothing: the document in place is kept when it holds
    // the same configuration with a signature this key made (updatedAt and signing time differ).
    const { outcome } = await client.upsertDoc<CouchDoc>(db, KIOSK_CONFIG_DOC_ID, (current) => {
      const inPlace = current as { village?: unknown; config?: unknown; signature?: unknown } | undefined;
      const same = inPlace && inPlace.village === village && sameJson(inPlace.config, raw) && verifyKioskConfig({ village, config: raw, signature: inPlace.signature }, key.publicKey).ok;
      return same ? undefined : doc;
    });
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
