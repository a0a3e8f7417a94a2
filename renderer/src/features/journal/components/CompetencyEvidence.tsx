import { formatDay } from '@renderer/ui/format';
import { useCompetencyEvidence, useCompetencyName } from '../hooks/useJournal';
import { BackLink, itemHref, KIND_LABELS } from './common';
import '../journal.css';

/**
 * Every retrospective, brag entry and feedback item tagged with one competency, newest first.
 * Meant to be mounted anywhere (the growth plan's competency view too): it starts at an h3.
 */
export function CompetencyEvidence({ competencyId }: { competencyId: string }) {
  const items = useCompetencyEvidence(competencyId);
  if (!items) return <p className="muted">Loading evidence…</p>;
  const counts = {
    retro: items.filter((i) => i.kind === 'retro').length,
    brag: items.filter((i) => i.kind === 'brag').length,
    feedback: items.filter((i) => i.kind === 'feedback').length,
  };
  return (
    <section className="journal-evidence" aria-labelledby={`evidence-${competencyId}`}>
      <h3 id={`evidence-${competencyId}`}>Evidence from your journal</h3>
      {items.length === 0 ? (
        <p className="muted">
          Nothing is tagged with this competency yet. Tag a retrospective, a brag entry or a piece of feedback
          with it and it shows up here.
        </p>
      ) : (
        <>
          <p className="muted small">
            {counts.retro} {counts.retro === 1 ? 'retrospective' : 'retrospectives'}, {counts.brag}{' '}
            {counts.brag === 1 ? 'brag entry' : 'brag entries'}, {counts.feedback} feedback{' '}
            {counts.feedback === 1 ? 'item' : 'items'}.
          </p>
          <ul className="journal-evidence__list">
            {items.map((item) => (
              <li key={`${item.kind}:${item.id}`} className="journal-evidence__item">
                <span className={`journal-badge journal-badge--${item.kind}`}>{KIND_LABELS[item.kind]}</span>
                <a href={itemHref(item.kind, item.id)}>{item.title}</a>
                <span className="muted small">{formatDay(item.date)}</span>
                {item.detail ? <p className="journal-evidence__detail">{item.detail}</p> : null}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** The full-page evidence view for a competency, reached from the competency filters. */
export function EvidencePage({
  competencyId,
  backHref,
  backLabel,
}: {
  competencyId: string;
  backHref: string;
  backLabel: string;
}) {
  const name = useCompetencyName(competencyId);
  return (
    <div className="stack">
      <BackLink href={backHref}>{backLabel}</BackLink>
      <section className="card">
        <h2>Evidence for {name ?? 'a competency that no longer exists'}</h2>
        <CompetencyEvidence competencyId={competencyId} />
      </section>
    </div>
  );
}
