import { localizedTextSchema } from '#kiosk-config/schema';
import { parseCouchUrl } from '../../couchdb/couch-url';
import { assertVillageCode } from '../../couchdb/database-names';
import { assertKioskId } from '../../couchdb/roles';
import { provisionVillage } from '../../couchdb/village-provisioning';
import { UsageError } from '../cli-errors';
import { optionalOption, requiredOption, type Command } from '../command';
import { readCountyKeyFile } from '../county-key-file';
import { checkEnrollmentPath, writeEnrollmentFile, type EnrollmentFile } from '../enrollment-file';
import { printChanges } from '../print-changes';

export const provisionCommand: Command = {
  path: ['provision'],
  usage: '--village CODE --name NAME [--name-en NAME] --kiosk ID --out FILE --county-key FILE [--kiosk-url URL]',
  summary:
    "create a village's databases and its kiosk user; write the kiosk's enrollment file (running it again rotates the kiosk's password)",
  options: {
    village: { type: 'string' },
    name: { type: 'string' },
    'name-en': { type: 'string' },
    kiosk: { type: 'string' },
    out: { type: 'string' },
    'kiosk-url': { type: 'string' },
    'county-key': { type: 'string' },
  },
  needsCouch: true,
  async run(ctx, values) {
    const village = requiredOption(values, 'village');
    const kioskId = requiredOption(values, 'kiosk');
    const out = requiredOption(values, 'out');
    const villageName = readVillageName(optionalOption(values, 'name'), optionalOption(values, 'name-en'));
    try {
      assertVillageCode(village);
      assertKioskId(kioskId);
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    // Before touching the server: a refused path after provisioning would leave the kiosk's
    // password rotated with no file holding the new one.
    checkEnrollmentPath(out);
    // The enrollment carries the county's public key: without it the kiosk applies no county
    // configuration at all (it cannot tell the county's documents from forged ones).
    const countyKeyFile = optionalOption(values, 'county-key');
    const countyKey = countyKeyFile ? readCountyKeyFile(countyKeyFile) : undefined;
    const client = await ctx.connect({ admin: true });
    const result = await provisionVillage(client, { village, kioskId, prefix: ctx.prefix });
    printChanges(ctx.io, result.changes);

    const kioskUrl = optionalOption(values, 'kiosk-url');
    const enrollment: EnrollmentFile = {
      couchUrl: parseCouchUrl(kioskUrl ?? client.baseUrl).baseUrl,
      village,
      ...(villageName ? { villageName } : {}),
      kioskId,
      username: result.username,
      password: result.password,
      databases: result.databases,
      ...(countyKey ? { countyPublicKey: countyKey.publicKey } : {}),
    };
    const written = writeEnrollmentFile(out, enrollment);
    const rotated = result.changes.some((change) => change.what === `user ${result.username}` && change.outcome === 'updated');
    ctx.io.out(
      rotated
        ? `The kiosk user ${result.username} existed: its password was ROTATED. Enrollment files written before no longer work; re-enroll the kiosk with the new file.`
        : `Created kiosk user ${result.username}.`,
    );
    ctx.io.out(`Enrollment file (mode 0600, holds the password: hand it over offline, then delete it): ${written}`);
    if (!kioskUrl && /^https?:\/\/(localhost|127\.|\[::1\])/.test(enrollment.couchUrl)) {
      result.warnings.push(`the enrollment file tells the kiosk to use ${enrollment.couchUrl}: give --kiosk-url with the address kiosks reach`);
    }
    if (countyKey) ctx.io.out(`The kiosk trusts the county signing key ${countyKey.keyId}.`);
    else result.warnings.push('no --county-key: this kiosk will refuse every county configuration until it is enrolled with a file that carries the county key (`county keygen`)');
    if (!villageName) result.warnings.push(`no --name: the enrollment file carries only the code ${village}; give the village's name (e.g. --name 青山村) so the clerk sees it`);
    for (const warning of result.warnings) ctx.io.err(`warning: ${warning}`);
    ctx.io.out('The village reaches the county gather database through `county gather` (run it as a service; see sync/county-cli/README.md).');
  },
};

/**
 * The human name that travels beside the code (DESIGN.md §5): Chinese required when a name is
 * given, English optional, the same shape as the kiosk configuration's `village.name`.
 */
function readVillageName(zh: string | undefined, en: string | undefined): EnrollmentFile['villageName'] {
  if (zh === undefined) {
    if (en !== undefined) throw new UsageError('--name-en needs --name (the Chinese name)');
    return undefined;
  }
  const parsed = localizedTextSchema.safeParse(en === undefined ? { zh } : { zh, en });
  if (!parsed.success || zh.length > 100 || (en?.length ?? 0) > 100) throw new UsageError('--name (and --name-en) must be a village name of 1–100 characters');
  return parsed.data;
}
