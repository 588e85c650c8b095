import { CouchError, CouchUnreachableError } from '../couchdb/couch-errors';

/**
 * Exit codes of the county CLI, stable for scripts:
 * 0 done (including "nothing to change"), 1 the operation failed (invalid input, not found,
 * refused by a validator), 2 wrong usage, 3 server unreachable, 4 credentials wrong or
 * insufficient.
 */
export const EXIT = { ok: 0, failed: 1, usage: 2, unreachable: 3, auth: 4 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A failure the user can act on; its message is printed as is, without a stack. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCode = EXIT.failed,
  ) {
    super(message);
  }
}

export class UsageError extends CliError {
  constructor(message: string) {
    super(message, EXIT.usage);
  }
}

/** Turns any error into the line to print and the exit code. */
export function describeFailure(error: unknown): { message: string; exitCode: ExitCode } {
  if (error instanceof CliError) return { message: error.message, exitCode: error.exitCode };
  if (error instanceof CouchUnreachableError) {
    return { message: `${error.message}\nCheck the --couch address and that the server is running.`, exitCode: EXIT.unreachable };
  }
  if (error instanceof CouchError) {
    if (error.status === 401) return { message: `CouchDB refused the credentials (${error.message})`, exitCode: EXIT.auth };
    if (error.status === 403) return { message: `CouchDB refused: ${error.reason} (${error.method} /${error.path})`, exitCode: EXIT.auth };
    return { message: `CouchDB error: ${error.message}`, exitCode: EXIT.failed };
  }
  if (error instanceof Error) {
    // Option parsing (node:util parseArgs) reports wrong usage with these codes.
    const code = (error as Error & { code?: string }).code;
    if (code?.startsWith('ERR_PARSE_ARGS')) return { message: error.message, exitCode: EXIT.usage };
    return { message: error.message, exitCode: EXIT.failed };
  }
  return { message: String(error), exitCode: EXIT.failed };
}
