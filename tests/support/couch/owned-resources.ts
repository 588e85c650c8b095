/** What a test server's stop() ends (by these PIDs only) and removes; for checks that nothing is left behind. */
export interface OwnedResources {
  pids: number[];
  folder: string;
}
