import { memo, useMemo, useState } from 'react';
import { READING_TEXTS, STATEMENT_REWORDING } from '@shared/content/assessment';
import {
  detectDrift,
  MAX_SCORE,
  MIN_SCORE,
  newestPoints,
  rewordedSince,
  type AssessmentHistory,
  type HistoryPoint,
} from '@shared/domain/assessment';
import { useStore } from '@renderer/store/store';
import { EmptyState } from '@renderer/ui/EmptyState';
import { formatDateTime, formatDay, formatList, plural } from '@renderer/ui/format';
import { useAssessmentHistory } from '../hooks/useAssessmentData';
import { deleteTake } from '../model/actions';
import { InvalidTakesNote } from './AssessmentScreens';
import { Loading } from './Loading';
import { ConfirmDialog } from '@renderer/ui/ConfirmDialog';
import { errorMessage } from '@shared/errors';
import { linkTo } from '@renderer/navigation';
import { ShowMore, usePageLimit } from '@renderer/ui/ShowMore';
import { DeferredChart } from '@renderer/ui/ChartWithTable';
import { LinePlot, type LinePlotSeries } from '@renderer/ui/LinePlot';

const SCORE_TICKS = [6, 12, 18, 24, 30] as const;
const SCORE_DOMAIN = [MIN_SCORE, MAX_SCORE] as const;

/**
 * Memoised on the points: opening the delete dialog does not draw the chart again. A plain SVG (ui/LinePlot):
 * recharts took 200–300 ms of main thread for its first draw of these few dozen dots.
 */
const ScoreChart = memo(function ScoreChart({ points }: { points: HistoryPoint[] }) {
  const labels = points.map((p) => ({ label: formatDay(p.completedAt) }));
  const series: LinePlotSeries[] = [
    {
      key: 'staff',
      name: 'Staff',
      values: points.map((p) => p.staff),
      color: 'var(--assessment-staff)',
      dotClassName: 'assessment-chart__dot--staff',
      lineClassName: 'assessment-chart__line--staff',
    },
    {
      key: 'em',
      name: 'EM',
      values: points.map((p) => p.em),
      color: 'var(--assessment-em)',
      dashed: true,
      dotClassName: 'assessment-chart__dot--em',
      lineClassName: 'assessment-chart__line--em',
    },
  ];
  return (
    <figure className="assessment-chart" aria-labelledby="assessment-chart-caption">
      {/* The table below carries the same numbers for screen readers; the drawing itself is hidden from them. */}
      <DeferredChart className="assessment-chart__plot">
        <LinePlot points={labels} yDomain={SCORE_DOMAIN} yTicks={SCORE_TICKS} series={series} />
      </DeferredChart>
      <figcaption id="assessment-chart-caption" className="muted small">
        Staff and EM scores of each take (6 to 30). The table below lists the same numbers.
      </figcaption>
    </figure>
  );
});

const DriftMessage = memo(function DriftMessage({ points }: { points: HistoryPoint[] }) {
  const drifts = useMemo(() => detectDrift(points), [points]);
  const latest = points[points.length - 1];
  if (!latest || points.length < 2) return null;
  if (drifts.length === 0) {
    return (
      <p className="note" role="status">
        Your leaning has held steady across {plural(points.length, 'take')}:{' '}
        {READING_TEXTS[latest.reading].summary}.
      </p>
    );
  }
  return (
    <div className="note note--warning assessment-drift" role="status">
      <p>
        <strong>Your leaning changed</strong> {drifts.length === 1 ? 'once' : `${drifts.length} times`}{' '}
        between takes:
      </p>
      <ul>
        {drifts.map((d) => (
          <li key={d.toId}>
            {READING_TEXTS[d.from].summary} on {formatDateTime(d.fromAt)} → {READING_TEXTS[d.to].summary} on{' '}
            {formatDateTime(d.toAt)}
          </li>
        ))}
      </ul>
      <p className="small">
        Changes like this are normal as your work changes. If it keeps moving, a trial of each kind will tell
        you more than another take.
      </p>
    </div>
  );
});

/** Says that older takes answered an earlier wording of some statements, when any did. */
function RewordingNote({ points }: { points: HistoryPoint[] }) {
  const older = points.find((p) => rewordedSince(p.completedAt).length > 0);
  if (!older) return null;
  const numbers = rewordedSince(older.completedAt);
  return (
    <p className="note" role="note">
      Statements {formatList(numbers)} were reworded on {formatDay(STATEMENT_REWORDING.on)} to ask what the
      assessment means to ask. Takes marked “earlier wording” answered the old text: their answers still
      count, and each take’s result shows the statements as it asked them.
    </p>
  );
}

export function HistoryScreen() {
  const history = useAssessmentHistory();
  if (!history) return <Loading />;
  return <HistoryView history={history} />;
}

function HistoryView({ history }: { history: AssessmentHistory }) {
  const pushToast = useStore((s) => s.pushToast);
  const [deleting, setDeleting] = useState<HistoryPoint | null>(null);
  const { limit, more } = usePageLimit();
  const { points } = history;
  // A page of the table, newest first (a new array: the points are never reversed in place).
  const newestFirst = useMemo(() => newestPoints(points, limit), [points, limit]);

  return (
    <section className="card" aria-labelledby="assessment-history-title">
      <h2 id="assessment-history-title">Your takes over time</h2>
      {points.length === 0 ? (
        <EmptyState
          title="No finished takes yet"
          action={<a href={linkTo('assessment')}>Go to the assessment</a>}
        >
          <p>
            Each time you finish the assessment it is kept here with its date. Retake it every few months to
            see whether your leaning moves.
          </p>
        </EmptyState>
      ) : (
        <>
          <DriftMessage points={points} />
          <RewordingNote points={points} />
          <ScoreChart points={points} />
          <table className="table" aria-labelledby="assessment-table-caption">
            <caption id="assessment-table-caption" className="visually-hidden">
              Every finished take, newest first
            </caption>
            <thead>
              <tr>
                <th scope="col">Finished</th>
                <th scope="col" className="num">
                  Staff
                </th>
                <th scope="col" className="num">
                  EM
                </th>
                <th scope="col">Reading</th>
                <th scope="col" className="actions">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {newestFirst.map((p) => (
                <tr key={p.id}>
                  <th scope="row">{formatDateTime(p.completedAt)}</th>
                  <td className="num">{p.staff}</td>
                  <td className="num">{p.em}</td>
                  <td>
                    {READING_TEXTS[p.reading].summary}
                    {rewordedSince(p.completedAt).length > 0 ? (
                      <span className="muted small"> · earlier wording</span>
                    ) : null}
                  </td>
                  <td className="actions">
                    <div className="assessment-row-actions">
                      <a
                        className="button button--ghost button--small"
                        href={linkTo('assessmentResult', { id: p.id })}
                        aria-label={`View the result of ${formatDateTime(p.completedAt)}`}
                      >
                        View
                      </a>
                      <button
                        type="button"
                        className="button button--ghost button--small"
                        aria-label={`Delete the take of ${formatDateTime(p.completedAt)}`}
                        onClick={() => setDeleting(p)}
                      >
                        Delete
                      </button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <ShowMore shown={newestFirst.length} total={points.length} noun="takes" onMore={more} />
        </>
      )}
      {history.invalid.length > 0 ? <InvalidTakesNote invalid={history.invalid} /> : null}
      {deleting ? (
        <ConfirmDialog
          title="Delete this take?"
          tone="danger"
          confirmLabel="Delete the take"
          onCancel={() => setDeleting(null)}
          onConfirm={() => {
            const take = deleting;
            setDeleting(null);
            deleteTake(take.id).then(
              () => pushToast('success', 'The take was deleted.'),
              (error: unknown) => pushToast('error', `The take could not be deleted: ${errorMessage(error)}`),
            );
          }}
        >
          <p>
            The take of {formatDateTime(deleting.completedAt)} (Staff {deleting.staff}, EM {deleting.em}) will
            be removed from your history. A backup made earlier still has it.
          </p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
