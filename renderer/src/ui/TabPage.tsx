/**
 * The skeleton of a page with tabs (the calendar audit, the growth plan): an optional heading card, a bar
 * of tab links with the current one marked `aria-current="page"`, and the current tab's content.
 *
 * Tabs are screens by route name (@shared/routes). The current tab is the deepest one whose route the path
 * is on or under (`/audit/results/x` → Results); any other path shows the first tab. A detail route (a
 * page of its own inside the section, such as one competency) shows its own content instead, and then no
 * tab is current.
 */
import type { ReactNode } from 'react';
import type { RouteArgs, RouteParams } from '@shared/routes';
import { isUnder, linkTo, matchRoute, ROUTES, useRoute, type RouteName } from '@renderer/navigation';

/** The routes a tab can link to: those without parameters. */
export type TabRoute = { [N in RouteName]: RouteArgs<N> extends [] ? N : never }[RouteName];

export interface Tab {
  route: TabRoute;
  label: string;
  /** The tab's content; called only while it is the current tab. */
  render: () => ReactNode;
}

export interface TabPageProps<D extends RouteName> {
  /**
   * The feature's class prefix: the page is `stack {scope}`, the heading card `card {scope}-head` titled
   * by `#{scope}-head-title`, the tab bar `{scope}-tabs` and its links `{scope}-tabs__link`.
   */
  scope: string;
  /** The tabs, in order; the first is the default. */
  tabs: readonly [Tab, ...Tab[]];
  /** The accessible name of the tab bar. */
  tabsLabel: string;
  /** Shown in the tab bar after the links. */
  tabsExtra?: ReactNode;
  /** The heading of a card that holds the tab bar; without it the tab bar stands alone at the top. */
  title?: ReactNode;
  /** A muted line under the title. */
  subtitle?: ReactNode;
  /** Buttons beside the title. */
  actions?: ReactNode;
  /** A note between the title and the tab bar. */
  note?: ReactNode;
  /** A route under the page that is not a tab, and what it shows. */
  detail?: { route: D; render: (params: RouteParams<D>) => ReactNode };
  /** Rendered after the content: dialogs, status lines, an undo bar. */
  after?: ReactNode;
}

/** The tab of the deepest route that `path` is on or under; the first tab when there is none. */
function tabAt(tabs: readonly [Tab, ...Tab[]], path: string): Tab {
  let found: Tab | null = null;
  for (const tab of tabs) {
    const route = ROUTES[tab.route];
    if (isUnder(path, route) && (!found || route.length > ROUTES[found.route].length)) found = tab;
  }
  return found ?? tabs[0];
}

export function TabPage<D extends RouteName = RouteName>({
  scope,
  tabs,
  tabsLabel,
  tabsExtra,
  title,
  subtitle,
  actions,
  note,
  detail,
  after,
}: TabPageProps<D>) {
  const path = useRoute();
  const detailParams = detail ? matchRoute(detail.route, path) : null;
  const tab = tabAt(tabs, path);
  const current = detailParams ? null : tab;

  const nav = (
    <nav aria-label={tabsLabel} className={`${scope}-tabs`}>
      {tabs.map((t) => (
        <a
          key={t.route}
          href={linkTo(t.route)}
          className={`${scope}-tabs__link`}
          aria-current={t === current ? 'page' : undefined}
        >
          {t.label}
        </a>
      ))}
      {tabsExtra}
    </nav>
  );
  const titleId = `${scope}-head-title`;

  return (
    <div className={`stack ${scope}`}>
      {title === undefined ? (
        nav
      ) : (
        <section className={`card ${scope}-head`} aria-labelledby={titleId}>
          <div className="card__header">
            <div>
              <h2 id={titleId}>{title}</h2>
              {subtitle === undefined ? null : <p className="muted small">{subtitle}</p>}
            </div>
            {actions}
          </div>
          {note ? (
            <p className="note" role="note">
              {note}
            </p>
          ) : null}
          {nav}
        </section>
      )}
      {detail && detailParams ? detail.render(detailParams) : tab.render()}
      {after}
    </div>
  );
}
