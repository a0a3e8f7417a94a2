/**
 * The app's sections, in sidebar order. A feature joins the app with one entry here: its route (the
 * first path segment), its sidebar label, its page title and one line saying what it is for.
 */
import { lazy, type ComponentType, type ReactNode } from 'react';
import { isUnder, ROUTES } from '@renderer/navigation';
// The start screen comes with the app's first script (no second round trip before it can paint).
import { preloadToday, TodayPage } from '../features/today';

/**
 * A section's page, loaded the first time it is shown: the first screen downloads and parses only its
 * own code, and the chart library only comes with the pages that draw charts. App.tsx shows a quiet
 * placeholder (inside the already painted shell) while a page's code loads.
 */
function lazyPage<Module>(load: () => Promise<Module>, pick: (module: Module) => ComponentType) {
  const Page = lazy(async () => ({ default: pick(await load()) }));
  return () => <Page />;
}

const loadProfile = () => import('../features/profile');
const ProfilePage = lazyPage(loadProfile, (m) => m.ProfilePage);

const DataPage = lazyPage(
  () => import('../features/backup'),
  (m) => m.DataPage,
);
const SettingsPage = lazyPage(
  () => import('../features/settings'),
  (m) => m.SettingsPage,
);
const GrowthPlanPage = lazyPage(
  () => import('../features/growth-plan'),
  (m) => m.GrowthPlanPage,
);
const AssessmentPage = lazyPage(
  () => import('../features/assessment'),
  (m) => m.AssessmentPage,
);
const AuditPage = lazyPage(
  () => import('../features/audit'),
  (m) => m.AuditPage,
);
const RetrosPage = lazyPage(
  () => import('../features/journal'),
  (m) => m.RetrosPage,
);
const BragPage = lazyPage(
  () => import('../features/journal'),
  (m) => m.BragPage,
);
const FeedbackPage = lazyPage(
  () => import('../features/journal'),
  (m) => m.FeedbackPage,
);
const PeoplePage = lazyPage(
  () => import('../features/people'),
  (m) => m.PeoplePage,
);

export interface Section {
  route: string;
  label: string;
  title: string;
  description: string;
  render: () => ReactNode;
  /**
   * What the page's first render needs, fetched before it (its data): when the app starts on this
   * section, the first paint waits briefly for it (main.tsx), so the screen appears whole, not as a
   * loading line and then a second layout.
   */
  preload?: () => Promise<unknown>;
}

/** The start screen (issue 16): what is due, the next step, and the week so far. */
export const TODAY_SECTION: Section = {
  route: ROUTES.today,
  label: 'Today',
  title: 'Today',
  description: 'What is due, what comes next, and how your week is going.',
  render: () => <TodayPage />,
  preload: preloadToday,
};

export const SECTIONS: Section[] = [
  TODAY_SECTION,
  {
    route: ROUTES.profile,
    label: 'Profile',
    title: 'Your profile',
    description: 'Where you are, where you are heading, and what your manager expects.',
    render: ProfilePage,
    // Opened at start (a reload, a deep link): its code and its record, so the form still paints whole.
    preload: () => loadProfile().then((m) => m.preloadProfile()),
  },
  {
    route: ROUTES.plan,
    label: 'Growth plan',
    title: 'Growth plan',
    description: 'Where you are, where you want to be, and the steps that get you there.',
    render: GrowthPlanPage,
  },
  {
    route: ROUTES.assessment,
    label: 'Staff or EM?',
    title: 'Staff or manager?',
    description:
      'Which path fits you: a short self-assessment, your decision in one sentence, and trials first.',
    render: AssessmentPage,
  },
  {
    route: ROUTES.audit,
    label: 'Calendar audit',
    title: 'Calendar audit',
    description: 'A few weeks of where your time goes and what it does to your energy.',
    render: AuditPage,
  },
  {
    route: ROUTES.retros,
    label: 'Retrospectives',
    title: 'Project retrospectives',
    description: 'Look back at each project to learn what to repeat, what to prevent and what to change.',
    render: RetrosPage,
  },
  {
    route: ROUTES.brag,
    label: 'Brag document',
    title: 'Brag document',
    description:
      'A running record of your work and its impact, glue work included, ready for a promotion packet.',
    render: BragPage,
  },
  {
    route: ROUTES.feedback,
    label: 'Feedback',
    title: 'Feedback log',
    description: 'What you asked, what you heard, and what you did with it.',
    render: FeedbackPage,
  },
  {
    route: ROUTES.people,
    label: 'People',
    title: 'People around you',
    description: 'Mentors, the people you help grow, and who to talk to up, across and down.',
    render: PeoplePage,
  },
  // New feature sections go above this line, in sidebar order.
  {
    route: ROUTES.data,
    label: 'Backup & restore',
    title: 'Backup & restore',
    description: 'Keep your data safe and move it between computers.',
    render: DataPage,
  },
  {
    route: ROUTES.settings,
    label: 'Settings',
    title: 'Settings',
    description: 'Reminders, quiet hours, and how Growth Ledger lives on your desktop.',
    render: SettingsPage,
  },
];

/** The section a path belongs to (Today for an unknown path). */
export function sectionFor(route: string): Section {
  return SECTIONS.find((section) => isUnder(route, section.route)) ?? TODAY_SECTION;
}
