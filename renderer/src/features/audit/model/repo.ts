/**
 * Every write of the calendar audit, each in one Dexie transaction and validated with the record schemas
 * before it is written. Functions take the database and the clock, so tests pass their own.
 */
import { BUILT_IN_CATEGORIES, DEFAULT_RULES } from '@shared/content/audit';
import { addDays, auditEndDate, isInAudit, rowsToImport } from '@shared/domain/audit';
import { sameActivity } from '@shared/domain/audit-aggregate';
import { adjustAuditTotals, computeAuditTotals, totalsAreCurrent } from '@shared/domain/audit-totals';
import {
  auditCategorySchema,
  auditEntrySchema,
  auditSchema,
  categoryRuleSchema,
  weeklyReflectionSchema,
  type Audit,
  type AuditCategory,
  type AuditEntry,
  type CategoryRule,
  type Lean,
  type WeeklyReflection,
} from '@shared/types/entities';
import { emptyAuditDigest } from '@shared/domain/audit-digest';
import { adjustDigests } from '@renderer/db/audit-digests';
import type { LedgerDb } from '@renderer/db/db';
import { settleEstimates } from '@renderer/db/handover-estimates';

const newId = () => crypto.randomUUID();

export interface EntryDraft {
  date: string;
  startTime: string | null;
  minutes: number;
  title: string;
  categoryId: string | null;
  energy: number | null;
  note: string;
  mostImportant: boolean | null;
  delegable: boolean | null;
}

export class AuditRuleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AuditRuleError';
  }
}

/**
 * Keeps the derived tables (schema.ts: the `auditTotals` for "All audits" and the `auditDigests` for the
 * Results tab and the delegation ledger) in step with a write of activities: every function that writes
 * activities calls it inside its own transaction (which must include audits, auditTotals and
 * auditDigests), with the activities as they were before the write (`removed`) and as they are after it
 * (`added`), so neither can outlive the activities it was computed from. A current row is adjusted
 * (logging one activity never makes a screen read the audit again); a stale one is deleted, and the
 * screen that needs it computes it again (`fillAuditTotals`, db/audit-digests.ts `fillAuditDigest`).
 */
async function adjustDerived(
  db: LedgerDb,
  removed: readonly AuditEntry[],
  added: readonly AuditEntry[],
): Promise<void> {
  for (const auditId of new Set([...removed, ...added].map((entry) => entry.auditId))) {
    const [audit, totals] = await Promise.all([db.audits.get(auditId), db.auditTotals.get(auditId)]);
    if (!totals) continue;
    if (!audit || !totalsAreCurrent(totals, audit)) {
      await db.auditTotals.delete(auditId);
      continue;
    }
    const of = (entries: readonly AuditEntry[]) => entries.filter((entry) => entry.auditId === auditId);
    await db.auditTotals.put(adjustAuditTotals(totals, audit, of(removed), of(added)));
  }
  await adjustDigests(db, removed, added);
}

/**
 * Computes and stores the totals of one audit when they are missing or stale, reading only that audit's
 * days from the [auditId+date] index. In one transaction with the activities, so a write that lands
 * meanwhile either comes first (and is counted) or after (and deletes the row again).
 */
export async function fillAuditTotals(db: LedgerDb, auditId: string): Promise<void> {
  await db.transaction('rw', [db.audits, db.auditEntries, db.auditTotals], async () => {
    const audit = await db.audits.get(auditId);
    if (!audit || totalsAreCurrent(await db.auditTotals.get(auditId), audit)) return;
    const entries = await db.auditEntries
      .where('[auditId+date]')
      .between([auditId, audit.startDate], [auditId, auditEndDate(audit)], true, true)
      .toArray();
    await db.auditTotals.put(computeAuditTotals(audit, entries));
  });
}

/** Seeds the built-in categories and keyword rules, once: only while there are no categories at all. */
async function seedCategoriesIfEmpty(db: LedgerDb): Promise<void> {
  if ((await db.auditCategories.count()) > 0) return;
  const idByKey = new Map<string, string>();
  const categories = BUILT_IN_CATEGORIES.map((c, order) => {
    const id = newId();
    idByKey.set(c.key, id);
    return auditCategorySchema.parse({
      id,
      name: c.name,
      lean: c.lean,
      color: c.color,
      order,
      archived: false,
    });
  });
  const rules = DEFAULT_RULES.map((rule, order) =>
    categoryRuleSchema.parse({
      id: newId(),
      keyword: rule.keyword,
      categoryId: idByKey.get(rule.categoryKey),
      order,
    }),
  );
  await db.auditCategories.bulkAdd(categories);
  await db.categoryRules.bulkAdd(rules);
}

/** Starts an audit; refuses while another one is running (one at a time keeps the log unambiguous). */
export async function startAudit(
  db: LedgerDb,
  input: { startDate: string; weeks: 4 | 5 | 6 },
  now: Date,
): Promise<Audit> {
  const stamp = now.toISOString();
  return db.transaction(
    'rw',
    [db.audits, db.auditCategories, db.categoryRules, db.auditDigests],
    async () => {
      const running = await db.audits.where('status').equals('active').count();
      if (running > 0)
        throw new AuditRuleError('An audit is already running. Finish it before starting a new one.');
      await seedCategoriesIfEmpty(db);
      const audit = auditSchema.parse({
        id: newId(),
        startDate: input.startDate,
        weeks: input.weeks,
        status: 'active',
        createdAt: stamp,
        updatedAt: stamp,
      });
      await db.audits.add(audit);
      // Its digest from the start (nothing logged yet), so its Results and handovers never wait for one.
      await db.auditDigests.put(emptyAuditDigest(audit));
      return audit;
    },
  );
}

/**
 * Finishes an audit; its log is read-only from then on, so the hours its handovers free are settled in
 * the same transaction (db/handover-estimates.ts).
 */
export async function finishAudit(db: LedgerDb, auditId: string, now: Date): Promise<void> {
  await db.transaction('rw', [db.audits, db.auditEntries, db.auditDigests, db.handovers], async () => {
    const audit = await db.audits.get(auditId);
    if (!audit) throw new AuditRuleError('That audit no longer exists.');
    await db.audits.put(auditSchema.parse({ ...audit, status: 'finished', updatedAt: now.toISOString() }));
    await settleEstimates(db, audit, now);
  });
}

function checkInAudit(audit: Audit | undefined, date: string): Audit {
  if (!audit) throw new AuditRuleError('That audit no longer exists.');
  if (date < audit.startDate || date > auditEndDate(audit)) {
    throw new AuditRuleError(`Pick a date within the audit (${audit.startDate} to ${auditEndDate(audit)}).`);
  }
  return audit;
}

export async function addEntry(
  db: LedgerDb,
  auditId: string,
  draft: EntryDraft,
  now: Date,
): Promise<AuditEntry> {
  const stamp = now.toISOString();
  return db.transaction('rw', [db.audits, db.auditEntries, db.auditTotals, db.auditDigests], async () => {
    checkInAudit(await db.audits.get(auditId), draft.date);
    const entry = auditEntrySchema.parse({
      ...draft,
      title: draft.title.trim(),
      id: newId(),
      auditId,
      importKey: null,
      createdAt: stamp,
      updatedAt: stamp,
    });
    await db.auditEntries.add(entry);
    await adjustDerived(db, [], [entry]);
    return entry;
  });
}

/** Saves changes to an entry and returns the version before them (for undo). */
export async function updateEntry(
  db: LedgerDb,
  id: string,
  draft: EntryDraft,
  now: Date,
): Promise<AuditEntry> {
  return db.transaction('rw', [db.audits, db.auditEntries, db.auditTotals, db.auditDigests], async () => {
    const before = await db.auditEntries.get(id);
    if (!before) throw new AuditRuleError('That activity no longer exists.');
    checkInAudit(await db.audits.get(before.auditId), draft.date);
    const entry = auditEntrySchema.parse({
      ...before,
      ...draft,
      title: draft.title.trim(),
      updatedAt: now.toISOString(),
    });
    await db.auditEntries.put(entry);
    await adjustDerived(db, [before], [entry]);
    return before;
  });
}

/** Deletes an entry and returns it, so an undo can put it back exactly. */
export async function deleteEntry(db: LedgerDb, id: string): Promise<AuditEntry> {
  return db.transaction('rw', [db.audits, db.auditEntries, db.auditTotals, db.auditDigests], async () => {
    const entry = await db.auditEntries.get(id);
    if (!entry) throw new AuditRuleError('That activity no longer exists.');
    await db.auditEntries.delete(id);
    await adjustDerived(db, [entry], []);
    return entry;
  });
}

/**
 * Writes a whole entry back as it was (undo of an edit or a delete), stamped with the time of the undo:
 * the undo is the newest change, so a merge with a backup taken between the change and the undo keeps
 * the undone entry rather than redoing the change or the deletion (shared/domain/merge.ts).
 */
export async function restoreEntry(db: LedgerDb, entry: AuditEntry, now: Date): Promise<void> {
  await db.transaction('rw', [db.audits, db.auditEntries, db.auditTotals, db.auditDigests], async () => {
    const current = await db.auditEntries.get(entry.id);
    const restored = auditEntrySchema.parse({ ...entry, updatedAt: now.toISOString() });
    await db.auditEntries.put(restored);
    await adjustDerived(db, current ? [current] : [], [restored]);
  });
}

export async function rateEntries(
  db: LedgerDb,
  ratings: readonly { id: string; energy: number | null }[],
  now: Date,
): Promise<void> {
  const stamp = now.toISOString();
  await db.transaction('rw', [db.audits, db.auditEntries, db.auditTotals, db.auditDigests], async () => {
    const before: AuditEntry[] = [];
    const after: AuditEntry[] = [];
    for (const { id, energy } of ratings) {
      const entry = await db.auditEntries.get(id);
      if (!entry) continue;
      const rated = auditEntrySchema.parse({ ...entry, energy, updatedAt: stamp });
      await db.auditEntries.put(rated);
      before.push(entry);
      after.push(rated);
    }
    await adjustDerived(db, before, after);
  });
}

export interface ImportRow {
  importKey: string;
  date: string;
  startTime: string | null;
  minutes: number;
  title: string;
  categoryId: string | null;
  energy: number | null;
}

/**
 * Adds the chosen calendar occurrences in one transaction. Occurrences already imported (same key, in any
 * audit) or outside the audit are skipped, so importing the same file twice adds nothing the second time.
 */
export async function importOccurrences(
  db: LedgerDb,
  auditId: string,
  rows: readonly ImportRow[],
  now: Date,
): Promise<{ added: number; skipped: number }> {
  const stamp = now.toISOString();
  return db.transaction('rw', [db.audits, db.auditEntries, db.auditTotals, db.auditDigests], async () => {
    const audit = await db.audits.get(auditId);
    if (!audit) throw new AuditRuleError('That audit no longer exists.');
    const keys = rows.map((r) => r.importKey);
    const existing = await db.auditEntries.where('importKey').anyOf(keys).toArray();
    const entries = rowsToImport(
      rows.filter((row) => isInAudit(audit, row.date)),
      existing.map((e) => e.importKey),
    ).map((row) =>
      auditEntrySchema.parse({
        id: newId(),
        auditId,
        date: row.date,
        startTime: row.startTime,
        minutes: row.minutes,
        title: row.title,
        categoryId: row.categoryId,
        energy: row.energy,
        note: '',
        mostImportant: null,
        delegable: null,
        importKey: row.importKey,
        createdAt: stamp,
        updatedAt: stamp,
      }),
    );
    await db.auditEntries.bulkAdd(entries);
    await adjustDerived(db, [], entries);
    return { added: entries.length, skipped: rows.length - entries.length };
  });
}

// ---------------------------------------------------------------------------------------------------
// Categories and rules.

export async function addCategory(
  db: LedgerDb,
  input: { name: string; lean: Lean; color: string },
): Promise<AuditCategory> {
  return db.transaction('rw', db.auditCategories, async () => {
    const all = await db.auditCategories.toArray();
    const name = input.name.trim();
    if (all.some((c) => c.name.toLocaleLowerCase() === name.toLocaleLowerCase())) {
      throw new AuditRuleError(`There is already a category called “${name}”.`);
    }
    const category = auditCategorySchema.parse({
      id: newId(),
      name,
      lean: input.lean,
      color: input.color,
      order: all.reduce((max, c) => Math.max(max, c.order + 1), 0),
      archived: false,
    });
    await db.auditCategories.add(category);
    return category;
  });
}

export async function updateCategory(
  db: LedgerDb,
  id: string,
  patch: Partial<Pick<AuditCategory, 'name' | 'lean' | 'color' | 'archived'>>,
): Promise<void> {
  await db.transaction('rw', db.auditCategories, async () => {
    const category = await db.auditCategories.get(id);
    if (!category) throw new AuditRuleError('That category no longer exists.');
    const next = { ...category, ...patch, name: (patch.name ?? category.name).trim() };
    if (patch.name !== undefined) {
      const clash = (await db.auditCategories.toArray()).find(
        (c) => c.id !== id && c.name.toLocaleLowerCase() === next.name.toLocaleLowerCase(),
      );
      if (clash) throw new AuditRuleError(`There is already a category called “${next.name}”.`);
    }
    await db.auditCategories.put(auditCategorySchema.parse(next));
  });
}

export async function addRule(db: LedgerDb, keyword: string, categoryId: string): Promise<CategoryRule> {
  return db.transaction('rw', [db.categoryRules, db.auditCategories], async () => {
    if (!(await db.auditCategories.get(categoryId)))
      throw new AuditRuleError('Pick a category for the rule.');
    const rules = await db.categoryRules.toArray();
    const trimmed = keyword.trim();
    const same = rules.find((r) => r.keyword.toLocaleLowerCase() === trimmed.toLocaleLowerCase());
    if (same) {
      // One rule per keyword: the newest choice replaces the old one and keeps its place in the order.
      const updated = categoryRuleSchema.parse({ ...same, categoryId });
      await db.categoryRules.put(updated);
      return updated;
    }
    // New rules go first: a rule the user just wrote should win over the built-in guesses.
    const rule = categoryRuleSchema.parse({ id: newId(), keyword: trimmed, categoryId, order: 0 });
    for (const other of rules) await db.categoryRules.put({ ...other, order: other.order + 1 });
    await db.categoryRules.add(rule);
    return rule;
  });
}

export async function deleteRule(db: LedgerDb, id: string): Promise<void> {
  await db.transaction('rw', db.categoryRules, async () => {
    await db.categoryRules.delete(id);
  });
}

/** Puts a deleted rule back as it was (undo of a delete). */
export async function restoreRule(db: LedgerDb, rule: CategoryRule): Promise<void> {
  await db.transaction('rw', db.categoryRules, () => db.categoryRules.put(rule));
}

/** Moves a rule one place up (-1) or down (+1) in the order rules are tried. */
export async function moveRule(db: LedgerDb, id: string, direction: -1 | 1): Promise<void> {
  await db.transaction('rw', db.categoryRules, async () => {
    // A copy to sort and splice: never reorder a query result in place (db.ts: immutable cache).
    const rules = [...(await db.categoryRules.toArray())].sort((a, b) => a.order - b.order);
    const index = rules.findIndex((r) => r.id === id);
    const target = index + direction;
    if (index < 0 || target < 0 || target >= rules.length) return;
    const moved = rules.splice(index, 1);
    rules.splice(target, 0, ...moved);
    await db.categoryRules.bulkPut(rules.map((rule, order) => ({ ...rule, order })));
  });
}

// ---------------------------------------------------------------------------------------------------
// Weekly reflection.

export interface ReflectionDraft {
  auditId: string;
  weekStart: string;
  items: WeeklyReflection['items'];
  intentions: string;
}

/**
 * Saves the week's reflection (one per audit week) and copies each answer onto that week's activities of
 * the same title, so the results count delegable and not-most-important hours from it.
 */
export async function saveReflection(
  db: LedgerDb,
  draft: ReflectionDraft,
  now: Date,
): Promise<WeeklyReflection> {
  const stamp = now.toISOString();
  return db.transaction(
    'rw',
    [db.weeklyReflections, db.audits, db.auditEntries, db.auditTotals, db.auditDigests],
    async () => {
      const existing = (await db.weeklyReflections.where('weekStart').equals(draft.weekStart).toArray()).find(
        (r) => r.auditId === draft.auditId,
      );
      const reflection = weeklyReflectionSchema.parse({
        id: existing?.id ?? newId(),
        auditId: draft.auditId,
        weekStart: draft.weekStart,
        items: draft.items,
        intentions: draft.intentions,
        createdAt: existing?.createdAt ?? stamp,
        updatedAt: stamp,
      });
      await db.weeklyReflections.put(reflection);
      const weekEnd = addDays(draft.weekStart, 6);
      const entries = await db.auditEntries
        .where('[auditId+date]')
        .between([draft.auditId, draft.weekStart], [draft.auditId, weekEnd], true, true)
        .toArray();
      const before: AuditEntry[] = [];
      const after: AuditEntry[] = [];
      for (const entry of entries) {
        const item = draft.items.find((i) => sameActivity(i.title, entry.title));
        if (!item) continue;
        const next = {
          ...entry,
          mostImportant: item.mostImportant ?? entry.mostImportant,
          delegable: item.delegable ?? entry.delegable,
        };
        if (next.mostImportant !== entry.mostImportant || next.delegable !== entry.delegable) {
          const answered = auditEntrySchema.parse({ ...next, updatedAt: stamp });
          await db.auditEntries.put(answered);
          before.push(entry);
          after.push(answered);
        }
      }
      // The digest counts the answers; the totals hold none today, but every write of activities goes
      // through both: one rule, no exceptions to remember when the totals grow.
      await adjustDerived(db, before, after);
      return reflection;
    },
  );
}
