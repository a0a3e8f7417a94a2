import { useEffect, useRef } from 'react';
import { LIKERT_LABELS, READING_TEXTS, STATEMENT_REWORDING, TRACK_NAMES } from '@shared/content/assessment';
import {
  CLOSE_THRESHOLD,
  MAX_SCORE,
  rewordedSince,
  statementTextAt,
  trackOfReading,
  type HistoryPoint,
} from '@shared/domain/assessment';
import { describeFit, disagreementLine, type FitReading } from '@shared/domain/audit-fit';
import type { TargetTrack, Track } from '@shared/types/entities';
import { formatDateTime, formatDay, formatList, plural } from '@renderer/ui/format';
import { linkTo } from '@renderer/navigation';
import { Badge } from '@renderer/ui/Badge';
import { CountsAsEvidence } from '@renderer/features/evidence';

interface ResultViewProps {
  title: string;
  point: HistoryPoint;
  /** The take before this one, to say whether the leaning changed. */
  previous: HistoryPoint | undefined;
  targetTrack: TargetTrack | null;
  /** Move keyboard focus to the heading on arrival (right after finishing a take). */
  focusOnMount?: boolean;
  /** The newest calendar audit's fit reading against this result, when there is an audit. */
  auditFit?: FitReading | null;
  onUseForPlan: (track: Track) => void;
  onRetake: () => void;
}

function gapText(point: HistoryPoint) {
  if (point.gap === 0) return 'Both scores are equal.';
  const ahead = point.gap > 0 ? 'Staff' : 'EM';
  return `${ahead} is ${plural(Math.abs(point.gap), 'point')} ahead.`;
}

function ScoreBar({ label, value, tone }: { label: string; value: number; tone: Track }) {
  // Drawn on the same 0…30 scale the text gives ("18 / 30" fills 60%), not on the 6…30 range of
  // possible scores, which drew 6 / 30 as empty and 18 / 30 as half-full.
  const share = (value / MAX_SCORE) * 100;
  return (
    <div className="assessment-score">
      <div className="assessment-score__head">
        <span className="assessment-score__label">{label}</span>
        <span className="assessment-score__value">
          {value}
          <span className="muted"> / {MAX_SCORE}</span>
        </span>
      </div>
      <div className="assessment-score__track" aria-hidden="true">
        <div
          className={`assessment-score__fill assessment-score__fill--${tone}`}
          style={{ width: `${share}%` }}
        />
      </div>
    </div>
  );
}

/** What the newest calendar audit says about this result: a disagreement first and loud, agreement quietly. */
function AuditComparison({ fit }: { fit: FitReading | null }) {
  if (!fit || fit.kind !== 'reading' || !fit.assessment) return null;
  if (fit.agreement === 'disagree') {
    return (
      <div className="note note--warning" role="note" data-testid="assessment-audit-fit">
        <p>
          <strong>{disagreementLine(fit.audit, fit.assessment)}</strong>
        </p>
        <p>
          <a href={linkTo('auditResults')}>See the audit’s fit reading</a> ·{' '}
          <a href={linkTo('assessmentTrials')}>Plan a trial</a>
        </p>
      </div>
    );
  }
  return (
    <p className="muted small" data-testid="assessment-audit-fit">
      Your calendar audit: {describeFit(fit).details.at(-1)}{' '}
      <a href={linkTo('auditResults')}>See its fit reading</a>
    </p>
  );
}

export function ResultView({
  title,
  point,
  previous,
  targetTrack,
  focusOnMount = false,
  auditFit = null,
  onUseForPlan,
  onRetake,
}: ResultViewProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnMount) headingRef.current?.focus();
  }, [focusOnMount]);
  const text = READING_TEXTS[point.reading];
  const track = trackOfReading(point.reading);

  return (
    <section className="card assessment-result" aria-labelledby={`result-${point.id}`}>
      <div className="card__header">
        <h2 id={`result-${point.id}`} ref={headingRef} tabIndex={-1}>
          {title}
        </h2>
        <span className="muted small">{formatDateTime(point.completedAt)}</span>
      </div>

      <div className="assessment-result__scores">
        <ScoreBar label="Staff score" value={point.staff} tone="staff" />
        <ScoreBar label="EM score" value={point.em} tone="em" />
      </div>

      <div className={`assessment-reading assessment-reading--${point.reading}`}>
        <p className="assessment-reading__title">{text.title}</p>
        <p className="muted small">
          {gapText(point)} Scores within {CLOSE_THRESHOLD} points of each other read as close.
        </p>
      </div>
      <AuditComparison fit={auditFit} />
      <p>{text.interpretation}</p>
      <p>{text.nextStep}</p>

      {previous && previous.reading !== point.reading ? (
        <p className="note note--warning">
          <strong>Your leaning changed</strong> since the take before (
          {READING_TEXTS[previous.reading].summary} → {text.summary}). See the history for how your answers
          moved.
        </p>
      ) : null}

      <h3>What drove this result</h3>
      {rewordedSince(point.completedAt).length > 0 ? (
        <p className="note" role="note">
          This take answered the wording used before {formatDay(STATEMENT_REWORDING.on)}: statements{' '}
          {formatList(rewordedSince(point.completedAt))} have been reworded since. They are shown here as this
          take asked them.
        </p>
      ) : null}
      {point.drivers.length === 0 ? (
        <p className="muted">
          Every answer sat in the middle of the scale, so no statement pulled either way. Try a trial to learn
          more from real work.
        </p>
      ) : (
        <ul className="assessment-drivers">
          {point.drivers.map((driver) => {
            return (
              <li key={driver.statement}>
                <Badge tone={driver.lean === 'staff' ? 'accent' : 'warm'}>
                  {driver.lean === 'staff' ? 'Staff' : 'EM'}
                </Badge>{' '}
                <span>{statementTextAt(driver.statement, point.completedAt)}</span>{' '}
                <span className="muted small">— you answered “{LIKERT_LABELS[driver.answer - 1]}”</span>
              </li>
            );
          })}
        </ul>
      )}

      <CountsAsEvidence
        source={{ kind: 'assessment', id: point.id }}
        hint="A take can back a competency, for example self-awareness about the track you want."
      />

      <div className="row">
        {track ? (
          <button type="button" className="button button--primary" onClick={() => onUseForPlan(track)}>
            Use this result for my plan
          </button>
        ) : null}
        <button type="button" className="button" onClick={onRetake}>
          Retake the assessment
        </button>
        <a className="button button--ghost" href={linkTo('assessmentHistory')}>
          See how it changed over time
        </a>
      </div>
      {track && targetTrack === track ? (
        <p className="muted small">Your profile already targets {TRACK_NAMES[track]}.</p>
      ) : null}
      {!track ? (
        <p className="muted small">
          A close result does not pick a track for your plan. Run a trial of each kind, then decide.
        </p>
      ) : null}
    </section>
  );
}
