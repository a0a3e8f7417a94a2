import type { ReactNode } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Line,
  Rectangle,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type BarShapeProps,
} from 'recharts';
import { LEAN_LABELS } from '@shared/content/audit';
import type { ExportResult } from '@shared/ipc/contract';
import { LEAN_BUCKETS, heatCell, type AuditSummary, type LeanBucket } from '@shared/domain/audit-aggregate';
import {
  DRAINING_DAY_ENERGY,
  DRAINING_DAY_MIN_RATED_HOURS,
  DRAINING_RUN_DAYS,
  LONG_WEEK_HOURS,
  describeFit,
  type BurnoutSignal,
  type FitReading,
} from '@shared/domain/audit-fit';
import { describeSignal } from '@shared/domain/audit-export';
import { ChartWithTable } from '@renderer/ui/ChartWithTable';
import {
  formatDayMonth,
  formatDuration,
  formatEnergy,
  formatHours,
  formatTick,
  formatWeekday,
  formatTime,
  niceTicks,
  plural,
} from '@renderer/ui/format';
import { EmptyState } from '@renderer/ui/EmptyState';
import { ExportButton } from '@renderer/ui/ExportButton';
import { CountsAsEvidence } from '@renderer/features/evidence';

export const LEAN_NAMES: Record<LeanBucket, string> = { ...LEAN_LABELS, unassigned: 'No category yet' };
export const LEAN_COLORS: Record<LeanBucket, string> = {
  staff: '#2f6fdb',
  em: '#c2410c',
  neutral: '#64748b',
  unassigned: '#9aa3b2',
};

interface ResultsViewProps {
  auditId: string;
  summary: AuditSummary;
  fit: FitReading;
  signals: BurnoutSignal[];
  /** Writes the audit as CSV or Markdown to a file the user picks. */
  onExport: (kind: 'csv' | 'markdown') => Promise<ExportResult>;
  /** The work someone else could do, with "Hand over…" (features/delegation), under the summary. */
  delegation?: ReactNode;
}

const hoursOf = (minutes: number) => Math.round((minutes / 60) * 10) / 10;

/** An hours axis on nicely rounded ticks (0, 0.5, 1, 1.5 rather than 0.45, 0.9, 1.35), in the user's locale. */
function hourAxis(maxHours: number) {
  const ticks = niceTicks(maxHours || 1);
  return { ticks, domain: [0, ticks[ticks.length - 1] ?? 1], tickFormatter: formatTick, allowDecimals: true };
}
const pct = (part: number, whole: number) => (whole > 0 ? `${Math.round((part / whole) * 100)}%` : '–');
const TOOLTIP_STYLE = {
  background: 'var(--surface)',
  border: '1px solid var(--border)',
  borderRadius: 8,
  color: 'var(--text)',
} as const;
const TOOLTIP_CURSOR = { fill: 'rgba(128,128,128,0.12)' } as const;

function Stat({ label, value, hint }: { label: string; value: string; hint?: string }) {
  return (
    <div className="audit-stat">
      <dt className="audit-stat__label">{label}</dt>
      <dd className="audit-stat__value">{value}</dd>
      {hint ? <dd className="audit-stat__hint">{hint}</dd> : null}
    </div>
  );
}

function FitCard({ fit }: { fit: FitReading }) {
  const { headline, details } = describeFit(fit);
  const tone =
    fit.kind === 'not-enough-data'
      ? 'pending'
      : fit.agreement === 'disagree'
        ? 'disagree'
        : fit.agreement === 'agree'
          ? 'agree'
          : 'neutral';
  return (
    <section className={`card audit-fit audit-fit--${tone}`} aria-labelledby="audit-fit-title">
      <h2 id="audit-fit-title">Fit reading</h2>
      <p className="audit-fit__headline">{headline}</p>
      <ul className="audit-fit__details">
        {details.map((d) => (
          <li key={d}>{d}</li>
        ))}
      </ul>
      {fit.kind === 'reading' ? (
        <table className="table audit-fit__table">
          <caption className="visually-hidden">Energy by lean behind the fit reading</caption>
          <thead>
            <tr>
              <th scope="col">Work</th>
              <th scope="col" className="num">
                Hours
              </th>
              <th scope="col" className="num">
                Average energy
              </th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">Staff-leaning</th>
              <td className="num">{formatHours(fit.audit.staffHours * 60)}</td>
              <td className="num">{formatEnergy(fit.audit.staffAvg)}</td>
            </tr>
            <tr>
              <th scope="row">EM-leaning</th>
              <td className="num">{formatHours(fit.audit.emHours * 60)}</td>
              <td className="num">{formatEnergy(fit.audit.emAvg)}</td>
            </tr>
            {fit.assessment ? (
              <tr>
                <th scope="row">Self-assessment, Staff vs EM</th>
                <td className="num" colSpan={2}>
                  {fit.assessment.scores.staff} vs {fit.assessment.scores.em}
                </td>
              </tr>
            ) : null}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}

function Signals({ signals }: { signals: BurnoutSignal[] }) {
  return (
    <section className="card" aria-labelledby="audit-signals-title">
      <h2 id="audit-signals-title">Sustainability</h2>
      {signals.length === 0 ? (
        <p>No long weeks and no runs of draining days. Good.</p>
      ) : (
        <ul className="audit-signals">
          {signals.map((s) => (
            <li key={`${s.kind}-${s.start}`} className="note note--warning">
              {describeSignal(s)}
            </li>
          ))}
        </ul>
      )}
      <p className="muted small">
        Flagged: weeks over {LONG_WEEK_HOURS} logged hours, and {DRAINING_RUN_DAYS} or more draining days in a
        row (days averaging {formatEnergy(DRAINING_DAY_ENERGY)} or lower over at least{' '}
        {DRAINING_DAY_MIN_RATED_HOURS} rated hours; days with nothing logged are skipped).
      </p>
    </section>
  );
}

function heatColor(avg: number | null, minutes: number): string | undefined {
  if (minutes === 0 || avg === null) return undefined;
  const strength = Math.min(1, Math.abs(avg) / 2);
  const alpha = 0.15 + 0.4 * strength;
  return avg >= 0 ? `rgba(34, 160, 90, ${alpha})` : `rgba(214, 69, 69, ${alpha})`;
}

const DAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

function Heatmap({ summary }: { summary: AuditSummary }) {
  // The hour of the day of every cell with anything logged.
  const used: number[] = [];
  summary.heatmap.minutes.forEach((minutes, cell) => {
    if (minutes > 0) used.push(cell % 24);
  });
  if (used.length === 0) return <p className="muted">Activities with a start time appear here.</p>;
  const first = Math.min(...used);
  const last = Math.max(...used);
  const hours = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  return (
    <div className="audit-heatmap-wrap">
      <table className="audit-heatmap">
        <caption className="visually-hidden">
          Average energy by weekday and hour; empty cells have nothing logged
        </caption>
        <thead>
          <tr>
            <td />
            {hours.map((h) => (
              <th key={h} scope="col">
                {String(h).padStart(2, '0')}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {DAY_NAMES.map((name, day) => (
            <tr key={name}>
              <th scope="row">{name}</th>
              {hours.map((h) => {
                const cell = heatCell(summary.heatmap, day, h);
                return (
                  <td
                    key={h}
                    style={{ background: heatColor(cell.avgEnergy, cell.minutes) }}
                    title={
                      cell.minutes > 0
                        ? `${name} ${formatTime(`${String(h).padStart(2, '0')}:00`)} — ${formatDuration(cell.minutes)}, energy ${formatEnergy(cell.avgEnergy)}`
                        : undefined
                    }
                  >
                    {cell.minutes > 0 ? formatEnergy(cell.avgEnergy) : ''}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface CategoryDatum {
  name: string;
  hours: number;
  energy: number | null;
  color: string;
}

/**
 * One bar per category, as one half of the "By category" pair: hours in the category's colour (with the
 * category names), or average energy on the −2…+2 scale, green above zero and red below.
 */
function CategoryBars({ data, measure }: { data: CategoryDatum[]; measure: 'hours' | 'energy' }) {
  const hours = measure === 'hours';
  const fill = (row: CategoryDatum | undefined) =>
    hours ? (row?.color ?? LEAN_COLORS.unassigned) : (row?.energy ?? 0) < 0 ? '#d64545' : '#22a05a';
  return (
    <figure className="audit-chart">
      <figcaption>{hours ? 'Hours' : 'Average energy (−2 … +2)'}</figcaption>
      <ResponsiveContainer width="100%" height={Math.max(160, data.length * 30 + 40)}>
        <BarChart data={data} layout="vertical" margin={{ left: 8, right: 16 }} accessibilityLayer={false}>
          <CartesianGrid horizontal={false} />
          {hours ? (
            <XAxis type="number" {...hourAxis(Math.max(0, ...data.map((d) => d.hours)))} />
          ) : (
            <XAxis type="number" domain={[-2, 2]} ticks={[-2, -1, 0, 1, 2]} />
          )}
          {hours ? (
            <YAxis type="category" dataKey="name" width={190} tick={{ fontSize: 12 }} interval={0} />
          ) : (
            <YAxis type="category" dataKey="name" hide />
          )}
          {hours ? null : <ReferenceLine x={0} stroke="currentColor" />}
          <Tooltip contentStyle={TOOLTIP_STYLE} cursor={TOOLTIP_CURSOR} />
          <Bar
            dataKey={measure}
            name={hours ? 'Hours' : 'Average energy'}
            isAnimationActive={false}
            shape={(props: BarShapeProps) => <Rectangle {...props} fill={fill(data[props.index])} />}
          />
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}

/** A colour dot and a name, as the legend of a chart shows them. */
function Swatch({ color, label }: { color: string; label: string }) {
  return (
    <>
      <span className="audit-chip__dot" style={{ background: color }} aria-hidden="true" /> {label}
    </>
  );
}

/** Hours, share and energy of each lean (Staff, EM, neutral, no category yet) that has activities. */
function ByLean({ summary }: { summary: AuditSummary }) {
  const total = summary.total.minutes;
  return (
    <ChartWithTable
      titleId="audit-lean-title"
      title="By lean"
      caption="Hours, share and average energy by lean"
      rows={LEAN_BUCKETS.filter((lean) => summary.byLean[lean].count > 0)}
      rowKey={(lean) => lean}
      columns={[
        {
          header: 'Lean',
          cell: (lean) => <Swatch color={LEAN_COLORS[lean]} label={LEAN_NAMES[lean]} />,
        },
        { header: 'Hours', numeric: true, cell: (lean) => formatHours(summary.byLean[lean].minutes) },
        { header: 'Share', numeric: true, cell: (lean) => pct(summary.byLean[lean].minutes, total) },
        {
          header: 'Average energy',
          numeric: true,
          cell: (lean) => formatEnergy(summary.byLean[lean].avgEnergy),
        },
      ]}
    />
  );
}

/** Hours and energy of each category: two bar charts side by side, and their table. */
function ByCategory({ summary }: { summary: AuditSummary }) {
  const total = summary.total.minutes;
  const categoryData: CategoryDatum[] = summary.byCategory.map((row) => ({
    name: row.name,
    hours: hoursOf(row.minutes),
    energy: row.avgEnergy === null ? null : Math.round(row.avgEnergy * 10) / 10,
    color: row.color,
  }));
  return (
    <ChartWithTable
      titleId="audit-cat-title"
      title="By category"
      chartClassName="audit-chart-pair"
      chart={
        <>
          <CategoryBars data={categoryData} measure="hours" />
          <CategoryBars data={categoryData} measure="energy" />
        </>
      }
      caption="Hours and average energy by category"
      rows={summary.byCategory}
      rowKey={(row) => row.categoryId ?? 'none'}
      columns={[
        { header: 'Category', cell: (row) => <Swatch color={row.color} label={row.name} /> },
        { header: 'Lean', cell: (row) => LEAN_NAMES[row.lean] },
        { header: 'Hours', numeric: true, cell: (row) => formatHours(row.minutes) },
        { header: 'Share', numeric: true, cell: (row) => pct(row.minutes, total) },
        { header: 'Average energy', numeric: true, cell: (row) => formatEnergy(row.avgEnergy) },
      ]}
    />
  );
}

/**
 * The frame of a chart along the audit's weeks or days: full width, a horizontal grid, bars (or a `line`);
 * the axes and the series come as children.
 */
function OverTime({
  line = false,
  data,
  height,
  children,
}: {
  line?: boolean;
  data: object[];
  height: number;
  children: ReactNode;
}) {
  const Chart = line ? LineChart : BarChart;
  return (
    <ResponsiveContainer width="100%" height={height}>
      <Chart data={data} margin={{ left: 0, right: 16 }} accessibilityLayer={false}>
        <CartesianGrid vertical={false} />
        {children}
      </Chart>
    </ResponsiveContainer>
  );
}

/** Each week's hours stacked by lean, and its average energy in the table. */
function ByWeek({ summary }: { summary: AuditSummary }) {
  const weekData = summary.weeks.map((w) => ({
    name: `Week ${w.index + 1}`,
    staff: hoursOf(w.byLean.staff.minutes),
    em: hoursOf(w.byLean.em.minutes),
    neutral: hoursOf(w.byLean.neutral.minutes),
    unassigned: hoursOf(w.byLean.unassigned.minutes),
  }));
  return (
    <ChartWithTable
      titleId="audit-weeks-title"
      title="By week"
      chartClassName="audit-chart"
      chart={
        <OverTime data={weekData} height={220}>
          <XAxis dataKey="name" />
          <YAxis
            width={56}
            {...hourAxis(Math.max(0, ...summary.weeks.map((w) => hoursOf(w.minutes))))}
            unit=" h"
          />
          <Tooltip contentStyle={TOOLTIP_STYLE} cursor={TOOLTIP_CURSOR} />
          {LEAN_BUCKETS.map((lean) => (
            <Bar
              key={lean}
              dataKey={lean}
              name={LEAN_NAMES[lean]}
              stackId="lean"
              fill={LEAN_COLORS[lean]}
              isAnimationActive={false}
            />
          ))}
        </OverTime>
      }
      caption="Hours by lean and average energy per week"
      rows={summary.weeks}
      rowKey={(w) => w.index}
      columns={[
        {
          header: 'Week',
          cell: (w) => (
            <>
              Week {w.index + 1}{' '}
              <span className="muted small">
                {formatDayMonth(w.start)} – {formatDayMonth(w.end)}
              </span>
            </>
          ),
        },
        { header: 'Staff-leaning h', numeric: true, cell: (w) => formatHours(w.byLean.staff.minutes) },
        { header: 'EM-leaning h', numeric: true, cell: (w) => formatHours(w.byLean.em.minutes) },
        { header: 'Neutral h', numeric: true, cell: (w) => formatHours(w.byLean.neutral.minutes) },
        { header: 'Total h', numeric: true, cell: (w) => formatHours(w.minutes) },
        { header: 'Average energy', numeric: true, cell: (w) => formatEnergy(w.avgEnergy) },
      ]}
    />
  );
}

/** The average energy of each day as a line; the logged days' table waits behind a toggle. */
function EnergyOverTime({ summary }: { summary: AuditSummary }) {
  const dayData = summary.days.map((d) => ({
    name: formatDayMonth(d.date),
    energy: d.avgEnergy === null ? null : Math.round(d.avgEnergy * 100) / 100,
  }));
  const loggedDays = summary.days.filter((d) => d.minutes > 0);
  return (
    <ChartWithTable
      titleId="audit-time-title"
      title="Energy over time"
      tableToggle="Show as a table"
      chartClassName="audit-chart"
      chart={
        <OverTime line data={dayData} height={200}>
          <XAxis dataKey="name" interval="preserveStartEnd" minTickGap={24} />
          <YAxis domain={[-2, 2]} ticks={[-2, -1, 0, 1, 2]} width={40} />
          <ReferenceLine y={0} stroke="currentColor" />
          <Tooltip contentStyle={TOOLTIP_STYLE} />
          <Line
            type="linear"
            dataKey="energy"
            name="Average energy"
            stroke="#2f6fdb"
            strokeWidth={2}
            connectNulls
            dot={{ r: 3 }}
            isAnimationActive={false}
          />
        </OverTime>
      }
      caption="Hours and average energy per logged day"
      rows={loggedDays}
      rowKey={(d) => d.date}
      columns={[
        { header: 'Day', cell: (d) => formatWeekday(d.date) },
        { header: 'Hours', numeric: true, cell: (d) => formatHours(d.minutes) },
        { header: 'Average energy', numeric: true, cell: (d) => formatEnergy(d.avgEnergy) },
      ]}
    />
  );
}

export function ResultsView({ auditId, summary, fit, signals, onExport, delegation }: ResultsViewProps) {
  if (summary.total.count === 0) {
    return (
      <EmptyState title="No results yet">
        Results fill in as you log activities: hours and energy by category and lean, by week and by hour, and
        the fit reading once there are {10} rated hours of Staff-leaning and of EM-leaning work.
      </EmptyState>
    );
  }
  const total = summary.total.minutes;

  return (
    <div className="stack audit-results">
      <section className="card" aria-labelledby="audit-summary-title">
        <div className="card__header">
          <h2 id="audit-summary-title">Summary</h2>
          <div className="row">
            <ExportButton
              className="button button--small"
              failure="The export failed"
              save={() => onExport('csv')}
            >
              Export CSV…
            </ExportButton>
            <ExportButton
              className="button button--small"
              failure="The export failed"
              save={() => onExport('markdown')}
            >
              Export Markdown…
            </ExportButton>
          </div>
        </div>
        <dl className="audit-stats">
          <Stat
            label="Time logged"
            value={formatDuration(total)}
            hint={plural(summary.total.count, 'activity', 'activities')}
          />
          <Stat
            label="Average energy"
            value={formatEnergy(summary.total.avgEnergy)}
            hint={`over ${formatDuration(summary.total.ratedMinutes)} rated`}
          />
          <Stat
            label="Someone else could do"
            value={formatDuration(summary.delegableMinutes)}
            hint={pct(summary.delegableMinutes, total)}
          />
          <Stat
            label="Not the most important"
            value={formatDuration(summary.notMostImportantMinutes)}
            hint={pct(summary.notMostImportantMinutes, total)}
          />
        </dl>
        {summary.outsideCount > 0 ? (
          <p className="muted small">
            {plural(summary.outsideCount, 'activity', 'activities')} dated outside the audit’s weeks{' '}
            {summary.outsideCount === 1 ? 'is' : 'are'} not counted.
          </p>
        ) : null}
      </section>

      {delegation}
      <FitCard fit={fit} />
      <Signals signals={signals} />
      <section className="card" aria-labelledby="audit-evidence-title">
        <h2 id="audit-evidence-title">Evidence</h2>
        <CountsAsEvidence
          source={{ kind: 'audit', id: auditId }}
          hint="What this audit shows about where your time and energy go can back a competency in your plan."
        />
      </section>

      <ByLean summary={summary} />
      <ByCategory summary={summary} />
      <ByWeek summary={summary} />
      <EnergyOverTime summary={summary} />

      <section className="card" aria-labelledby="audit-heat-title">
        <h2 id="audit-heat-title">When energy rises and falls</h2>
        <p className="muted small">
          Average energy by weekday and hour: green cells energised you, red ones drained you.
          {summary.untimedCount > 0
            ? ` ${plural(summary.untimedCount, 'activity', 'activities')} without a start time ${summary.untimedCount === 1 ? 'is' : 'are'} not placed.`
            : ''}
        </p>
        <Heatmap summary={summary} />
      </section>
    </div>
  );
}
