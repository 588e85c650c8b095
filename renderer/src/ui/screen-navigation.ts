import { createContext, useContext } from 'react';

/**
 * What the Home and Back buttons of a <Screen> do. The app's router provides it, so ui/
 * stays free of routing and a Screen can be rendered on its own in a test.
 */
export interface ScreenNavigation {
  home: () => void;
  back: () => void;
}

const noNavigation: ScreenNavigation = { home: () => {}, back: () => {} };

export const ScreenNavigationContext = createContext<ScreenNavigation>(noNavigation);

export function useScreenNavigation(): ScreenNavigation {
  return useContext(ScreenNavigationContext);
}
