/** What a test server's stop() ends (by these PIDs only) and removes; for checks that nothing is left behind. */
export interface OwnedResources {
  /** The server's own PID first (the Erlang VM; pouchdb-server), then helpers (the port mapper). */
  pids: number[];
  folder: string;
}
