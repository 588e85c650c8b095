import { createPinHash } from '#kiosk-config/clerk-pin-hash.node';
import { CliError, UsageError } from '../cli-errors';
import type { Command } from '../command';

export const pinHashCommand: Command = {
  path: ['pin-hash'],
  usage: '[PIN]',
  positionals: ['PIN'],
  summary: 'print a scrypt hash of a clerk PIN (4–12 digits) for "clerk.pinHash"; without PIN, reads it from stdin (keeps it out of shell history)',
  options: {},
  needsCouch: false,
  async run(ctx, _values, positionals) {
    if (positionals.length > 1) throw new UsageError('give one PIN');
    const pin = (positionals[0] ?? (await ctx.io.readStdin()) ?? '').trim();
    if (pin === '') throw new UsageError('give the PIN as an argument or on stdin');
    try {
      // The same function the kiosk's own tooling uses: scrypt$16384$8$1$salt$hash, 32-byte key.
      ctx.io.out(await createPinHash(pin));
    } catch (error) {
      throw new CliError((error as Error).message);
    }
  },
};
