import { useEffect, type ComponentType } from 'react';
import { useConfig } from './config-context';
import { useRouter } from './router';
import { screens } from './screens';

/**
 * Renders the route on top of the history, keyed by its visit so every visit starts fresh.
 * If the configuration turns the route's service off while it is shown, goes home.
 */
export function CurrentScreen() {
  const { route, home } = useRouter();
  const { services } = useConfig();
  const definition = screens[route.screen];
  const disabled = definition.service !== undefined && !services[definition.service];

  useEffect(() => {
    if (disabled) home();
  }, [disabled, home]);

  if (disabled) return null;
  // The table pairs each id with its own params type; TypeScript cannot follow that through a union.
  const Component = definition.component as ComponentType<{ params: unknown }>;
  return <Component key={route.key} params={route.params} />;
}
