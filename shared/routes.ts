/**
 * Every screen of the app, by name, with its path and the parameters the path takes: the one table that
 * links, navigation, menu shortcuts and reminder deep links are built from, so a link cannot be
 * misspelled (an unknown name or a missing parameter does not compile).
 *
 *   pathTo('competency', { id })   → '/plan/competency/<id>'
 *   pathTo('auditReflection')       → '/audit/reflection'
 *
 * Paths are what the hash router shows after `#`. Pure: main uses it too.
 */
export const ROUTES = {
  today: '/today',
  profile: '/profile',

  plan: '/plan',
  planCompetencies: '/plan/competencies',
  competency: '/plan/competency/:id',
  planActions: '/plan/actions',
  planPromotion: '/plan/promotion',
  planProjects: '/plan/projects',
  planPacket: '/plan/packet',
  planFramework: '/plan/framework',

  assessment: '/assessment',
  assessmentTake: '/assessment/take',
  assessmentResult: '/assessment/result/:id',
  assessmentHistory: '/assessment/history',
  assessmentDecision: '/assessment/decision',
  assessmentTrials: '/assessment/trials',

  audit: '/audit',
  auditReflection: '/audit/reflection',
  auditResults: '/audit/results',
  auditCategories: '/audit/categories',
  auditHistory: '/audit/history',
  auditHandovers: '/audit/handovers',
  auditHandover: '/audit/handovers/:id',

  retros: '/retros',
  retro: '/retros/:id',
  retrosEvidence: '/retros/evidence/:competencyId',
  brag: '/brag',
  bragEntry: '/brag/:id',
  bragEvidence: '/brag/evidence/:competencyId',
  feedback: '/feedback',
  feedbackItem: '/feedback/:id',
  feedbackEvidence: '/feedback/evidence/:competencyId',
  people: '/people',
  person: '/people/:id',

  data: '/data',
  settings: '/settings',
} as const;

export type RouteName = keyof typeof ROUTES;

/** The parameter names in a path: 'id' for '/retros/:id', never for a path without parameters. */
type ParamNames<Path extends string> = Path extends `${string}:${infer Name}/${infer Rest}`
  ? Name | ParamNames<`/${Rest}`>
  : Path extends `${string}:${infer Name}`
    ? Name
    : never;

export type RouteParams<N extends RouteName> = Record<ParamNames<(typeof ROUTES)[N]>, string>;

/** No second argument for a route without parameters; the parameters object for one with them. */
export type RouteArgs<N extends RouteName> = [ParamNames<(typeof ROUTES)[N]>] extends [never]
  ? []
  : [params: RouteParams<N>];

/** The path of a screen. Parameters are URL-encoded, so any id makes a valid path. */
export function pathTo<N extends RouteName>(name: N, ...args: RouteArgs<N>): string {
  const params = (args[0] ?? {}) as Record<string, string>;
  return ROUTES[name].replace(/:([A-Za-z]+)/g, (_match, key: string) => {
    const value = params[key];
    if (value === undefined) throw new Error(`Route ${name} needs the parameter "${key}".`);
    return encodeURIComponent(value);
  });
}

/** The parameters of `path` if it is the screen `name` (`/plan/competency/42` → `{ id: '42' }`), else null. */
export function matchRoute<N extends RouteName>(name: N, path: string): RouteParams<N> | null {
  const keys: string[] = [];
  const pattern = ROUTES[name].replace(/:([A-Za-z]+)/g, (_match, key: string) => {
    keys.push(key);
    return '([^/]+)';
  });
  const match = new RegExp(`^${pattern}$`).exec(path);
  if (!match) return null;
  const params: Record<string, string> = {};
  keys.forEach((key, index) => {
    const raw = match[index + 1] ?? '';
    try {
      params[key] = decodeURIComponent(raw);
    } catch {
      params[key] = raw;
    }
  });
  return params as RouteParams<N>;
}

/** An `href` for a link to a screen. */
export function linkTo<N extends RouteName>(name: N, ...args: RouteArgs<N>): string {
  return `#${pathTo(name, ...args)}`;
}

/** Whether `path` is `route` itself or a page under it. */
export function isUnder(path: string, route: string): boolean {
  return path === route || path.startsWith(`${route}/`);
}

/** Records that other screens link to (journal entries, and the sources of evidence and checklist items). */
export type LinkableRecord =
  'retro' | 'brag' | 'feedback' | 'audit' | 'assessment' | 'trial' | 'action' | 'handover' | 'project';

/** The screen that shows one record. An audit opens the list of all audits, which has no page per audit. */
export function recordPath(kind: LinkableRecord, id: string): string {
  switch (kind) {
    case 'retro':
      return pathTo('retro', { id });
    case 'brag':
      return pathTo('bragEntry', { id });
    case 'feedback':
      return pathTo('feedbackItem', { id });
    case 'audit':
      return pathTo('auditHistory');
    case 'assessment':
      return pathTo('assessmentResult', { id });
    case 'trial':
      return pathTo('assessmentTrials');
    case 'action':
      return pathTo('planActions');
    case 'handover':
      return pathTo('auditHandover', { id });
    case 'project':
      // The pipeline is short: its list shows every project whole.
      return pathTo('planProjects');
  }
}
