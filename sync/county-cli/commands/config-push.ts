import { readFileSync } from 'node:fs';
import diff from 'microdiff';
import { defaultKioskConfig } from '#kiosk-config/default-config';
import { formatConfigProblem, layerConfig } from '#kiosk-config/layer-config';
import { parseConfigText } from '#kiosk-config/parse-config-text';
import type { CouchDoc } from '../../couchdb/couch-client';
import { sameJson } from '../../couchdb/same-json';
import { signKioskConfig, verifyKioskConfig } from '#sync/signing/kiosk-config-signature.node';
import { assertVillageCode, databaseNames } from '../../couchdb/database-names';
import { validateDocument } from '../../schema/validate-document';
import { CliError, UsageError, type ExitCode } from '../cli-errors';
import { readCountyKeyFile } from '../county-key-file';
import { requiredOption, type Command } from '../command';

/** The one configuration document of a village config database (brief of issue 3). */
export const KIOSK_CONFIG_DOC_ID = 'kiosk-config';

export const configPushCommand: Command = {
  path: ['config', 'push'],
  usage: '--village CODE --file FILE --county-key FILE [--dry-run]',
  summary: "validate a configuration layer, sign it with the county key and publish it to the village's kiosks",
  options: { village: { type: 'string' }, file: { type: 'string' }, 'county-key': { type: 'string' }, 'dry-run': { type: 'boolean' } },
  needsCouch: true,
  async run(ctx, values) {
    const village = requiredOption(values, 'village');
    const file = requiredOption(values, 'file');
    try {
      assertVillageCode(village);
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    if (values['dry-run'] === true) return dryRun(ctx, village, file);
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
 * `--dry-run`: what the push would change on the village's kiosks and whether they would accept
 * it, with nothing signed or sent. Exit code 1 when the kiosks would refuse the layer.
 */
async function dryRun(ctx: Parameters<Command['run']>[0], village: string, file: string): Promise<ExitCode> {
  let raw: Record<string, unknown>;
  try {
    raw = readLayer(file, village);
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    ctx.io.out(`Validation: REFUSED — kiosks would keep their last good configuration:`);
    for (const line of error.message.split('\n')) ctx.io.out(`  ${line}`);
    ctx.io.out('Nothing was sent (--dry-run).');
    return 1;
  }
  ctx.io.out('Validation: OK — the kiosks would apply it.');
  const client = await ctx.connect();
  const inPlace = await client.getDoc<CouchDoc>(databaseNames(village, ctx.prefix).config, KIOSK_CONFIG_DOC_ID);
  const before = (inPlace?.config ?? {}) as Record<string, unknown>;
  const changes = diff(before, raw);
  ctx.io.out(inPlace ? `Changes against the published configuration of ${village}:` : `Nothing published for ${village} yet; the whole layer is new:`);
  const show = (value: unknown) => JSON.stringify(value)?.slice(0, 120) ?? 'undefined';
  for (const change of changes) {
    const at = change.path.join('.');
    if (change.type === 'CREATE') ctx.io.out(`  + ${at}: ${show(change.value)}`);
    else if (change.type === 'REMOVE') ctx.io.out(`  - ${at}: ${show(change.oldValue)}`);
    else ctx.io.out(`  ~ ${at}: ${show(change.oldValue)} → ${show(change.value)}`);
  }
  if (changes.length === 0) ctx.io.out('  (no changes)');
  ctx.io.out('Nothing was sent (--dry-run).');
  return 0;
}

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
