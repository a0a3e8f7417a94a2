import { CompetencyEvidence } from '@renderer/features/journal';

/**
 * Where a competency's detail view shows evidence from the journal: retrospectives, brag entries and
 * feedback tagged with this competency.
 */
export function JournalEvidenceSlot({ competencyId }: { competencyId: string }) {
  return <CompetencyEvidence competencyId={competencyId} />;
}
