/**
 * Everything the journal's screens read, one hook per screen or panel. Components never read the
 * database themselves; they call these (writes go through ../model/actions.ts).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Tagged } from '@shared/domain/evidence-links';
import { idsLinkedTo, tagged } from '@renderer/db/evidence-reads';
import type { Action, BragEntry, Feedback, PromotionItem, Retro } from '@shared/types/entities';
import { db } from '@renderer/db/db';

/**
 * The retrospectives list: every retro (a few hundred at most; the page filters and sorts a copy);
 * `undefined` while loading. Search has its own index (features/search).
 */
export function useRetroList(): readonly Tagged<Retro>[] | undefined {
  return useLiveQuery(async () => tagged(db, 'retro', await db.retros.toArray()), []);
}

/** What the brag timeline is filtered by, through the table's indexes. */
export interface BragFilter {
  glueOnly: boolean;
  /** '' for any competency. */
  competencyId: string;
}

/**
 * The brag entries the timeline shows, newest first, with the competencies each counts as evidence for:
 * through the `date` index, the `kind` index, or a competency's links when filtered (the page groups
 * them by quarter, which orders them too); `undefined` while loading.
 */
export function useBragEntries({
  glueOnly,
  competencyId,
}: BragFilter): readonly Tagged<BragEntry>[] | undefined {
  return useLiveQuery(async () => {
    let entries: BragEntry[];
    if (competencyId) {
      const linked = await db.bragEntries.bulkGet(await idsLinkedTo(db, competencyId, 'brag'));
      entries = linked.filter((e): e is BragEntry => e !== undefined && (!glueOnly || e.kind === 'glue'));
    } else if (glueOnly) entries = await db.bragEntries.where('kind').equals('glue').toArray();
    else entries = await db.bragEntries.orderBy('date').reverse().toArray();
    return tagged(db, 'brag', entries);
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
export function useBragEntry(id: string | null): Tagged<BragEntry> | null | undefined {
  return useLiveQuery(async () => {
    const entry = id ? await db.bragEntries.get(id) : undefined;
    return entry ? ((await tagged(db, 'brag', [entry]))[0] ?? null) : null;
  }, [id]);
}

/**
 * The feedback log: every item (the pending requests and the "last asked" line need all of them, and
 * they number in the hundreds); `undefined` while loading.
 */
export function useFeedbackItems(): readonly Tagged<Feedback>[] | undefined {
  return useLiveQuery(async () => tagged(db, 'feedback', await db.feedback.toArray()), []);
}

/** One competency's name (archived ones too); `undefined` while loading or when it does not exist. */
export function useCompetencyName(id: string): string | undefined {
  const found = useLiveQuery(async () => ({ id, name: (await db.competencies.get(id))?.name }), [id]);
  // Until the query for a new id answers, the hook still holds the previous id's answer: not this one.
  return found?.id === id ? found.name : undefined;
}

export { useCompetencies, type CompetencyData } from '@renderer/features/evidence';

export function useRetro(id: string): Tagged<Retro> | null | undefined {
  return useLiveQuery(async () => {
    const retro = await db.retros.get(id);
    return retro ? ((await tagged(db, 'retro', [retro]))[0] ?? null) : null;
  }, [id]);
}

/** Actions that were sent to the growth plan from this retro (no index covers an action's source). */
export function useRetroActions(retroId: string): Action[] | undefined {
  return useLiveQuery(
    () => db.actions.filter((a) => a.source?.kind === 'retro' && a.source.id === retroId).toArray(),
    [retroId],
  );
}

/** The checklist, in its order, with how much evidence each item has (counted by the index). */
export function usePromotionItems(): (PromotionItem & { evidenceCount: number })[] | undefined {
  return useLiveQuery(async () => {
    const items = await db.promotionItems.orderBy('order').toArray();
    const counts = await Promise.all(
      items.map((item) => db.evidence.where('promotionItemId').equals(item.id).count()),
    );
    return items.map((item, i) => ({ ...item, evidenceCount: counts[i] ?? 0 }));
  }, []);
}
