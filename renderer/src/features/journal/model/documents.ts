/**
 * The Markdown documents, built from what is in Dexie with shared/domain/markdown.ts (no IPC here, so
 * the db tests can run them).
 */
import {
  bragDocumentMarkdown,
  feedbackLogMarkdown,
  growthPlanMarkdown,
  markdownFileName,
  retroMarkdown,
} from '@shared/domain/markdown';
import { competencyNames, retroTitle } from '@shared/domain/journal';
import { readChecklistEvidence, tagged } from '@renderer/db/evidence-reads';
import { PROFILE_ID } from '@shared/types/tables';
import { readManagerAnswers } from '@renderer/db/manager-answer-reads';
import type { LedgerDb } from '@renderer/db/db';
import { currentLocale } from '@renderer/ui/format';

export async function buildBragDocument(db: LedgerDb, from: string | null, to: string | null, today: string) {
  return db.transaction('r', [db.bragEntries, db.competencies, db.profile, db.evidence], async () => {
    const [entries, competencies, profile] = await Promise.all([
      db.bragEntries.toArray().then((all) => tagged(db, 'brag', all)),
      db.competencies.toArray(),
      db.profile.get(PROFILE_ID),
    ]);
    const author = profile ? [profile.name, profile.role].filter((s) => s.trim()).join(' — ') : '';
    return bragDocumentMarkdown({
      entries,
      from,
      to,
      competencyNames: competencyNames(competencies),
      author,
      exportedOn: today,
      locale: currentLocale(),
    });
  });
}

export function bragFileName(from: string | null, to: string | null): string {
  if (from && to && from.slice(0, 4) === to.slice(0, 4) && from.endsWith('-01-01') && to.endsWith('-12-31')) {
    return markdownFileName(`brag-document-${from.slice(0, 4)}`);
  }
  return markdownFileName(['brag-document', from ?? 'start', 'to', to ?? 'today'].join('-'));
}

export async function buildGrowthPlan(db: LedgerDb, today: string) {
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
    db.projects,
  ];
  return db.transaction('r', tables, async () => {
    const [
      frameworks,
      competencies,
      snapshots,
      actions,
      promotionItems,
      profile,
      managerAnswers,
      buyIns,
      projects,
    ] = await Promise.all([
      db.frameworks.toArray(),
      db.competencies.toArray(),
      db.skillSnapshots.toArray(),
      db.actions.toArray(),
      db.promotionItems.toArray(),
      db.profile.get(PROFILE_ID),
      readManagerAnswers(db),
      db.buyIns.orderBy('order').toArray(),
      db.projects.toArray(),
    ]);
    const checklistEvidence = new Map(
      await Promise.all(
        promotionItems.map(async (item) => [item.id, await readChecklistEvidence(db, item.id)] as const),
      ),
    );
    return growthPlanMarkdown({
      frameworks,
      competencies,
      snapshots,
      actions,
      promotionItems,
      checklistEvidence,
      managerAnswers,
      buyIns,
      projects,
      exportedOn: today,
      locale: currentLocale(),
      profile: profile ?? null,
    });
  });
}

export async function buildRetro(
  db: LedgerDb,
  id: string,
  today: string,
): Promise<{ text: string; name: string }> {
  return db.transaction('r', [db.retros, db.competencies, db.actions, db.evidence], async () => {
    const stored = await db.retros.get(id);
    if (!stored) throw new Error('This retrospective no longer exists.');
    const [retro] = await tagged(db, 'retro', [stored]);
    if (!retro) throw new Error('This retrospective no longer exists.');
    const [competencies, actions] = await Promise.all([
      db.competencies.toArray(),
      db.actions.filter((a) => a.source?.kind === 'retro' && a.source.id === id).toArray(),
    ]);
    return {
      text: retroMarkdown({
        retro,
        competencyNames: competencyNames(competencies),
        actions,
        exportedOn: today,
        locale: currentLocale(),
      }),
      name: markdownFileName(`retro-${retroTitle(retro)}`, 'retrospective'),
    };
  });
}

export async function buildFeedbackLog(db: LedgerDb, today: string): Promise<string> {
  return db.transaction('r', [db.feedback, db.competencies, db.evidence], async () => {
    const [feedback, competencies] = await Promise.all([
      db.feedback.toArray().then((all) => tagged(db, 'feedback', all)),
      db.competencies.toArray(),
    ]);
    return feedbackLogMarkdown({
      feedback,
      competencyNames: competencyNames(competencies),
      exportedOn: today,
      locale: currentLocale(),
    });
  });
}
