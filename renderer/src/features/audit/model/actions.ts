/**
 * The audit's writes as the screens call them: each function of repo.ts bound to the app's database and
 * to the clock at the moment of the call. The rules themselves live (and are tested) in repo.ts.
 */
import type { Audit, AuditCategory, AuditEntry, CategoryRule, Lean } from '@shared/types/entities';
import { fillAuditDigest as fillDigest } from '@renderer/db/audit-digests';
import { db } from '@renderer/db/db';
import * as repo from './repo';
import type { EntryDraft, ImportRow, ReflectionDraft } from './repo';

export const startAudit = (input: { startDate: string; weeks: 4 | 5 | 6 }): Promise<Audit> =>
  repo.startAudit(db, input, new Date());

export const finishAudit = (auditId: string): Promise<void> => repo.finishAudit(db, auditId, new Date());

export const addEntry = (auditId: string, draft: EntryDraft): Promise<AuditEntry> =>
  repo.addEntry(db, auditId, draft, new Date());

/** Returns the entry as it was before the changes (for undo). */
export const updateEntry = (id: string, draft: EntryDraft): Promise<AuditEntry> =>
  repo.updateEntry(db, id, draft, new Date());

/** Returns the deleted entry (for undo). */
export const deleteEntry = (id: string): Promise<AuditEntry> => repo.deleteEntry(db, id);

export const restoreEntry = (entry: AuditEntry): Promise<void> => repo.restoreEntry(db, entry, new Date());

export const rateEntry = (id: string, energy: number | null): Promise<void> =>
  repo.rateEntries(db, [{ id, energy }], new Date());

export const importOccurrences = (
  auditId: string,
  rows: readonly ImportRow[],
): Promise<{ added: number; skipped: number }> => repo.importOccurrences(db, auditId, rows, new Date());

export const addCategory = (input: { name: string; lean: Lean; color: string }): Promise<AuditCategory> =>
  repo.addCategory(db, input);

export const updateCategory = (
  id: string,
  patch: Partial<Pick<AuditCategory, 'name' | 'lean' | 'color' | 'archived'>>,
): Promise<void> => repo.updateCategory(db, id, patch);

export const addRule = (keyword: string, categoryId: string): Promise<CategoryRule> =>
  repo.addRule(db, keyword, categoryId);

export const deleteRule = (id: string): Promise<void> => repo.deleteRule(db, id);

export const restoreRule = (rule: CategoryRule): Promise<void> => repo.restoreRule(db, rule);

export const moveRule = (id: string, direction: -1 | 1): Promise<void> => repo.moveRule(db, id, direction);

/** Computes one audit's totals for "All audits" when they are missing or stale. */
export const fillAuditTotals = (auditId: string): Promise<void> => repo.fillAuditTotals(db, auditId);

/** Computes one audit's digest for its Results when it is missing or stale. */
export const fillAuditDigest = (auditId: string): Promise<void> => fillDigest(db, auditId);

export const saveReflection = (draft: ReflectionDraft) => repo.saveReflection(db, draft, new Date());
