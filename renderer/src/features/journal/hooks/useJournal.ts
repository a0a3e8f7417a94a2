/**
 * Everything the journal's screens read, one hook per screen or panel. Components never read the
 * database themselves; they call these (writes go through ../model/actions.ts).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { format } from 'date-fns';
import { useState } from 'react';
import {
  competencyNames,
  competencyOptions,
  evidenceForCompetency,
  type CompetencyGroup,
  type EvidenceItem,
} from '@shared/domain/journal';
import type { Action, BragEntry, Feedback, PromotionItem, Retro } from '@shared/types/entities';
import { db } from '@renderer/db/db';

/**
 * The retrospectives list: every retro (a few hundred at most; the page filters and sorts a copy);
 * `undefined` while loading. Search has its own index (features/search).
 */
export function useRetroList(): readonly Retro[] | undefined {
  return useLiveQuery(() => db.retros.toArray(), []);
}

/** What the brag timeline is filtered by, through the table's indexes. */
export interface BragFilter {
  glueOnly: boolean;
  /** '' for any competency. */
  competencyId: string;
}

/**
 * The brag entries the timeline shows, newest first: through the `date` index, or the `kind` and
 * `*competencyIds` indexes when filtered (the page groups them by quarter, which orders them too);
 * `undefined` while loading.
 */
export function useBragEntries({ glueOnly, competencyId }: BragFilter): readonly BragEntry[] | undefined {
  return useLiveQuery(() => {
    if (competencyId) {
      const tagged = db.bragEntries.where('competencyIds').equals(competencyId);
      return (glueOnly ? tagged.filter((e) => e.kind === 'glue') : tagged).toArray();
    }
    if (glueOnly) return db.bragEntries.where('kind').equals('glue').toArray();
    return db.bragEntries.orderBy('date').reverse().toArray();
  }, [glueOnly, competencyId]);
}

export interface BragCounts {
  /** How many entries there are, filters aside. */
  total: number;
  /** How many entries are glue work, in all (whatever the filters). */
  glue: number;
}

/** The brag document's counts, from the indexes alone; `undefined` while loading. */
export function useBragCounts(): BragCounts | undefined {
  return useLiveQuery(async () => {
    const [total, glue] = await Promise.all([
      db.bragEntries.count(),
      db.bragEntries.where('kind').equals('glue').count(),
    ]);
    return { total, glue };
  }, []);
}

/** The brag entry the route opens for editing: null without an id or when it does not exist. */
export function useBragEntry(id: string | null): BragEntry | null | undefined {
  return useLiveQuery(async () => (id ? ((await db.bragEntries.get(id)) ?? null) : null), [id]);
}

/**
 * The feedback log: every item (the pending requests and the "last asked" line need all of them, and
 * they number in the hundreds); `undefined` while loading.
 */
export function useFeedbackItems(): readonly Feedback[] | undefined {
  return useLiveQuery(() => db.feedback.toArray(), []);
}

/**
 * The journal items tagged with one competency, newest first (through the `competencyIds` multi-entry
 * indexes: only those items are read); `undefined` while loading.
 */
export function useCompetencyEvidence(competencyId: string): EvidenceItem[] | undefined {
  return useLiveQuery(async () => {
    const [retros, brags, feedback] = await Promise.all([
      db.retros.where('competencyIds').equals(competencyId).toArray(),
      db.bragEntries.where('competencyIds').equals(competencyId).toArray(),
      db.feedback.where('competencyIds').equals(competencyId).toArray(),
    ]);
    return evidenceForCompetency(competencyId, { retros, brags, feedback });
  }, [competencyId]);
}

/** One competency's name (archived ones too); `undefined` while loading or when it does not exist. */
export function useCompetencyName(id: string): string | undefined {
  const found = useLiveQuery(async () => ({ id, name: (await db.competencies.get(id))?.name }), [id]);
  // Until the query for a new id answers, the hook still holds the previous id's answer: not this one.
  return found?.id === id ? found.name : undefined;
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

/** Actions that were sent to the growth plan from this retro (no index covers an action's source). */
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
