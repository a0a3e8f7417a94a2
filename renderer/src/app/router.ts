/**
 * A tiny hash router: paths like `#/profile` or `#/plan/competency/42`. Hash routes work on any origin
 * (app://, the e2e http server, the browser preview) and let main deep-link into a screen.
 * The first segment picks the section (app/sections.tsx); a section reads the rest with `useRoute`.
 */
import { useSyncExternalStore } from 'react';

export const DEFAULT_ROUTE = '/profile';

/** The path in the hash, normalised: always starts with "/", no trailing "/", nothing unsafe. */
export function parseRoute(hash: string): string {
  const path = hash.replace(/^#/, '').replace(/\/+$/, '');
  return /^\/[A-Za-z0-9/_-]*$/.test(path) ? path : DEFAULT_ROUTE;
}

/** Whether `path` is `route` itself or a page under it. */
export function isUnder(path: string, route: string): boolean {
  return path === route || path.startsWith(`${route}/`);
}

function subscribe(onChange: () => void) {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useRoute(): string {
  return useSyncExternalStore(subscribe, () => parseRoute(window.location.hash));
}

export function navigate(route: string) {
  window.location.hash = route;
}

/** The path segments after `section` (`/retros/abc` under `/retros` → `['abc']`), live. */
export function useSubRoute(section: string): string[] {
  const route = useRoute();
  return isUnder(route, section) ? route.slice(section.length).split('/').filter(Boolean) : [];
}
