import type { CouchDoc } from '../../couchdb/couch-client';
import { countyDatabaseNames, databaseNames } from '../../couchdb/database-names';
import type { Command } from '../command';
import { formatTable, truncate } from '../text-table';
import { villagesToRead } from '../village-databases';

/**
 * The alerts issued, newest first, with their reach: how many kiosks reported (in their
 * heartbeat) that they showed each one, and how many that someone acknowledged it there.
 */
export const alertListCommand: Command = {
  path: ['alert', 'list'],
  usage: '[--json]',
  summary: 'list emergency alerts with how many kiosks showed and acknowledged each',
  options: { json: { type: 'boolean' } },
  needsCouch: true,
  async run(ctx, values) {
    const client = await ctx.connect();
    const alerts = (await client.listDocs<CouchDoc>(countyDatabaseNames(ctx.prefix).alerts)).filter((doc) => !doc._id.startsWith('_design/'));
    alerts.sort((a, b) => text(b, 'issuedAt').localeCompare(text(a, 'issuedAt')));
    const reach = new Map<string, { shown: number; acknowledged: number }>();
    for (const village of await villagesToRead(client, ctx.prefix, 'heartbeats')) {
      for (const heartbeat of await client.listDocs<CouchDoc>(databaseNames(village, ctx.prefix).heartbeats)) {
        const shown = Array.isArray(heartbeat.alertsShown) ? (heartbeat.alertsShown as { id?: unknown; acknowledgedAt?: unknown }[]) : [];
        for (const entry of shown) {
          if (typeof entry.id !== 'string') continue;
          const count = reach.get(entry.id) ?? { shown: 0, acknowledged: 0 };
          count.shown++;
          if (typeof entry.acknowledgedAt === 'string') count.acknowledged++;
          reach.set(entry.id, count);
        }
      }
    }
    if (values.json === true) {
      ctx.io.out(JSON.stringify(alerts.map((alert) => ({ ...alert, reach: reach.get(alert._id) ?? { shown: 0, acknowledged: 0 } })), null, 2));
      return;
    }
    if (alerts.length === 0) {
      ctx.io.out('No alerts.');
      return;
    }
    const table = formatTable(
      ['id', 'severity', 'villages', 'issued', 'expires', 'shown', 'acknowledged', 'text'],
      alerts.map((alert) => [
        alert._id,
        text(alert, 'severity'),
        Array.isArray(alert.villages) ? (alert.villages as string[]).join(',') : '',
        text(alert, 'issuedAt'),
        text(alert, 'expiresAt'),
        String(reach.get(alert._id)?.shown ?? 0),
        String(reach.get(alert._id)?.acknowledged ?? 0),
        truncate(((alert.text as { zh?: string } | undefined)?.zh ?? '').replace(/\s+/g, ' '), 30),
      ]),
    );
    for (const line of table) ctx.io.out(line);
    ctx.io.out(`${alerts.length} alert(s).`);
  },
};

function text(doc: CouchDoc, name: string): string {
  const value = doc[name];
  return typeof value === 'string' ? value : '';
}
