import { useId, useMemo, useState } from 'react';
import { format } from 'date-fns';
import {
  isOverdue,
  monthsBefore,
  sortOpenActions,
  TREND_MIN_DAYS,
  TREND_MONTHS,
  UNRATED,
  type PlanTrend,
} from '@shared/domain/growth-plan';
import { LEVEL_NAMES } from '@shared/content/frameworks';
import { archetypeText } from '@shared/content/archetypes';
import { excellentAnswerRisk } from '@shared/domain/manager-loop';
import { useLatestManagerAnswer } from '@renderer/features/profile';
import type { Profile } from '@shared/types/entities';
import { Badge } from '@renderer/ui/Badge';
import { EmptyState } from '@renderer/ui/EmptyState';
import { DeferredChart } from '@renderer/ui/ChartWithTable';
import { RadarPlot, type RadarSeries } from '@renderer/ui/RadarPlot';
import { Sparkline } from '@renderer/ui/LinePlot';
import { formatDate, formatDay, plural } from '@renderer/ui/format';
import { useOpenActions } from '../hooks/usePlanData';
import { FrameworkUpdateNotice, PathCard } from './PathCard';
import type { PlanModel } from './types';
import { linkTo } from '@renderer/navigation';

/** Above this many competencies a radar becomes unreadable: the chart then shows the largest gaps. */
export const RADAR_MAX_AXES = 16;

/** Levels run 1..5 (“Starting” to “Role model”): the radar's outer ring. */
const RADAR_MAX_LEVEL = LEVEL_NAMES.length;

export const SERIES_COLORS = { current: '#2f7fd8', target: '#d9822b', past: '#8e96a8' } as const;

const COMPARE_OPTIONS = [0, 3, 6, 12] as const;

const pct = (share: number) => `${Math.round(share * 100)}%`;
const level = (value: number | null) => (value === null ? '–' : String(value));

interface SkillMapProps {
  model: PlanModel;
  profile: Profile | null;
  now: Date;
  today: string;
}

export function SkillMap({ model, profile, now, today }: SkillMapProps) {
  const rated = model.active.filter((c) => (model.states.get(c.id) ?? UNRATED).current !== null).length;
  return (
    <div className="stack gp-map">
      <FrameworkUpdateNotice model={model} />
      <div className="gp-summary">
        <ReadinessCard model={model} />
        <ExcellentCard today={today} />
      </div>
      {model.active.length === 0 ? (
        <EmptyState
          title="This framework has no competencies yet"
          action={
            <a className="button button--primary" href={linkTo('planFramework')}>
              Add competencies
            </a>
          }
        >
          <p>Add the competencies your company’s ladder asks for, then rate where you are today.</p>
        </EmptyState>
      ) : rated === 0 ? (
        <EmptyState
          title="Rate your first competency"
          action={
            <a className="button button--primary" href={linkTo('planCompetencies')}>
              Rate competencies
            </a>
          }
        >
          <p>
            For each competency, pick the level you are at today and the level you are aiming for. Your skill
            map, gaps and readiness appear as soon as you do. Be honest rather than generous: the gaps are
            what make the plan useful.
          </p>
        </EmptyState>
      ) : (
        <>
          <RadarCard model={model} now={now} />
          <GapList model={model} />
        </>
      )}
      <OpenActionsCard model={model} today={today} />
      <PathCard model={model} profile={profile} />
    </div>
  );
}

/** What the trend line says; empty when there is no trend to tell (too little history). */
export function trendText(trend: PlanTrend): string {
  if (trend.direction === 'none') {
    return trend.firstRatedAt === null
      ? ''
      : `First ratings on ${formatDay(format(new Date(trend.firstRatedAt), 'yyyy-MM-dd'))}. A trend shows once you rate again in ${TREND_MIN_DAYS / 7} weeks or more.`;
  }
  const over = trend.sinceFirstRatings
    ? `since your first ratings on ${formatDay(format(new Date(trend.since), 'yyyy-MM-dd'))}`
    : `over the last ${TREND_MONTHS} months`;
  return trend.direction === 'flat'
    ? `Unchanged ${over}.`
    : `${trend.direction === 'up' ? 'Up' : 'Down'} ${plural(Math.abs(trend.points), 'point')} ${over}.`;
}

export function ReadinessCard({ model }: { model: PlanModel }) {
  const { readiness, trend, series } = model;
  if (readiness.total === 0) {
    // No number yet: a big "0%" would read as a verdict on a plan that has not been rated.
    return (
      <section className="card gp-readiness" aria-labelledby="gp-readiness-title">
        <h2 id="gp-readiness-title">Readiness</h2>
        <EmptyState
          title="Nothing to measure yet"
          action={
            model.active.length > 0 ? (
              <a className="button" href={linkTo('planCompetencies')}>
                Rate competencies
              </a>
            ) : undefined
          }
        >
          <p>
            Readiness is the share of your competencies that are at or above their target. Give a competency
            both a current and a target level and it appears here.
          </p>
        </EmptyState>
      </section>
    );
  }
  const text = trendText(trend);
  const data = series.map((p) => ({
    label: formatDate(format(new Date(p.at), 'yyyy-MM-dd'), 'monthYear'),
    value: Math.round(p.readiness.value * 100),
  }));
  // A trend needs a past: without ratings before this month the line would only be flat.
  const showChart = series.slice(0, -1).some((p) => p.readiness.total > 0);
  return (
    <section className="card gp-readiness" aria-labelledby="gp-readiness-title">
      <h2 id="gp-readiness-title">Readiness</h2>
      <p className="gp-readiness__value">
        <span className="gp-big" data-testid="gp-readiness">
          {pct(readiness.value)}
        </span>{' '}
        <span className="muted">
          {readiness.met} of {plural(readiness.total, 'rated competency', 'rated competencies')} at or above
          target
        </span>
      </p>
      {text ? (
        <p className={`gp-trend gp-trend--${trend.direction}`} data-testid="gp-trend">
          {trend.direction !== 'none' ? (
            <span aria-hidden="true">
              {trend.direction === 'up' ? '▲' : trend.direction === 'down' ? '▼' : '●'}{' '}
            </span>
          ) : null}
          {text}
        </p>
      ) : null}
      {showChart ? (
        <>
          <div className="gp-sparkline" aria-hidden="true">
            <Sparkline values={data.map((d) => d.value)} yDomain={[0, 100]} color={SERIES_COLORS.current} />
          </div>
          <table className="visually-hidden">
            <caption>Readiness at the end of each of the last twelve months</caption>
            <thead>
              <tr>
                <th scope="col">Month</th>
                <th scope="col">Readiness</th>
              </tr>
            </thead>
            <tbody>
              {data.map((d, i) => (
                <tr key={i}>
                  <th scope="row">{i === data.length - 1 ? 'Now' : d.label}</th>
                  <td>{d.value}%</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
    </section>
  );
}

function ExcellentCard({ today }: { today: string }) {
  const latest = useLatestManagerAnswer();
  if (latest === undefined) return <section className="card gp-excellent" aria-busy="true" />;
  const risk = excellentAnswerRisk(latest, today);
  return (
    <section className="card gp-excellent" aria-labelledby="gp-excellent-title">
      <h2 id="gp-excellent-title">“Excellent in six months”</h2>
      {latest ? (
        <blockquote className="gp-quote">
          <p>{latest.answer}</p>
          <footer className="muted small">Your manager’s answer, {formatDay(latest.askedOn)}</footer>
        </blockquote>
      ) : null}
      {risk ? (
        <p className="note note--warning" role="note" data-testid="gp-excellent-risk">
          <strong>A risk to your plan: </strong>
          {risk.kind === 'missing'
            ? 'you have not written down what your manager thinks excellent looks like. Ask in your next 1:1 so your targets match what will be recognised.'
            : risk.kind === 'vague'
              ? `the answer was vague, so your targets may not be what your manager has in mind. Ask for specifics by ${formatDay(risk.askAgainOn)}.`
              : `this answer is from ${formatDay(risk.askedOn)}, six months ago or more. Priorities shift: ask again.`}
        </p>
      ) : (
        <p className="muted small">Recent and on record. Compare your targets with it now and then.</p>
      )}
      <p>
        <a href={linkTo('profile')}>
          {latest ? 'See every answer in your profile' : 'Write the answer in your profile'}
        </a>
      </p>
    </section>
  );
}

function RadarCard({ model, now }: { model: PlanModel; now: Date }) {
  const [months, setMonths] = useState<(typeof COMPARE_OPTIONS)[number]>(0);
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const selectId = useId();
  const pastAt = months > 0 ? monthsBefore(now, months) : null;

  const rows = useMemo(() => {
    const ids = model.active.map((c) => c.id);
    const past = pastAt === null ? null : model.history.mapAt(ids, pastAt);
    return model.active.map((c) => {
      const state = model.states.get(c.id) ?? UNRATED;
      const then = past?.get(c.id) ?? UNRATED;
      return {
        id: c.id,
        name: c.name,
        current: state.current,
        target: state.target,
        pastCurrent: then.current,
      };
    });
  }, [model, pastAt]);

  // Too many axes: chart the largest gaps (the table still lists every competency).
  const charted =
    rows.length <= RADAR_MAX_AXES
      ? rows
      : model.ranked
          .slice(0, RADAR_MAX_AXES)
          .flatMap((r) => rows.filter((row) => row.id === r.competency.id));
  const pastLabel = `${months} months ago`;
  // Unrated stays null: the radar skips the axis instead of drawing a false dip to 0.
  const series: RadarSeries[] = [
    {
      key: 'target',
      name: 'Target',
      values: charted.map((r) => r.target),
      color: SERIES_COLORS.target,
      fillOpacity: 0.12,
    },
    {
      key: 'current',
      name: 'Current',
      values: charted.map((r) => r.current),
      color: SERIES_COLORS.current,
      fillOpacity: 0.3,
    },
  ];
  if (pastAt !== null) {
    series.push({
      key: 'past',
      name: pastLabel,
      values: charted.map((r) => r.pastCurrent),
      color: SERIES_COLORS.past,
      dashed: true,
    });
  }

  return (
    <section className="card stack gp-map__radar" aria-labelledby="gp-radar-title">
      <div className="card__header">
        <h2 id="gp-radar-title">Skill map</h2>
        <div className="row gp-radar__controls">
          <div className="field gp-inline-field">
            <label htmlFor={selectId}>Compare with</label>
            <select
              id={selectId}
              value={months}
              onChange={(e) => setMonths(Number(e.target.value) as (typeof COMPARE_OPTIONS)[number])}
            >
              <option value={0}>Nothing</option>
              {COMPARE_OPTIONS.filter((m) => m > 0).map((m) => (
                <option key={m} value={m}>
                  {m} months ago
                </option>
              ))}
            </select>
          </div>
          <div className="segmented gp-segmented" role="group" aria-label="Show the skill map as">
            <button
              type="button"
              className={`gp-seg ${view === 'chart' ? 'is-selected' : ''}`}
              aria-pressed={view === 'chart'}
              onClick={() => setView('chart')}
            >
              Chart
            </button>
            <button
              type="button"
              className={`gp-seg ${view === 'table' ? 'is-selected' : ''}`}
              aria-pressed={view === 'table'}
              onClick={() => setView('table')}
            >
              Table
            </button>
          </div>
        </div>
      </div>
      {view === 'chart' ? (
        <figure
          className="gp-radar"
          aria-label="Radar chart of current and target levels; the table view has the same numbers"
        >
          <DeferredChart>
            <RadarPlot
              axes={charted.map((r) => ({ id: r.id, label: r.name, unrated: r.current === null }))}
              max={RADAR_MAX_LEVEL}
              series={series}
            />
          </DeferredChart>
          {charted.length < rows.length ? (
            <figcaption className="muted small">
              Showing the {charted.length} largest gaps of {rows.length} competencies; the table lists them
              all.
            </figcaption>
          ) : null}
        </figure>
      ) : null}
      <table className={view === 'table' ? 'table' : 'visually-hidden'} data-testid="gp-map-table">
        <caption className={view === 'table' ? 'visually-hidden' : undefined}>
          Current and target level of each competency{pastAt !== null ? `, and the level ${pastLabel}` : ''}
        </caption>
        <thead>
          <tr>
            <th scope="col">Competency</th>
            {pastAt !== null ? (
              <th scope="col" className="num">
                {pastLabel}
              </th>
            ) : null}
            <th scope="col" className="num">
              Current
            </th>
            <th scope="col" className="num">
              Target
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <th scope="row">{r.name}</th>
              {pastAt !== null ? <td className="num">{level(r.pastCurrent)}</td> : null}
              <td className="num">{level(r.current)}</td>
              <td className="num">{level(r.target)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function GapList({ model }: { model: PlanModel }) {
  const open = model.ranked.filter((r) => r.gap !== null && r.gap > 0);
  const met = model.ranked.filter((r) => r.gap !== null && r.gap <= 0).length;
  const unrated = model.ranked.filter((r) => r.gap === null).length;
  return (
    <section className="card stack gp-map__gaps" aria-labelledby="gp-gaps-title">
      <h2 id="gp-gaps-title">Gaps to work on</h2>
      <p className="muted small">
        Largest gap first. Equal gaps are ordered by what matters most for{' '}
        {model.targetTrack === 'staff'
          ? 'the Staff track'
          : model.targetTrack === 'em'
            ? 'the manager track'
            : 'this framework (set a target track in your profile to use its priorities)'}
        .
        {model.framework.archetype && model.emphasised.size > 0
          ? ` Weighted for ${archetypeText(model.framework.archetype).name.toLowerCase()}: what it relies on ranks as if its gap were one level larger (change it under Your path).`
          : ''}
      </p>
      {open.length === 0 ? (
        <p>No open gaps: every rated competency is at or above its target. Time to raise a target?</p>
      ) : (
        <ol className="gp-gaps" data-testid="gp-gaps">
          {open.map((r) => (
            <li key={r.competency.id} className="gp-gap">
              <a href={linkTo('competency', { id: r.competency.id })} className="gp-gap__name">
                {r.competency.name}
              </a>
              <span className="gp-gap__levels muted small">
                {r.state.current} → {r.state.target}
              </span>
              <span className="gp-gap__bar" aria-hidden="true">
                {Array.from({ length: r.gap ?? 0 }, (_, i) => (
                  <span key={i} />
                ))}
              </span>
              <span className="gp-gap__size">
                {plural(r.gap ?? 0, 'level')}
                {r.boosted ? <Badge tone="accent">Weighted</Badge> : null}
              </span>
            </li>
          ))}
        </ol>
      )}
      <p className="muted small">
        {plural(met, 'competency', 'competencies')} at or above target
        {unrated > 0 ? `, ${unrated} not rated yet` : ''}.
      </p>
    </section>
  );
}

/** The five open actions to do next (the plan's open actions only, read through the status index). */
function OpenActionsCard({ model, today }: { model: PlanModel; today: string }) {
  const actions = useOpenActions(model.all);
  const open = useMemo(() => sortOpenActions(actions ?? [], model.gaps).slice(0, 5), [actions, model.gaps]);
  const names = useMemo(() => new Map(model.active.map((c) => [c.id, c.name])), [model.active]);
  return (
    <section className="card stack" aria-labelledby="gp-next-title">
      <div className="card__header">
        <h2 id="gp-next-title">Next actions</h2>
        <a href={linkTo('planActions')}>All actions</a>
      </div>
      {actions === undefined ? null : open.length === 0 ? (
        <p className="muted">
          No open actions. Open a competency with a gap and add one concrete step — something you could start
          this week.
        </p>
      ) : (
        <ul className="gp-plain-list">
          {open.map((a) => (
            <li key={a.id} className="gp-action-line">
              <span>{a.title}</span>
              {a.competencyId ? <span className="muted small">{names.get(a.competencyId) ?? ''}</span> : null}
              {a.dueDate ? (
                <span className={isOverdue(a, today) ? 'gp-overdue' : 'muted small'}>
                  {isOverdue(a, today)
                    ? `Overdue since ${formatDay(a.dueDate)}`
                    : `Due ${formatDay(a.dueDate)}`}
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
