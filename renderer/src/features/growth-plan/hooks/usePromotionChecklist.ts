import { useLiveQuery } from 'dexie-react-hooks';
import type { PromotionItem, SourceRef } from '@shared/types/entities';
import { db } from '@renderer/db/db';
import { readEvidenceLabels, readEvidenceOptions, refKey, type EvidenceOption } from './readsPromotion';

export { refKey, type EvidenceOption } from './readsPromotion';

/** The promotion checklist in its order (read through the order index); `undefined` while loading. */
export function usePromotionItems(): PromotionItem[] | undefined {
  return useLiveQuery(() => db.promotionItems.orderBy('order').toArray(), []);
}

/**
 * The labels of the journal items the checklist links to (by `refKey`), read by id: only the linked
 * items, not the whole journal. A link whose item is gone has no label.
 */
export function useLinkedEvidenceLabels(
  items: readonly PromotionItem[] | undefined,
): Map<string, string> | undefined {
  // A string key, so the query re-runs only when the set of links changes.
  const refs = items?.flatMap((item) => item.evidence) ?? [];
  const key = refs.map(refKey).sort().join('|');
  return useLiveQuery(() => readEvidenceLabels(db, parseRefs(key)), [key]);
}

function parseRefs(key: string): SourceRef[] {
  if (!key) return [];
  return key.split('|').map((part) => {
    const at = part.indexOf(':');
    return { kind: part.slice(0, at) as SourceRef['kind'], id: part.slice(at + 1) };
  });
}

/**
 * Brag entries, retrospectives and feedback the user can link to a promotion checklist item, newest
 * first. The whole journal: read only while a picker is open (`load`), never when the checklist opens.
 */
export function useEvidenceOptions(load: boolean): EvidenceOption[] | undefined {
  return useLiveQuery(async () => (load ? readEvidenceOptions(db) : undefined), [load]);
}
