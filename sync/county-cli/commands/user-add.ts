import { addCountyStaff, isCountyStaffRole } from '../../couchdb/county-staff';
import { COUNTY_STAFF_ROLES } from '../../couchdb/roles';
import { CliError, UsageError } from '../cli-errors';
import { requiredOption, type Command } from '../command';

export const userAddCommand: Command = {
  path: ['user', 'add'],
  usage: '--name N --role county|county-viewer [--reset-password]',
  summary: 'a county staff account for the console: county answers and publishes, county-viewer reads',
  options: { name: { type: 'string' }, role: { type: 'string' }, 'reset-password': { type: 'boolean' } },
  needsCouch: true,
  async run(ctx, values) {
    const name = requiredOption(values, 'name');
    const role = requiredOption(values, 'role');
    if (!isCountyStaffRole(role)) throw new UsageError(`--role must be one of ${COUNTY_STAFF_ROLES.join(', ')}`);
    // A password piped in (`echo pw | county user add …`) is used as is; otherwise one is made
    // and printed once. Never a command-line argument: it would show in the process list.
    const piped = (await ctx.io.readStdin())?.trim();
    const client = await ctx.connect({ admin: true });
    let result;
    try {
      result = await addCountyStaff(client, { name, role, ...(piped ? { password: piped } : {}), resetPassword: values['reset-password'] === true });
    } catch (error) {
      throw new CliError((error as Error).message);
    }
    if (result.outcome === 'unchanged') {
      ctx.io.out(`Account ${name} already has role ${role}. (--reset-password gives it a new password.)`);
      return;
    }
    ctx.io.out(`Account ${name} ${result.outcome}: role ${role}.`);
    if (result.password) ctx.io.out(`Password (shown once, stored nowhere; hand it over in person): ${result.password}`);
  },
};
