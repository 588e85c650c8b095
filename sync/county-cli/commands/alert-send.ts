import { randomBytes } from 'node:crypto';
import type { CouchDoc } from '../../couchdb/couch-client';
import { assertVillageCode, countyDatabaseNames } from '../../couchdb/database-names';
import { ALL_VILLAGES, KNOWN_ALERT_SEVERITIES } from '../../schema/alert-schema';
import { validateDocument } from '../../schema/validate-document';
import { signAlert } from '#sync/signing/alert-signature.node';
import { CliError, UsageError } from '../cli-errors';
import { optionalOption, requiredOption, type Command } from '../command';
import { readCountyKeyFile } from '../county-key-file';

/**
 * Issues an emergency alert into the county-wide alerts database; every kiosk of the villages
 * addressed shows it in a banner above everything and reads it aloud, until someone at that
 * kiosk acknowledges it or it expires. With `--id` the same alert is updated (re-running is
 * harmless); without, each run issues a new alert.
 */
export const alertSendCommand: Command = {
  path: ['alert', 'send'],
  usage: '--villages CODE[,CODE…]|all --severity info|warning|danger --text "中文" --county-key FILE [--en "English"] [--hours 24] [--id ID]',
  summary: 'issue an emergency alert to some villages or all; kiosks show and speak it until acknowledged or expired',
  options: {
    villages: { type: 'string' },
    severity: { type: 'string' },
    text: { type: 'string' },
    en: { type: 'string' },
    hours: { type: 'string' },
    id: { type: 'string' },
    'county-key': { type: 'string' },
  },
  needsCouch: true,
  async run(ctx, values) {
    const villages = parseVillages(requiredOption(values, 'villages'));
    const severity = requiredOption(values, 'severity');
    if (!(KNOWN_ALERT_SEVERITIES as readonly string[]).includes(severity)) {
      throw new UsageError(`--severity must be one of ${KNOWN_ALERT_SEVERITIES.join(', ')}`);
    }
    const zh = requiredOption(values, 'text');
    // Kiosks show only alerts the county signed (DESIGN.md §5; sync/signing/): no key, no alert.
    const key = readCountyKeyFile(requiredOption(values, 'county-key'));
    const en = optionalOption(values, 'en');
    const hours = Number(optionalOption(values, 'hours') ?? '24');
    if (!Number.isFinite(hours) || hours <= 0 || hours > 24 * 30) throw new UsageError('--hours must be a number of hours between 0 and 720');
    const now = ctx.io.now();
    const id = optionalOption(values, 'id') ?? `alert-${now.toISOString().replace(/[-:.TZ]/g, '').slice(0, 14)}-${randomBytes(3).toString('hex')}`;
    const draft = {
      id,
      type: 'alert',
      villages,
      severity,
      text: en ? { zh, en } : { zh },
      issuedAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + hours * 3_600_000).toISOString(),
    };
    const signed = { ...draft, signature: signAlert(draft, key.privateKeyPem, now) };
    const checked = validateDocument('alerts', signed);
    if (!checked.ok) throw new CliError(`the alert is not valid: ${checked.errors.join('; ')}`);
    const client = await ctx.connect();
    const db = countyDatabaseNames(ctx.prefix).alerts;
    const { id: _id, ...fields } = signed;
    const { outcome } = await client.upsertDoc<CouchDoc>(db, _id, () => ({ _id, ...fields }));
    ctx.io.out(`Alert ${_id} ${outcome} in ${db}: ${severity}, to ${villages.join(', ')}, until ${draft.expiresAt}.`);
  },
};

function parseVillages(value: string): string[] {
  if (value.trim() === 'all' || value.trim() === ALL_VILLAGES) return [ALL_VILLAGES];
  const villages = [...new Set(value.split(',').map((v) => v.trim()).filter(Boolean))];
  if (villages.length === 0) throw new UsageError('--villages needs village codes separated by commas, or "all"');
  for (const village of villages) {
    try {
      assertVillageCode(village);
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
  }
  return villages;
}
