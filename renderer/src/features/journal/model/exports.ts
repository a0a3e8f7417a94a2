/**
 * Markdown exports: build the document (documents.ts) and hand the text to main, which shows the save
 * dialog and writes the file atomically.
 */
import { markdownFileName } from '@shared/domain/markdown';
import type { ExportResult } from '@shared/ipc/contract';
import type { LedgerDb } from '@renderer/db/db';
import { call } from '@renderer/platform/api';
import { bragFileName, buildBragDocument, buildFeedbackLog, buildGrowthPlan, buildRetro } from './documents';

async function save(title: string, suggestedName: string, text: string): Promise<ExportResult> {
  return call('export:saveText', { kind: 'markdown', title, suggestedName, text });
}

export async function exportBragDocument(
  db: LedgerDb,
  from: string | null,
  to: string | null,
  today: string,
) {
  return save('Save the brag document', bragFileName(from, to), await buildBragDocument(db, from, to, today));
}

export async function exportRetro(db: LedgerDb, id: string, today: string) {
  const { text, name } = await buildRetro(db, id, today);
  return save('Save the retrospective', name, text);
}

export async function exportFeedbackLog(db: LedgerDb, today: string) {
  return save(
    'Save the feedback log',
    markdownFileName(`feedback-log-${today}`),
    await buildFeedbackLog(db, today),
  );
}

export async function exportGrowthPlan(db: LedgerDb, today: string) {
  return save(
    'Save the growth plan',
    markdownFileName(`growth-plan-${today}`),
    await buildGrowthPlan(db, today),
  );
}
