/**
 * The promotion packet's reads: everything it shows, for one date range, in one read transaction. Each
 * table is read by its index where the packet needs only part of it (the range's brag entries, the
 * open actions, each competency's and checklist item's links).
 */
import { buildPacket, type Packet, type PacketRange } from '@shared/domain/packet';
import { PROFILE_ID } from '@shared/types/tables';
import type { LedgerDb } from '@renderer/db/db';
import { readChecklistsEvidence, readCompetencyEvidence } from '@renderer/db/evidence-reads';
import { readLatestManagerAnswer } from '@renderer/db/manager-answer-reads';

export async function readPacket(db: LedgerDb, range: PacketRange, today: string): Promise<Packet> {
  const tables = [
    db.profile,
    db.frameworks,
    db.competencies,
    db.skillSnapshots,
    db.actions,
    db.promotionItems,
    db.evidence,
    db.bragEntries,
    db.retros,
    db.feedback,
    db.audits,
    db.selfAssessments,
    db.trials,
    db.managerAnswers,
    db.buyIns,
  ];
  return db.transaction('r', tables, async () => {
    const [
      profile,
      frameworks,
      competencies,
      brag,
      feedback,
      promotionItems,
      actions,
      managerAnswer,
      buyIns,
    ] = await Promise.all([
      db.profile.get(PROFILE_ID),
      db.frameworks.toArray(),
      db.competencies.toArray(),
      db.bragEntries.where('date').between(range.from, range.to, true, true).toArray(),
      db.feedback.toArray(),
      db.promotionItems.orderBy('order').toArray(),
      db.actions.where('status').anyOf('todo', 'doing').toArray(),
      readLatestManagerAnswer(db),
      db.buyIns.orderBy('order').toArray(),
    ]);
    const active = competencies.filter((c) => !c.archived);
    const ids = active.map((c) => c.id);
    const [snapshots, evidence, checklistEvidence] = await Promise.all([
      db.skillSnapshots.where('competencyId').anyOf(ids).toArray(),
      Promise.all(ids.map(async (id) => [id, await readCompetencyEvidence(db, id)] as const)),
      readChecklistsEvidence(
        db,
        promotionItems.map((item) => item.id),
      ),
    ]);
    return buildPacket({
      range,
      profile: profile ?? null,
      frameworks,
      competencies: active,
      snapshots,
      evidence: new Map(evidence),
      brag,
      feedback,
      promotionItems,
      checklistEvidence,
      actions,
      managerAnswer,
      buyIns,
      preparedOn: today,
    });
  });
}
