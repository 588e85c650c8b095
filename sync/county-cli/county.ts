/**
 * Entry point of the county CLI: `tsx sync/county-cli/county.ts <command> --couch URL …`
 * (`npm run county -- <command> …`). All logic is in run-cli.ts; this file only binds it to
 * the real process.
 */
import type { CliIo } from './cli-context';
import { runCli } from './run-cli';

const io: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  env: process.env,
  now: () => new Date(),
  readStdin: async () => {
    if (process.stdin.isTTY) return undefined;
    let text = '';
    for await (const chunk of process.stdin) text += String(chunk);
    return text;
  },
};

process.exitCode = await runCli(process.argv.slice(2), io);
