import { useLiveQuery } from 'dexie-react-hooks';
import type { EvidenceEntry } from '@shared/domain/evidence-links';
import type { BuyIn, PromotionItem } from '@shared/types/entities';
import { db } from '@renderer/db/db';
import { readChecklistsEvidence } from '@renderer/db/evidence-reads';

/** The promotion checklist in its order (read through the order index); `undefined` while loading. */
export function usePromotionItems(): PromotionItem[] | undefined {
  return useLiveQuery(() => db.promotionItems.orderBy('order').toArray(), []);
}

/**
 * Each checklist item's evidence, by item id: its links and the records they point at, read by index
 * and id (never the whole journal).
 */
export function useChecklistEvidence(
  items: readonly PromotionItem[] | undefined,
): Map<string, EvidenceEntry[]> | undefined {
  // A string key, so the query re-runs only when the set of items changes.
  const key = items?.map((item) => item.id).join('|') ?? '';
  return useLiveQuery(() => readChecklistsEvidence(db, key ? key.split('|') : []), [key]);
}

/** The management chain's buy-in on the checklist, in the user's order; `undefined` while loading. */
export function useBuyIns(): BuyIn[] | undefined {
  return useLiveQuery(() => db.buyIns.orderBy('order').toArray(), []);
}
