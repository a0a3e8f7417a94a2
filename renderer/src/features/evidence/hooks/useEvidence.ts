import { useLiveQuery } from 'dexie-react-hooks';
import type { EvidenceEntry } from '@shared/domain/evidence-links';
import { competencyNames, competencyOptions, type CompetencyGroup } from '@shared/domain/journal';
import type { SourceRef } from '@shared/types/entities';
import { db } from '@renderer/db/db';
import { readCompetencyEvidence } from '@renderer/db/evidence-reads';
import { tagsOf } from '@renderer/db/evidence-links';
import { readEvidenceOptions, type EvidenceOption } from './readOptions';

/** One competency's evidence, each piece once, newest first; `undefined` while loading. */
export function useCompetencyEvidence(competencyId: string): EvidenceEntry[] | undefined {
  const found = useLiveQuery(
    async () => ({ competencyId, entries: await readCompetencyEvidence(db, competencyId) }),
    [competencyId],
  );
  // Until the query for another competency answers, the hook still holds the previous one's answer.
  return found?.competencyId === competencyId ? found.entries : undefined;
}

export interface CompetencyData {
  groups: CompetencyGroup[];
  names: Map<string, string>;
}

/** Active competencies grouped by framework, plus names of all competencies (for old tags). */
export function useCompetencies(): CompetencyData | undefined {
  return useLiveQuery(async () => {
    const [frameworks, competencies] = await Promise.all([
      db.frameworks.toArray(),
      db.competencies.toArray(),
    ]);
    return { groups: competencyOptions(frameworks, competencies), names: competencyNames(competencies) };
  }, []);
}

/** The competencies one saved record counts as evidence for; `undefined` while loading. */
export function useLinkedCompetencies(source: SourceRef): string[] | undefined {
  const found = useLiveQuery(
    async () => ({ key: `${source.kind}:${source.id}`, ids: await tagsOf(db, source) }),
    [source.kind, source.id],
  );
  return found?.key === `${source.kind}:${source.id}` ? found.ids : undefined;
}

/**
 * Everything the user can link as evidence, newest first (free notes too when `notes`). The whole
 * journal: read only while a picker is open (`load`), never when its screen opens.
 */
export function useEvidenceOptions(
  load: boolean,
  notes: boolean,
  kinds?: readonly SourceRef['kind'][],
): EvidenceOption[] | undefined {
  // Compared by content: a caller may pass a new array each render.
  return useLiveQuery(
    async () => (load ? readEvidenceOptions(db, { notes, kinds }) : undefined),
    [load, notes, kinds?.join(',')],
  );
}
