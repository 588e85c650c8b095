import type { ParseArgsConfig } from 'node:util';
import type { CommandContext } from './cli-context';
import type { ExitCode } from './cli-errors';
import { UsageError } from './cli-errors';

export type OptionValues = Record<string, string | boolean | undefined>;

/** One CLI command, in its own file under commands/. Every command is idempotent. */
export interface Command {
  /** The words that select it: ['reports', 'set-status']. */
  path: readonly string[];
  /** Options after the command words, e.g. '--village CODE [--status S]'. */
  usage: string;
  summary: string;
  options: NonNullable<ParseArgsConfig['options']>;
  /** Positional arguments after the command words, e.g. ['FILE|DIR']; none when absent. */
  positionals?: readonly string[];
  /** Whether the command talks to CouchDB (pin-hash does not). */
  needsCouch: boolean;
  run(ctx: CommandContext, values: OptionValues, positionals: string[]): Promise<ExitCode | void>;
}

export function requiredOption(values: OptionValues, name: string): string {
  const value = values[name];
  if (typeof value !== 'string' || value === '') throw new UsageError(`missing --${name}`);
  return value;
}

export function optionalOption(values: OptionValues, name: string): string | undefined {
  const value = values[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
}
