/**
 * The Markdown documents, built from what is in Dexie with shared/domain/markdown.ts (no IPC here, so
 * the db tests can run them).
 */
import {
  bragDocumentMarkdown,
  feedbackLogMarkdown,
  growthPlanMarkdown,
  markdownFileName,
  refKey,
  retroMarkdown,
} from '@shared/domain/markdown';
import { competencyNames, retroTitle } from '@shared/domain/journal';
import type { SourceRef } from '@shared/types/entities';
import { PROFILE_ID } from '@shared/types/tables';
import type { LedgerDb } from '@renderer/db/db';
import { currentLocale } from '@renderer/ui/format';

export async function buildBragDocument(db: LedgerDb, from: string | null, to: string | null, today: string) {
  return db.transaction('r', [db.bragEntries, db.competencies, db.profile], async () => {
    const [entries, competencies, profile] = await Promise.all([
      db.bragEntries.toArray(),
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
    db.frameworks,
    db.competencies,
    db.skillSnapshots,
    db.actions,
    db.promotionItems,
    db.bragEntries,
    db.retros,
    db.feedback,
  ];
  return db.transaction('r', tables, async () => {
    const [frameworks, competencies, snapshots, actions, promotionItems] = await Promise.all([
      db.frameworks.toArray(),
      db.competencies.toArray(),
      db.skillSnapshots.toArray(),
      db.actions.toArray(),
      db.promotionItems.toArray(),
    ]);
    const refs = promotionItems.flatMap((item) => item.evidence);
    const refTitles = new Map<string, string>();
    const title = async (ref: SourceRef): Promise<string | undefined> => {
      if (ref.kind === 'brag') return (await db.bragEntries.get(ref.id))?.title;
      if (ref.kind === 'retro') {
        const retro = await db.retros.get(ref.id);
        return retro ? retroTitle(retro) : undefined;
      }
      if (ref.kind === 'feedback') {
        const item = await db.feedback.get(ref.id);
        return item ? `from ${item.from.trim() || 'someone'}` : undefined;
      }
      return undefined;
    };
    for (const ref of refs) {
      const found = await title(ref);
      if (found) refTitles.set(refKey(ref), found);
    }
    return growthPlanMarkdown({
      frameworks,
      competencies,
      snapshots,
      actions,
      promotionItems,
      refTitles,
      exportedOn: today,
      locale: currentLocale(),
    });
  });
}

export async function buildRetro(
  db: LedgerDb,
  id: string,
  today: string,
): Promise<{ text: string; name: string }> {
  return db.transaction('r', [db.retros, db.competencies, db.actions], async () => {
    const retro = await db.retros.get(id);
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
  return db.transaction('r', [db.feedback, db.competencies], async () => {
    const [feedback, competencies] = await Promise.all([db.feedback.toArray(), db.competencies.toArray()]);
    return feedbackLogMarkdown({
      feedback,
      competencyNames: competencyNames(competencies),
      exportedOn: today,
      locale: currentLocale(),
    });
  });
}
