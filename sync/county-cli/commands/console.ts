import { buildConsole, consoleDistDir } from '#county-console/server/console-build.node';
import { startConsoleServer } from '#county-console/server/console-server.node';
import { UsageError } from '../cli-errors';
import { readCountyKeyFile } from '../county-key-file';
import { optionalOption, type Command } from '../command';

/**
 * `county console --couch URL [--port P] [--host H] [--no-build]`: serves the county web console
 * (county-console/) and CouchDB under /couch/ on one origin. It needs no credentials: people
 * sign in with their own CouchDB accounts (`county user add`), and credentials in the URL are
 * ignored. `--county-key FILE` lets it sign emergency alerts for county accounts (the key stays
 * in this process). Runs until SIGTERM/SIGINT.
 */
export const consoleCommand: Command = {
  path: ['console'],
  usage: '[--port P] [--host 127.0.0.1] [--county-key FILE] [--no-build]',
  summary: 'the county web console (answer reports, fleet, figures) for staff accounts',
  options: { port: { type: 'string' }, host: { type: 'string' }, 'county-key': { type: 'string' }, 'no-build': { type: 'boolean' } },
  needsCouch: true,
  async run(ctx, values) {
    const portText = optionalOption(values, 'port') ?? '5790';
    const port = Number(portText);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a port number, got ${portText}`);
    const couchUrl = values.couch;
    if (typeof couchUrl !== 'string') throw new UsageError('missing --couch URL');
    if (/\/\/[^/]*@/.test(couchUrl)) ctx.io.err('warning: the console ignores credentials in --couch; people sign in with their own accounts');
    // The county key signs emergency alerts in this process; without it the alerts page says so.
    const keyFile = optionalOption(values, 'county-key');
    const signer = keyFile ? { privateKeyPem: readCountyKeyFile(keyFile).privateKeyPem } : undefined;
    if (!signer) ctx.io.err('warning: without --county-key the console cannot issue emergency alerts (kiosks show only signed alerts)');
    if (values['no-build'] !== true) buildConsole();
    const running = await startConsoleServer({ couchUrl, staticDir: consoleDistDir, prefix: ctx.prefix, ...(signer ? { signer } : {}), port, host: optionalOption(values, 'host') ?? '127.0.0.1' });
    ctx.io.out(`County console ready at ${running.url}`);
    await new Promise<void>((resolve) => {
      process.once('SIGTERM', resolve);
      process.once('SIGINT', resolve);
    });
    await running.close();
  },
};
