import { useEffect, useState } from 'react';

/**
 * The console's pages by address hash (#/inbox, #/report/<village>/<id>, #/fleet, #/figures,
 * #/publish, #/notices, #/alerts): a few routes and one parameterised one do not need a router library, and the hash
 * keeps the server a plain static file server.
 */
export type Route =
  | { page: 'inbox' }
  | { page: 'report'; village: string; id: string }
  | { page: 'fleet' }
  | { page: 'figures' }
  | { page: 'publish' }
  | { page: 'notices' }
  | { page: 'alerts' };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').map((part) => decodeURIComponent(part));
  if (parts[0] === 'report' && parts[1] && parts[2]) return { page: 'report', village: parts[1], id: parts[2] };
  if (parts[0] === 'fleet' || parts[0] === 'figures' || parts[0] === 'publish' || parts[0] === 'notices' || parts[0] === 'alerts') return { page: parts[0] };
  return { page: 'inbox' };
}

export function routeHref(route: Route): string {
  if (route.page === 'report') return `#/report/${encodeURIComponent(route.village)}/${encodeURIComponent(route.id)}`;
  return `#/${route.page}`;
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const update = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return route;
}
