import { useCallback, useEffect, useRef, useState } from 'react';

/** A page's data: loading, loaded or failed with CouchDB's reason; `reload` runs it again. */
export type Loaded<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'failed'; reason: string };

export function useLoad<T>(load: () => Promise<T>, deps: readonly unknown[]): [Loaded<T>, () => void] {
  const [result, setResult] = useState<Loaded<T>>({ state: 'loading' });
  const [round, setRound] = useState(0);
  const lastRound = useRef(round);
  useEffect(() => {
    let current = true;
    // A reload keeps showing what was there until the new value arrives (a form's message stays);
    // new dependencies (another page) start from "loading".
    const isReload = lastRound.current !== round;
    lastRound.current = round;
    if (!isReload) setResult({ state: 'loading' });
    load().then(
      (value) => current && setResult({ state: 'ready', value }),
      (error: unknown) => current && setResult({ state: 'failed', reason: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller names what the load depends on.
  }, [...deps, round]);
  const reload = useCallback(() => setRound((n) => n + 1), []);
  return [result, reload];
}
