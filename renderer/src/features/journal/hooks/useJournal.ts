/**
 * Everything the journal's screens read, one hook per screen or panel. Components never read the
 * database themselves; they call these (writes go through ../model/actions.ts).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { format } from 'date-fns';
import { useMemo, useState } from 'react';
import {
  competencyNames,
  competencyOptions,
  evidenceForCompetency,
  type CompetencyGroup,
  type EvidenceItem,
} from '@shared/domain/journal';
import { buildSearchIndex, type SearchIndex } from '@shared/domain/journal-search';
import type { Action, BragEntry, Feedback, PromotionItem, Retro } from '@shared/types/entities';
import { db } from '@renderer/db/db';

interface JournalData {
  retros: Retro[];
  brags: BragEntry[];
  feedback: Feedback[];
}

/**
 * The whole journal. Each list page shows every item of its kind, and its search field covers all three
 * kinds (the other two in "Also found elsewhere"), so the list pages read all three tables.
 */
async function readJournal(): Promise<JournalData> {
  const [retros, brags, feedback] = await Promise.all([
    db.retros.toArray(),
    db.bragEntries.toArray(),
    db.feedback.toArray(),
  ]);
  return { retros, brags, feedback };
}

/** The full-text index over the journal, rebuilt only when the data changes. */
function useSearchIndex(data: JournalData | undefined): SearchIndex | null {
  return useMemo(() => (data ? buildSearchIndex(data) : null), [data]);
}

export interface RetroListData {
  retros: Retro[];
  index: SearchIndex;
}

/** The retrospectives list: every retro, and the search index; `undefined` while loading. */
export function useRetroList(): RetroListData | undefined {
  const data = useLiveQuery(readJournal, []);
  const index = useSearchIndex(data);
  return data && index ? { retros: data.retros, index } : undefined;
}

export interface BragDocumentData {
  brags: BragEntry[];
  /** How many entries are glue work, in all (whatever the filters). */
  glueCount: number;
  /** The entry the route opens for editing, if it exists. */
  editing: BragEntry | undefined;
  index: SearchIndex;
}

/** The brag document: every entry, the glue-work count and the search index; `undefined` while loading. */
export function useBragDocument(editId: string | null): BragDocumentData | undefined {
  const data = useLiveQuery(async () => {
    const [journal, glueCount] = await Promise.all([
      readJournal(),
      db.bragEntries.where('kind').equals('glue').count(),
    ]);
    return { ...journal, glueCount };
  }, []);
  const index = useSearchIndex(data);
  if (!data || !index) return undefined;
  const editing = editId ? data.brags.find((e) => e.id === editId) : undefined;
  return { brags: data.brags, glueCount: data.glueCount, editing, index };
}

export interface FeedbackLogData {
  feedback: Feedback[];
  /** The item the route opens for editing, if it exists. */
  editing: Feedback | undefined;
  index: SearchIndex;
}

/** The feedback log: every item and the search index; `undefined` while loading. */
export function useFeedbackLog(editId: string | null): FeedbackLogData | undefined {
  const data = useLiveQuery(readJournal, []);
  const index = useSearchIndex(data);
  if (!data || !index) return undefined;
  const editing = editId ? data.feedback.find((f) => f.id === editId) : undefined;
  return { feedback: data.feedback, editing, index };
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
