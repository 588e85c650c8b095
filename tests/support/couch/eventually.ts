/**
 * Polls until `check` returns a value other than undefined (or stops throwing), for effects
 * that happen asynchronously on the server (continuous replication: CouchDB 3 starts a
 * replication job after a random delay of up to 5 s, `[replicator] startup_jitter`). Fails with the last error.
 */
export async function eventually<T>(check: () => Promise<T | undefined>, options: { timeoutMs?: number; intervalMs?: number } = {}): Promise<T> {
  const deadline = Date.now() + (options.timeoutMs ?? 30_000);
  let last: unknown = new Error('condition never became true');
  while (Date.now() < deadline) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    await new Promise((resolve) => setTimeout(resolve, options.intervalMs ?? 200));
  }
  throw last;
}
