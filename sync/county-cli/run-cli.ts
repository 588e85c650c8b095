import { parseArgs } from 'node:util';
import { createContext, type CliIo } from './cli-context';
import { describeFailure, EXIT, UsageError } from './cli-errors';
import type { Command } from './command';
import { alertListCommand } from './commands/alert-list';
import { alertSendCommand } from './commands/alert-send';
import { configPushCommand } from './commands/config-push';
import { blobsVerifyCommand } from './commands/blobs-verify';
import { fleetCommand } from './commands/fleet';
import { gatherCommand } from './commands/gather';
import { keygenCommand } from './commands/keygen';
import { pinHashCommand } from './commands/pin-hash';
import { noticesPublishCommand } from './commands/notices-publish';
import { policiesImportCommand } from './commands/policies-import';
import { provisionCommand } from './commands/provision';
import { reportsListCommand } from './commands/reports-list';
import { reportsReplyCommand } from './commands/reports-reply';
import { reportsSetStatusCommand } from './commands/reports-set-status';
import { setupCommand } from './commands/setup';
import { updatePublishCommand } from './commands/update-publish';
import { userAddCommand } from './commands/user-add';
import { userDisableCommand } from './commands/user-disable';
import { consoleCommand } from './commands/console';

export const COMMANDS: readonly Command[] = [
  setupCommand,
  provisionCommand,
  policiesImportCommand,
  configPushCommand,
  reportsListCommand,
  reportsSetStatusCommand,
  reportsReplyCommand,
  gatherCommand,
  noticesPublishCommand,
  alertSendCommand,
  alertListCommand,
  fleetCommand,
  blobsVerifyCommand,
  pinHashCommand,
  keygenCommand,
  updatePublishCommand,
  userAddCommand,
  userDisableCommand,
  consoleCommand,
];

const GLOBAL_OPTIONS = {
  couch: { type: 'string' },
  prefix: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Runs one command line; returns the exit code (cli-errors.ts) instead of exiting, for tests. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const words = argv.slice(0, leadingWords(argv));
    const command = findCommand(words);
    if (!command) {
      const asked = words.join(' ');
      if (asked !== '' && asked !== 'help' && !argv.includes('--help') && !argv.includes('-h')) {
        io.err(`unknown command: ${asked}\n`);
        printUsage(io.err);
        return EXIT.usage;
      }
      printUsage(io.out);
      return EXIT.ok;
    }
    const { values, positionals } = parseArgs({
      args: argv.slice(command.path.length),
      options: { ...GLOBAL_OPTIONS, ...command.options },
      allowPositionals: true,
      strict: true,
    });
    if (values.help === true) {
      io.out(commandUsage(command));
      return EXIT.ok;
    }
    if (!command.positionals && positionals.length > 0) throw new UsageError(`unexpected argument: ${positionals[0]}`);
    const ctx = createContext(io, values.couch, values.prefix);
    if (command.needsCouch && !values.couch) throw new UsageError(`missing --couch URL\nusage: ${commandUsage(command)}`);
    return (await command.run(ctx, values, positionals)) ?? EXIT.ok;
  } catch (error) {
    const { message, exitCode } = describeFailure(error);
    io.err(`error: ${message}`);
    return exitCode;
  }
}

function leadingWords(argv: readonly string[]): number {
  const index = argv.findIndex((arg) => arg.startsWith('-'));
  return index < 0 ? argv.length : index;
}

/** The longest command path that the leading words start with. */
function findCommand(words: readonly string[]): Command | undefined {
  return [...COMMANDS]
    .sort((a, b) => b.path.length - a.path.length)
    .find((command) => command.path.every((word, index) => words[index] === word));
}

function commandUsage(command: Command): string {
  const couch = command.needsCouch ? ' --couch URL [--prefix P]' : '';
  return `county ${command.path.join(' ')}${couch}${command.usage ? ` ${command.usage}` : ''}\n  ${command.summary}`;
}

function printUsage(print: (line: string) => void): void {
  print('County IT tool of the Village Service Kiosk.');
  print('Credentials: in the --couch URL, or COUCHDB_USER and COUCHDB_PASSWORD (preferred).');
  print('Every command can be run again safely; `provision` then rotates the kiosk password.\n');
  for (const command of COMMANDS) print(commandUsage(command));
  print('\nExit codes: 0 done, 1 failed, 2 wrong usage, 3 server unreachable, 4 credentials wrong or insufficient.');
}
