import { CompetencyEvidence } from '@renderer/features/evidence';
import { useCompetencyName } from '../hooks/useJournal';
import { BackLink } from './common';
import '../journal.css';

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
        <CompetencyEvidence competencyId={competencyId} name={name ?? 'this competency'} />
      </section>
    </div>
  );
}
