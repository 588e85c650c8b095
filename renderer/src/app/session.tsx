import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useConfig } from './config-context';
import { createResetRegistry, type ResetHook, type ResetRegistry } from './reset-registry';

interface Session {
  /** Changes on every reset; everything keyed by it is mounted afresh. */
  key: number;
  registry: ResetRegistry;
  reset: () => Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

/**
 * One villager's visit. A reset (idle timeout, crash recovery, or a feature finishing) calls
 * every reset hook, restores the default language and remounts everything below, which
 * returns to home and drops every piece of component state: nothing the last person entered
 * remains on screen or in memory held by React.
 */
export function SessionProvider({ children }: { children: (sessionKey: number, reset: () => void) => ReactNode }) {
  const { i18n } = useTranslation();
  const config = useConfig();
  const [registry] = useState(createResetRegistry);
  const [key, setKey] = useState(0);
  const { defaultLanguage } = config;

  // Every session starts in the configured language, the first one included: set before the
  // first render of the screens so they never flash another language. (Idempotent, so React
  // calling the initialiser twice in development is harmless.) A default changed by the county
  // mid-session waits for the next reset: it must not switch language under someone using it.
  useState(() => {
    if (i18n.language !== defaultLanguage) void i18n.changeLanguage(defaultLanguage);
  });

  const reset = useCallback(() => {
    // Hooks first, while the screens that registered them are still mounted.
    const hooksDone = registry.runAll();
    void i18n.changeLanguage(defaultLanguage);
    setKey((current) => current + 1);
    return hooksDone;
  }, [registry, i18n, defaultLanguage]);

  const resetFromBoundary = useCallback(() => void reset(), [reset]);
  const session = useMemo<Session>(() => ({ key, registry, reset }), [key, registry, reset]);
  return <SessionContext.Provider value={session}>{children(key, resetFromBoundary)}</SessionContext.Provider>;
}

function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('session hooks used outside <SessionProvider>');
  return session;
}

/**
 * Registers `hook` to run when the session is reset (idle timeout, crash recovery, or
 * useResetSession), for as long as the calling component is mounted. Hooks run before anything
 * unmounts, so a screen's hook runs too. Component state needs no hook (the reset remounts
 * everything); use it for what lives outside React: database drafts, blobs, audio, timers.
 * A feature store that outlives its screens registers from its provider in FeatureProviders.
 * The latest `hook` is always the one called.
 */
export function useIdleResetHook(hook: ResetHook): void {
  const { registry } = useSession();
  const latest = useRef(hook);
  useEffect(() => {
    latest.current = hook;
  });
  useEffect(() => registry.add(() => latest.current()), [registry]);
}

/** Ends the session now (e.g. "finish" after a report was saved): same as an idle reset. */
export function useResetSession(): () => Promise<void> {
  return useSession().reset;
}
