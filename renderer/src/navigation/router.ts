/**
 * The app's one router: a hash router over the paths of @shared/routes (`#/profile`,
 * `#/plan/competency/42`). Hash routes work on any origin (app://, the e2e http server, the browser
 * preview) and let main deep-link into a screen.
 *
 * A lower layer: `app/` composes the sections from it, and features link and navigate with it, by route
 * name (`navigate('retro', { id })`, `href={linkTo('planActions')}`), never by hand-written paths.
 */
import { useSyncExternalStore } from 'react';
import { isUnder, pathTo, ROUTES, type RouteArgs, type RouteName } from '@shared/routes';

export { isUnder, linkTo, matchRoute, pathTo, ROUTES, type RouteName } from '@shared/routes';

/** Where the app starts, and where an unknown or unsafe path leads: Today (issue 16). */
export const DEFAULT_ROUTE: string = ROUTES.today;

/** The path in the hash, normalised: always starts with "/", no trailing "/", nothing unsafe. */
export function parseRoute(hash: string): string {
  const path = hash.replace(/^#/, '').replace(/\/+$/, '');
  return /^\/[A-Za-z0-9/_%.-]*$/.test(path) ? path : DEFAULT_ROUTE;
}

function subscribe(onChange: () => void) {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The current path, live. */
export function useRoute(): string {
  return useSyncExternalStore(subscribe, () => parseRoute(window.location.hash));
}

/** Opens a screen by its route name. */
export function navigate<N extends RouteName>(name: N, ...args: RouteArgs<N>): void {
  navigateToPath(pathTo(name, ...args));
}

/** Opens a path that came from outside the renderer (a menu, a notification): already a route's path. */
export function navigateToPath(path: string): void {
  window.location.hash = parseRoute(path);
}

/**
 * The path segments after a route (`/retros/abc` under `retros` → `['abc']`), decoded, live. Empty when
 * the current path is not under that route.
 */
export function useSubRoute(name: RouteName): string[] {
  const route = useRoute();
  const base = ROUTES[name];
  if (!isUnder(route, base)) return [];
  return route
    .slice(base.length)
    .split('/')
    .filter(Boolean)
    .map((segment) => {
      try {
        return decodeURIComponent(segment);
      } catch {
        return segment;
      }
    });
}
