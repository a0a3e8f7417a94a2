/**
 * A tiny hash router: routes are `#/profile`, `#/data`… Hash routes work on any origin (app://, the
 * e2e http server, the browser preview) and let main deep-link into a screen later.
 */
import { useSyncExternalStore } from 'react';

export const ROUTES = ['/profile', '/data'] as const;
export type Route = (typeof ROUTES)[number];
export const DEFAULT_ROUTE: Route = '/profile';

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '');
  return (ROUTES as readonly string[]).includes(path) ? (path as Route) : DEFAULT_ROUTE;
}

function subscribe(onChange: () => void) {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useRoute(): Route {
  return useSyncExternalStore(subscribe, () => parseRoute(window.location.hash));
}

export function navigate(route: string) {
  window.location.hash = route;
}
