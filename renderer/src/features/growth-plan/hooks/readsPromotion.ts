/**
 * Reads of the promotion checklist's evidence links: the labels of the linked journal items (by id)
 * and, for the link picker only, every item that could be linked.
 */
import type { BragEntry, Feedback, Retro, SourceRef } from '@shared/types/entities';
import type { LedgerDb } from '@renderer/db/db';

export interface EvidenceOption {
  ref: SourceRef;
  label: string;
  date: string | null;
}

/** One key per linked item: `kind:id`. */
export const refKey = (ref: SourceRef) => `${ref.kind}:${ref.id}`;

const bragOption = (b: BragEntry): EvidenceOption => ({
  ref: { kind: 'brag', id: b.id },
  label: `Brag: ${b.title}`,
  date: b.date,
});
const retroOption = (r: Retro): EvidenceOption => ({
  ref: { kind: 'retro', id: r.id },
  label: `Retro: ${r.project || 'Untitled project'}`,
  date: r.endDate,
});
const feedbackOption = (f: Feedback): EvidenceOption => ({
  ref: { kind: 'feedback', id: f.id },
  label: `Feedback from ${f.from || 'someone'}`,
  date: f.receivedOn ?? f.askedOn,
});

/** Every brag entry, retrospective and feedback item as a link option, newest first (undated last). */
export async function readEvidenceOptions(db: LedgerDb): Promise<EvidenceOption[]> {
  const [brag, retros, feedback] = await Promise.all([
    db.bragEntries.toArray(),
    db.retros.toArray(),
    db.feedback.toArray(),
  ]);
  const options = [...brag.map(bragOption), ...retros.map(retroOption), ...feedback.map(feedbackOption)];
  return options.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
}

/** The labels of the given linked items by `refKey`, read by primary key (items that are gone have none). */
export async function readEvidenceLabels(
  db: LedgerDb,
  refs: readonly SourceRef[],
): Promise<Map<string, string>> {
  const idsOf = (kind: SourceRef['kind']) => [
    ...new Set(refs.filter((r) => r.kind === kind).map((r) => r.id)),
  ];
  const [brag, retros, feedback] = await Promise.all([
    db.bragEntries.bulkGet(idsOf('brag')),
    db.retros.bulkGet(idsOf('retro')),
    db.feedback.bulkGet(idsOf('feedback')),
  ]);
  const options = [
    ...brag.flatMap((b) => (b ? [bragOption(b)] : [])),
    ...retros.flatMap((r) => (r ? [retroOption(r)] : [])),
    ...feedback.flatMap((f) => (f ? [feedbackOption(f)] : [])),
  ];
  return new Map(options.map((o) => [refKey(o.ref), o.label]));
}
