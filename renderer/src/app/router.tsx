import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { ScreenNavigationContext, type ScreenNavigation } from '../ui/screen-navigation';
import type { ParamsArgs, Route, ScreenId, ScreenParams } from './screen-params';

export interface Router {
  /** The screen shown now. */
  route: Route;
  /** Opens a screen on top of the current one (Back returns). */
  navigate: <S extends ScreenId>(screen: S, ...params: ParamsArgs<S>) => void;
  /** Swaps the current screen for another (Back skips it), e.g. after a flow's last step. */
  replace: <S extends ScreenId>(screen: S, ...params: ParamsArgs<S>) => void;
  /** Previous screen; from a first-level screen that is home. */
  back: () => void;
  /** Clears the history and shows home. Does not wipe the session: see useResetSession. */
  home: () => void;
}

const RouterContext = createContext<Router | null>(null);

/**
 * A history stack in React state; no URL. The kiosk has no address bar and must never be
 * deep-linked into a half-finished flow, so a URL router would only add ways to get lost.
 * Mounted once per session (keyed by the session), so a reset starts again at home.
 */
export function RouterProvider({ children }: { children: ReactNode }) {
  const nextKey = useRef(1);
  // The casts: TypeScript cannot follow that a generic S pairs `screen` with its own params
  // (ParamsArgs<S> guarantees it at every call site), nor that `params[0]` exists exactly when
  // ScreenParams[S] is not undefined.
  const makeRoute = useCallback(<S extends ScreenId>(screen: S, params: ScreenParams[S]): Route => {
    return { screen, params, key: nextKey.current++ } as Route;
  }, []);
  const [stack, setStack] = useState<Route[]>(() => [{ screen: 'home', params: undefined, key: 0 }]);

  const navigate = useCallback(
    <S extends ScreenId>(screen: S, ...params: ParamsArgs<S>) => {
      const route = makeRoute(screen, params[0] as ScreenParams[S]);
      setStack((current) => (screen === 'home' ? [route] : [...current, route]));
    },
    [makeRoute],
  );
  const replace = useCallback(
    <S extends ScreenId>(screen: S, ...params: ParamsArgs<S>) => {
      const route = makeRoute(screen, params[0] as ScreenParams[S]);
      setStack((current) => (screen === 'home' ? [route] : [...current.slice(0, -1), route]));
    },
    [makeRoute],
  );
  const back = useCallback(() => setStack((current) => (current.length > 1 ? current.slice(0, -1) : current)), []);
  const home = useCallback(
    () => setStack((current) => (current.length === 1 && current[0]?.screen === 'home' ? current : [makeRoute('home', undefined)])),
    [makeRoute],
  );

  const router = useMemo<Router>(
    () => ({ route: stack[stack.length - 1] ?? { screen: 'home', params: undefined, key: 0 }, navigate, replace, back, home }),
    [stack, navigate, replace, back, home],
  );
  const screenNavigation = useMemo<ScreenNavigation>(() => ({ home, back }), [home, back]);

  return (
    <RouterContext.Provider value={router}>
      <ScreenNavigationContext.Provider value={screenNavigation}>{children}</ScreenNavigationContext.Provider>
    </RouterContext.Provider>
  );
}

export function useRouter(): Router {
  const router = useContext(RouterContext);
  if (!router) throw new Error('useRouter() used outside <RouterProvider>');
  return router;
}
