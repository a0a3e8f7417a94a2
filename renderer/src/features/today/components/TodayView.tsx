import { linkTo } from '@renderer/navigation';
import { formatDuration, formatEnergy, plural } from '@renderer/ui/format';
import type {
  PathStep,
  TodayItem,
  TodayItemKind,
  TodayLink,
  TodayView as Today,
  WeekSummary,
} from '@shared/domain/today';

/** The `href` of a Today link. */
export function hrefOf(link: TodayLink): string {
  return 'id' in link ? linkTo(link.route, { id: link.id }) : linkTo(link.route);
}

/** Where the rest of a capped kind is listed, and how the count reads. */
const MORE: Partial<
  Record<
    TodayItemKind,
    { route: 'planActions' | 'retros' | 'feedback' | 'auditHandovers'; one: string; many: string }
  >
> = {
  action: { route: 'planActions', one: 'action due', many: 'actions due' },
  retro: { route: 'retros', one: 'retrospective to hold', many: 'retrospectives to hold' },
  feedback: { route: 'feedback', one: 'request waiting', many: 'requests waiting' },
  'follow-up': {
    route: 'auditHandovers',
    one: 'handover to follow up on',
    many: 'handovers to follow up on',
  },
};

const PATH = ['Your profile', 'The self-assessment', 'Your growth plan', 'A calendar audit'];

function FirstRun({ step }: { step: PathStep }) {
  return (
    <section className="card card--intro today-welcome" aria-labelledby="today-welcome">
      <h2 id="today-welcome">Welcome to Growth Ledger</h2>
      <p>
        A private notebook for growing past senior, toward Staff engineer or Engineering manager. It keeps
        your plan, your wins, the feedback you hear and where your time goes, and each day this screen shows
        what is due.
      </p>
      <p>Everything stays on this computer. Four short steps set it up; you can change any of them later.</p>
      <ol className="today-path">
        {PATH.map((label, index) => (
          <li key={label} aria-current={index === 0 ? 'step' : undefined}>
            {label}
          </li>
        ))}
      </ol>
      <p>
        <a className="button button--primary" href={hrefOf(step.link)}>
          {step.action}
        </a>
      </p>
    </section>
  );
}

function NextStep({ step, of }: { step: PathStep; of: number }) {
  return (
    <section className="card today-next" aria-labelledby="today-next">
      <p className="today-eyebrow">
        Next step · {step.step} of {of}
      </p>
      <h2 id="today-next">{step.title}</h2>
      <p className="muted">{step.detail}</p>
      <p>
        <a className="button button--primary" href={hrefOf(step.link)}>
          {step.action}
        </a>
      </p>
    </section>
  );
}

function DueList({ items, more }: { items: TodayItem[]; more: Today['more'] }) {
  const extras = Object.entries(more).flatMap(([kind, count]) => {
    const target = MORE[kind as TodayItemKind];
    return target && count ? [{ kind, count, target }] : [];
  });
  return (
    <section className="card" aria-labelledby="today-due">
      <h2 id="today-due">Due now</h2>
      {items.length === 0 ? (
        <p className="muted today-empty">
          Nothing is due. Actions due this week, feedback you are waiting for, a retrospective once a project
          ends, a check-in on work you handed over and your audit’s daily log appear here as they come up.
        </p>
      ) : (
        <ul className="today-list">
          {items.map((item) => (
            <li key={item.key} className={item.overdue ? 'today-item today-item--overdue' : 'today-item'}>
              <a href={hrefOf(item.link)} className="today-item__link">
                {item.title}
              </a>
              <span className="today-item__detail">{item.detail}</span>
            </li>
          ))}
          {extras.map(({ kind, count, target }) => (
            <li key={`more:${kind}`} className="today-item">
              <a href={hrefOf({ route: target.route })} className="today-item__link">
                And {count} more {count === 1 ? target.one : target.many}
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

const TREND_TEXT = { up: 'up on last week', down: 'down on last week', flat: 'about as last week' } as const;

/** "4 h 30 min logged in 6 activities · energy +0.8, up on last week · 2 wins logged". */
export function weekLine(week: WeekSummary): string {
  const parts: string[] = [];
  parts.push(
    week.activities === 0
      ? 'No activities logged yet'
      : `${formatDuration(week.minutes)} logged in ${plural(week.activities, 'activity', 'activities')}`,
  );
  if (week.energy !== null)
    parts.push(
      `energy ${formatEnergy(week.energy)}${week.energyTrend ? `, ${TREND_TEXT[week.energyTrend]}` : ''}`,
    );
  parts.push(week.wins === 0 ? 'no wins logged yet' : `${plural(week.wins, 'win')} logged`);
  return parts.join(' · ');
}

function ThisWeek({ week }: { week: WeekSummary }) {
  return (
    <section className="card today-week" aria-labelledby="today-week">
      <h2 id="today-week">This week</h2>
      <p>{weekLine(week)}</p>
      {week.wins === 0 ? (
        <p className="muted small">
          Shipped something, unblocked someone, mentored a colleague?{' '}
          <a href={hrefOf({ route: 'brag' })}>Log it as a win</a> while you still remember the details.
        </p>
      ) : null}
    </section>
  );
}

export function TodayView({ view }: { view: Today }) {
  if (view.firstRun && view.nextStep) return <FirstRun step={view.nextStep} />;
  return (
    <div className="stack today">
      {view.nextStep ? <NextStep step={view.nextStep} of={view.pathLength} /> : null}
      <DueList items={view.due} more={view.more} />
      <ThisWeek week={view.week} />
    </div>
  );
}
