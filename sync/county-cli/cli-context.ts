import { CouchClient } from '../couchdb/couch-client';
import { CouchError } from '../couchdb/couch-errors';
import { parseCouchUrl, redactUrl } from '../couchdb/couch-url';
import { assertDatabasePrefix } from '../couchdb/database-names';
import { CliError, EXIT, UsageError } from './cli-errors';

/** What a command may touch of the outside world: injected so tests run commands in-process. */
export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
  env: Readonly<Record<string, string | undefined>>;
  now: () => Date;
  /** Text piped to the command (pin-hash without an argument); undefined on a terminal. */
  readStdin: () => Promise<string | undefined>;
}

export interface CommandContext {
  io: CliIo;
  prefix: string;
  /** Connects and checks the credentials once; `admin` also requires a server admin. */
  connect(options?: { admin?: boolean }): Promise<CouchClient>;
}

export function createContext(io: CliIo, couch: string | undefined, prefix: string | undefined): CommandContext {
  const dbPrefix = prefix ?? '';
  try {
    assertDatabasePrefix(dbPrefix);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  let connected: Promise<{ client: CouchClient; roles: string[] }> | undefined;
  return {
    io,
    prefix: dbPrefix,
    async connect(options = {}) {
      connected ??= open(io, couch);
      const { client, roles } = await connected;
      if (options.admin && !roles.includes('_admin')) {
        throw new CliError(`this command needs a CouchDB server admin; ${client.credentials?.username ?? 'the given user'} is not one`, EXIT.auth);
      }
      return client;
    },
  };
}

/**
 * Credentials come from the URL, else from COUCHDB_USER/COUCHDB_PASSWORD (preferred: a URL on
 * the command line shows in the process list and shell history).
 */
async function open(io: CliIo, couch: string | undefined): Promise<{ client: CouchClient; roles: string[] }> {
  if (!couch) throw new UsageError('missing --couch URL (e.g. --couch https://county.example:6984/)');
  let parsed;
  try {
    parsed = parseCouchUrl(couch);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const user = io.env.COUCHDB_USER;
  const password = io.env.COUCHDB_PASSWORD;
  const credentials = parsed.credentials ?? (user && password !== undefined ? { username: user, password } : undefined);
  if (!credentials) {
    throw new CliError(`no credentials for ${redactUrl(couch)}: put them in the URL or set COUCHDB_USER and COUCHDB_PASSWORD`, EXIT.auth);
  }
  const client = new CouchClient(parsed.baseUrl, credentials);
  try {
    const session = await client.session();
    if (session.userCtx.name === null && !session.userCtx.roles.includes('_admin')) {
      throw new CliError(`CouchDB at ${client.baseUrl} did not accept the credentials of ${credentials.username}`, EXIT.auth);
    }
    return { client, roles: session.userCtx.roles };
  } catch (error) {
    if (error instanceof CouchError && error.status === 401) {
      throw new CliError(`CouchDB at ${client.baseUrl} refused the name or password of ${credentials.username}`, EXIT.auth);
    }
    throw error;
  }
}
