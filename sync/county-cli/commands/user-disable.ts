import { disableCountyStaff } from '../../couchdb/county-staff';
import { CliError } from '../cli-errors';
import { requiredOption, type Command } from '../command';

export const userDisableCommand: Command = {
  path: ['user', 'disable'],
  usage: '--name N',
  summary: 'takes a county staff account\'s roles away and ends its sessions (its audit lines stay)',
  options: { name: { type: 'string' } },
  needsCouch: true,
  async run(ctx, values) {
    const name = requiredOption(values, 'name');
    const client = await ctx.connect({ admin: true });
    try {
      const outcome = await disableCountyStaff(client, name, ctx.io.now());
      ctx.io.out(outcome === 'unchanged' ? `Account ${name} was already disabled.` : `Account ${name} disabled: no roles, open sessions ended.`);
    } catch (error) {
      throw new CliError((error as Error).message);
    }
  },
};
