import { createCountyKeyFile } from '../county-key-file';
import { requiredOption, type Command } from '../command';

export const keygenCommand: Command = {
  path: ['keygen'],
  usage: '--out FILE',
  summary: "create the county's Ed25519 signing key (mode 0600, outside any repository; never replaced): kiosks apply only configuration signed with it",
  options: { out: { type: 'string' } },
  needsCouch: false,
  async run(ctx, values) {
    const key = createCountyKeyFile(requiredOption(values, 'out'));
    ctx.io.out(`County signing key written (mode 0600; keep it offline and backed up, it signs every kiosk configuration): ${key.file}`);
    ctx.io.out(`Public key ${key.keyId}: ${key.publicKey}`);
    ctx.io.out('Give it to `county provision --county-key FILE` (enrollment files carry the public key) and `county config push --county-key FILE`.');
  },
};
