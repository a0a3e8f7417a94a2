import { useLiveQuery } from 'dexie-react-hooks';
import { format } from 'date-fns';
import { useMemo, useState } from 'react';
import { competencyNames, competencyOptions, type CompetencyGroup } from '@shared/domain/journal';
import { buildSearchIndex, type SearchIndex } from '@shared/domain/journal-search';
import type { Action, BragEntry, Feedback, PromotionItem, Retro } from '@shared/types/entities';
import { db } from '@renderer/db/db';

export interface JournalData {
  retros: Retro[];
  brags: BragEntry[];
  feedback: Feedback[];
}

/** Every retro, brag entry and feedback item; `undefined` while loading. */
export function useJournalData(): JournalData | undefined {
  return useLiveQuery(async () => {
    const [retros, brags, feedback] = await Promise.all([
      db.retros.toArray(),
      db.bragEntries.toArray(),
      db.feedback.toArray(),
    ]);
    return { retros, brags, feedback };
  }, []);
}

/** The full-text index over the journal, rebuilt only when the data changes. */
export function useSearchIndex(data: JournalData | undefined): SearchIndex | null {
  return useMemo(() => (data ? buildSearchIndex(data) : null), [data]);
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

export function useRetro(id: string): Retro | null | undefined {
  return useLiveQuery(async () => (await db.retros.get(id)) ?? null, [id]);
}

/** Actions that were sent to the growth plan from this retro. */
export function useRetroActions(retroId: string): Action[] | undefined {
  return useLiveQuery(
    () => db.actions.filter((a) => a.source?.kind === 'retro' && a.source.id === retroId).toArray(),
    [retroId],
  );
}

export function usePromotionItems(): PromotionItem[] | undefined {
  return useLiveQuery(() => db.promotionItems.orderBy('order').toArray(), []);
}

/** Today's date, fixed for the life of the component (passed to the pure rules). */
export function useToday(): string {
  const [today] = useState(() => format(new Date(), 'yyyy-MM-dd'));
  return today;
}
