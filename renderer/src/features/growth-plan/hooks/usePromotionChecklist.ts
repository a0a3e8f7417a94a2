import { useLiveQuery } from 'dexie-react-hooks';
import type { PromotionItem, SourceRef } from '@shared/types/entities';
import { db } from '@renderer/db/db';

/** The promotion checklist in its order (read through the order index); `undefined` while loading. */
export function usePromotionItems(): PromotionItem[] | undefined {
  return useLiveQuery(() => db.promotionItems.orderBy('order').toArray(), []);
}

export interface EvidenceOption {
  ref: SourceRef;
  label: string;
  date: string | null;
}

/** Brag entries, retrospectives and feedback the user can link to a promotion checklist item. */
export function useEvidenceOptions(): EvidenceOption[] | undefined {
  return useLiveQuery(async () => {
    const [brag, retros, feedback] = await Promise.all([
      db.bragEntries.toArray(),
      db.retros.toArray(),
      db.feedback.toArray(),
    ]);
    const options: EvidenceOption[] = [
      ...brag.map((b) => ({
        ref: { kind: 'brag' as const, id: b.id },
        label: `Brag: ${b.title}`,
        date: b.date,
      })),
      ...retros.map((r) => ({
        ref: { kind: 'retro' as const, id: r.id },
        label: `Retro: ${r.project || 'Untitled project'}`,
        date: r.endDate,
      })),
      ...feedback.map((f) => ({
        ref: { kind: 'feedback' as const, id: f.id },
        label: `Feedback from ${f.from || 'someone'}`,
        date: f.receivedOn ?? f.askedOn,
      })),
    ];
    return options.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
  }, []);
}
