/** The evidence graph's writes as the screens call them: with the app's database, clock and undo. */
import type { Evidence, SourceRef } from '@shared/types/entities';
import { db } from '@renderer/db/db';
import { putBack } from '@renderer/db/put-back';
import { offerUndo } from '@renderer/ui/undo';
import * as links from '@renderer/db/evidence-links';

export function addNote(competencyId: string, note: { text: string; date: string }): Promise<Evidence> {
  return links.addNote(db, competencyId, note, new Date());
}

/** Changes the "what this shows" text of a piece of evidence, and offers to undo it. */
export async function setLinkNote(linkId: string, note: string): Promise<void> {
  const before = await links.setLinkNote(db, linkId, note, new Date());
  offerUndo('Changed what the evidence shows.', () => putBack(db, { evidence: [before] }, new Date()));
}

/** Takes a piece of evidence off a competency, and offers to undo it. */
export async function removeFromCompetency(linkId: string, title: string): Promise<void> {
  const before = await links.removeFromCompetency(db, linkId, new Date());
  if (before.length)
    offerUndo(`Took “${title}” off this competency’s evidence.`, () =>
      putBack(db, { evidence: before }, new Date()),
    );
}

/** Makes a saved record count as evidence for exactly these competencies, and offers to undo it. */
export async function setRecordEvidence(source: SourceRef, competencyIds: readonly string[]): Promise<void> {
  const before = await links.linkRecord(db, source, competencyIds, new Date());
  const was = new Set(before.flatMap((link) => (link.competencyId === null ? [] : [link.competencyId])));
  const added = competencyIds.filter((id) => !was.has(id)).length;
  const removed = [...was].filter((id) => !competencyIds.includes(id)).length;
  const message =
    added && !removed
      ? 'Linked as evidence.'
      : removed && !added
        ? 'Unlinked from a competency.'
        : 'Changed the evidence links.';
  offerUndo(message, () => links.restoreLinksOf(db, source, before, new Date()));
}

/** "Add evidence…" on a competency: links one more record to it (its other links stay), with an undo. */
export async function linkToCompetency(competencyId: string, source: SourceRef): Promise<void> {
  const current = await links.tagsOf(db, source);
  await setRecordEvidence(source, [...current.filter((id) => id !== competencyId), competencyId]);
}
