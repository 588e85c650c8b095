import { createGatherer, gatherAllOnce } from '../gather/gatherer';
import { formatGatherHealth } from '../gather/gather-health';
import type { Command } from '../command';

/**
 * `county gather`: the long-running county gatherer (a service: see the systemd unit in
 * sync/county-cli/README.md). Prints one health line a minute; SIGTERM or SIGINT stops it
 * between copies. `--once` copies everything that changed and exits (cron, tests).
 */
export const gatherCommand: Command = {
  path: ['gather'],
  usage: '[--once] [--health-seconds N] [--concurrency N]',
  summary: "copy every village's reports, scans and heartbeats into the county gather database as they change (runs until stopped)",
  options: { once: { type: 'boolean' }, 'health-seconds': { type: 'string' }, concurrency: { type: 'string' } },
  needsCouch: true,
  async run(ctx, values) {
    const client = await ctx.connect({ admin: true });
    const concurrency = positiveInt(values.concurrency, 8);
    if (values.once === true) {
      const { databases, copied } = await gatherAllOnce(client, ctx.prefix, concurrency);
      ctx.io.out(`gather: ${databases} village databases checked, ${copied} document revisions copied`);
      return;
    }
    const gatherer = createGatherer({ client, prefix: ctx.prefix, concurrency, log: ctx.io.out });
    const healthMs = positiveInt(values['health-seconds'], 60) * 1000;
    const startedAt = Date.now();
    const timer = setInterval(() => ctx.io.out(formatGatherHealth(gatherer.stats, Date.now(), startedAt)), healthMs);
    const stop = () => gatherer.stop();
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
    try {
      await gatherer.run();
    } finally {
      clearInterval(timer);
      process.off('SIGTERM', stop);
      process.off('SIGINT', stop);
      ctx.io.out(formatGatherHealth(gatherer.stats, Date.now(), startedAt));
      ctx.io.out('gather: stopped');
    }
  },
};

function positiveInt(value: string | boolean | undefined, fallback: number): number {
  if (typeof value !== 'string') return fallback;
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}
