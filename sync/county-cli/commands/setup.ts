import { setupCounty } from '../../couchdb/county-setup';
import type { Command } from '../command';
import { printChanges } from '../print-changes';

export const setupCommand: Command = {
  path: ['setup'],
  usage: '',
  summary: 'create the county databases (policies, gather) with their security and validators',
  options: {},
  needsCouch: true,
  async run(ctx) {
    const client = await ctx.connect({ admin: true });
    const changes = await setupCounty(client, ctx.prefix);
    printChanges(ctx.io, changes);
  },
};
