import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freshDb } from '../support/fresh-db';
import {
  addCategory,
  addEntry,
  addRule,
  deleteEntry,
  fillAuditTotals,
  finishAudit,
  importOccurrences,
  moveRule,
  rateEntries,
  restoreEntry,
  saveReflection,
  startAudit,
  updateCategory,
  updateEntry,
  type EntryDraft,
  type ImportRow,
} from '@renderer/features/audit/model/repo';
import { BUILT_IN_CATEGORIES, DEFAULT_RULES } from '@shared/content/audit';
import { matchRule } from '@shared/domain/audit';
import { parseIcs } from '@shared/domain/ics';
import { summariseAudit } from '@shared/domain/audit-aggregate';
import { totalsSummary } from '@shared/domain/audit-totals';
import {
  computeAuditDigest,
  delegableFromDigest,
  emptyAuditDigest,
  summaryFromDigest,
  type AuditDigest,
} from '@shared/domain/audit-digest';
import { fillAuditDigest } from '@renderer/db/audit-digests';
import type { LedgerDb } from '@renderer/db/db';

/** A digest with its lists in one order (theirs carries no meaning), to compare two digests. */
function canonicalDigest(digest: AuditDigest) {
  const key = (value: string | null) => value ?? '\u0000null';
  const byKey =
    <T>(of: (item: T) => string | null) =>
    (a: T, b: T) =>
      key(of(a)) < key(of(b)) ? -1 : 1;
  return {
    ...digest,
    categories: [...digest.categories].sort(byKey((c) => c.categoryId)),
    titles: [...digest.titles].sort(byKey((t) => t.key)).map((t) => ({
      ...t,
      delegable: t.delegable && {
        ...t.delegable,
        spellings: [...t.delegable.spellings].sort(byKey((s) => s.title)),
        categories: [...t.delegable.categories].sort(byKey((c) => c.categoryId)),
      },
    })),
  };
}

const NOW = new Date('2026-01-07T12:00:00.000Z');
const draft = (over: Partial<EntryDraft> = {}): EntryDraft => ({
  date: '2026-01-05',
  startTime: '09:00',
  minutes: 45,
  title: 'Design review',
  categoryId: null,
  energy: 1,
  note: '',
  mostImportant: null,
  delegable: null,
  ...over,
});

describe('starting and finishing audits', () => {
  it('seeds the built-in categories and rules once, with the first audit', async () => {
    const db = freshDb();
    const audit = await startAudit(db, { startDate: '2026-01-05', weeks: 4 }, NOW);
    expect(audit).toMatchObject({ startDate: '2026-01-05', weeks: 4, status: 'active' });
    expect(await db.auditCategories.count()).toBe(BUILT_IN_CATEGORIES.length);
    const rules = await db.categoryRules.toArray();
    expect(rules).toHaveLength(DEFAULT_RULES.length);
    const oneOnOnes = await db.auditCategories.filter((c) => c.name === '1:1s & coaching').first();
    expect(matchRule('Weekly 1:1 with Sam', rules, await db.auditCategories.toArray())?.categoryId).toBe(
      oneOnOnes?.id,
    );

    await expect(startAudit(db, { startDate: '2026-03-02', weeks: 5 }, NOW)).rejects.toThrow(
      /already running/,
    );
    await finishAudit(db, audit.id, NOW);
    await startAudit(db, { startDate: '2026-03-02', weeks: 5 }, NOW);
    expect(await db.audits.count()).toBe(2);
    expect(await db.auditCategories.count()).toBe(BUILT_IN_CATEGORIES.length);
  });
});

describe('logging activities', () => {
  it('adds, edits with the previous version returned, deletes and restores', async () => {
    const db = freshDb();
    const audit = await startAudit(db, { startDate: '2026-01-05', weeks: 4 }, NOW);
    const entry = await addEntry(db, audit.id, draft({ title: '  Design review  ' }), NOW);
    expect(entry).toMatchObject({ title: 'Design review', importKey: null, auditId: audit.id });

    const before = await updateEntry(
      db,
      entry.id,
      draft({ minutes: 90, energy: -1 }),
      new Date('2026-01-08T00:00:00Z'),
    );
    expect(before).toEqual(entry);
    expect(await db.auditEntries.get(entry.id)).toMatchObject({ minutes: 90, energy: -1 });
    // Undo puts every field back, stamped with the time of the undo (the newest change).
    const undoAt = new Date('2026-01-09T00:00:00Z');
    await restoreEntry(db, before, undoAt);
    expect(await db.auditEntries.get(entry.id)).toEqual({ ...entry, updatedAt: undoAt.toISOString() });

    const deleted = await deleteEntry(db, entry.id);
    expect(await db.auditEntries.count()).toBe(0);
    await restoreEntry(db, deleted, undoAt);
    expect(await db.auditEntries.get(entry.id)).toEqual({ ...entry, updatedAt: undoAt.toISOString() });

    await rateEntries(db, [{ id: entry.id, energy: 2 }], NOW);
    expect((await db.auditEntries.get(entry.id))?.energy).toBe(2);
  });

  it('refuses dates outside the audit and invalid records, writing nothing', async () => {
    const db = freshDb();
    const audit = await startAudit(db, { startDate: '2026-01-05', weeks: 4 }, NOW);
    await expect(addEntry(db, audit.id, draft({ date: '2026-02-02' }), NOW)).rejects.toThrow(
      /within the audit/,
    );
    await expect(addEntry(db, audit.id, draft({ minutes: 0 }), NOW)).rejects.toThrow();
    await expect(addEntry(db, audit.id, draft({ energy: 3 }), NOW)).rejects.toThrow();
    await expect(addEntry(db, audit.id, draft({ title: '   ' }), NOW)).rejects.toThrow();
    expect(await db.auditEntries.count()).toBe(0);
  });
});

describe('importing a calendar', () => {
  const window = { rangeStart: '2026-01-05', rangeEnd: '2026-02-01', timeZone: 'Europe/Berlin' };
  const ics = readFileSync(join(import.meta.dirname, '../../fixtures/ics/weekly-1on1.ics'), 'utf8');
  const toRows = (): ImportRow[] =>
    parseIcs(ics, window).occurrences.map((o) => ({
      importKey: o.importKey,
      date: o.date,
      startTime: o.startTime,
      minutes: o.minutes,
      title: o.title,
      categoryId: null,
      energy: null,
    }));

  it('adds each occurrence once: importing the same file again adds nothing', async () => {
    const db = freshDb();
    const audit = await startAudit(db, { startDate: '2026-01-05', weeks: 4 }, NOW);
    expect(await importOccurrences(db, audit.id, toRows(), NOW)).toEqual({ added: 3, skipped: 0 });
    expect(await importOccurrences(db, audit.id, toRows(), NOW)).toEqual({ added: 0, skipped: 3 });
    const entries = await db.auditEntries.toArray();
    expect(entries.map((e) => e.title).sort()).toEqual([
      '1:1 with Sam',
      '1:1 with Sam (moved to Tuesday)',
      'Architecture review: storage layer',
    ]);
    expect(entries.every((e) => e.importKey?.includes('|'))).toBe(true);
  });

  it('is all-or-nothing: one invalid row leaves the database unchanged', async () => {
    const db = freshDb();
    const audit = await startAudit(db, { startDate: '2026-01-05', weeks: 4 }, NOW);
    const rows = toRows();
    rows[1] = { ...rows[1]!, energy: 7 };
    await expect(importOccurrences(db, audit.id, rows, NOW)).rejects.toThrow();
    expect(await db.auditEntries.count()).toBe(0);
  });

  it('skips occurrences outside the audit', async () => {
    const db = freshDb();
    const audit = await startAudit(db, { startDate: '2026-01-12', weeks: 4 }, NOW);
    expect(await importOccurrences(db, audit.id, toRows(), NOW)).toEqual({ added: 1, skipped: 2 });
  });
});

describe('categories and rules', () => {
  it('adds, renames, recolours, re-leans and archives categories; names stay unique', async () => {
    const db = freshDb();
    await startAudit(db, { startDate: '2026-01-05', weeks: 4 }, NOW);
    const added = await addCategory(db, { name: ' Incident duty ', lean: 'staff', color: '#aa0000' });
    expect(added).toMatchObject({
      name: 'Incident duty',
      order: BUILT_IN_CATEGORIES.length,
      archived: false,
    });
    await expect(addCategory(db, { name: 'incident DUTY', lean: 'em', color: '#000000' })).rejects.toThrow(
      /already/,
    );
    await updateCategory(db, added.id, {
      name: 'On-call',
      color: '#00aa00',
      lean: 'neutral',
      archived: true,
    });
    expect(await db.auditCategories.get(added.id)).toMatchObject({
      name: 'On-call',
      color: '#00aa00',
      lean: 'neutral',
      archived: true,
    });
    await expect(updateCategory(db, added.id, { name: 'Learning' })).rejects.toThrow(/already/);
    await expect(updateCategory(db, added.id, { color: 'red' })).rejects.toThrow();
  });

  it('puts a new rule first, replaces a rule with the same keyword, and reorders', async () => {
    const db = freshDb();
    await startAudit(db, { startDate: '2026-01-05', weeks: 4 }, NOW);
    const cats = await db.auditCategories.toArray();
    const learning = cats.find((c) => c.name === 'Learning')!;
    const coding = cats.find((c) => c.name === 'Focused coding')!;
    const rule = await addRule(db, 'Book club', learning.id);
    const ordered = async () => (await db.categoryRules.toArray()).sort((a, b) => a.order - b.order);
    expect((await ordered())[0]).toEqual(rule);
    const again = await addRule(db, 'book CLUB', coding.id);
    expect(again).toMatchObject({ id: rule.id, categoryId: coding.id, order: 0 });
    expect(await db.categoryRules.count()).toBe(DEFAULT_RULES.length + 1);
    await moveRule(db, rule.id, 1);
    expect((await ordered())[1]?.id).toBe(rule.id);
    expect((await ordered()).map((r) => r.order)).toEqual([...Array(DEFAULT_RULES.length + 1).keys()]);
    await expect(addRule(db, 'x', 'no-such-category')).rejects.toThrow(/Pick a category/);
  });
});

describe('weekly reflection', () => {
  it('saves one reflection per week and copies its answers onto that week’s activities', async () => {
    const db = freshDb();
    const audit = await startAudit(db, { startDate: '2026-01-05', weeks: 4 }, NOW);
    const review = await addEntry(db, audit.id, draft({ title: 'Status report' }), NOW);
    const same = await addEntry(db, audit.id, draft({ title: 'status report ', date: '2026-01-07' }), NOW);
    const nextWeek = await addEntry(db, audit.id, draft({ title: 'Status report', date: '2026-01-12' }), NOW);
    const input = {
      auditId: audit.id,
      weekStart: '2026-01-05',
      items: [{ title: 'Status report', minutes: 90, mostImportant: false, delegable: true }],
      intentions: 'Hand the status report to Priya.',
    };
    const first = await saveReflection(db, input, NOW);
    const second = await saveReflection(
      db,
      { ...input, intentions: 'Hand it over.' },
      new Date('2026-01-12T00:00:00Z'),
    );
    expect(second.id).toBe(first.id);
    expect(await db.weeklyReflections.count()).toBe(1);
    for (const id of [review.id, same.id]) {
      expect(await db.auditEntries.get(id)).toMatchObject({ mostImportant: false, delegable: true });
    }
    expect(await db.auditEntries.get(nextWeek.id)).toMatchObject({ mostImportant: null, delegable: null });
  });
});

describe('per-audit totals (the derived auditTotals table)', () => {
  /** Fills the audit's totals and checks them against a summary of everything stored for it. */
  async function expectTotalsMatch(db: LedgerDb, auditId: string) {
    await fillAuditTotals(db, auditId);
    const audit = (await db.audits.get(auditId))!;
    const stored = (await db.auditTotals.get(auditId))!;
    const categories = await db.auditCategories.toArray();
    const summary = summariseAudit(
      audit,
      await db.auditEntries.where('auditId').equals(auditId).toArray(),
      categories,
    );
    expect(totalsSummary(stored, categories)).toEqual({ total: summary.total, byLean: summary.byLean });
  }
  const hasTotals = async (db: LedgerDb, auditId: string) =>
    (await db.auditTotals.get(auditId)) !== undefined;

  it('are computed from the audit’s activities, and every write of an activity adjusts them', async () => {
    const db = freshDb();
    const audit = await startAudit(db, { startDate: '2026-01-05', weeks: 4 }, NOW);
    const staff = (await db.auditCategories.filter((c) => c.lean === 'staff').first())!;
    await expectTotalsMatch(db, audit.id);
    expect((await db.auditTotals.get(audit.id))?.categories).toEqual([]);

    const entry = await addEntry(db, audit.id, draft({ categoryId: staff.id }), NOW);
    expect(await hasTotals(db, audit.id)).toBe(true);
    await expectTotalsMatch(db, audit.id);
    expect(totalsSummary((await db.auditTotals.get(audit.id))!, [staff]).total.minutes).toBe(45);

    const writes: (() => Promise<unknown>)[] = [
      () => updateEntry(db, entry.id, draft({ minutes: 90, categoryId: staff.id }), NOW),
      () => rateEntries(db, [{ id: entry.id, energy: -2 }], NOW),
      () => deleteEntry(db, entry.id),
      () => restoreEntry(db, entry, NOW),
      () =>
        importOccurrences(
          db,
          audit.id,
          [
            {
              importKey: 'uid|1',
              date: '2026-01-06',
              startTime: '10:00',
              minutes: 30,
              title: 'Standup',
              categoryId: null,
              energy: 1,
            },
          ],
          NOW,
        ),
      () =>
        saveReflection(
          db,
          {
            auditId: audit.id,
            weekStart: '2026-01-05',
            items: [{ title: 'Design review', minutes: 45, mostImportant: false, delegable: true }],
            intentions: '',
          },
          NOW,
        ),
    ];
    // Each write keeps the row and adjusts it: fillAuditTotals then finds it current and leaves it, so
    // the check compares the adjusted row with a summary of what is stored.
    for (const write of writes) {
      await write();
      expect(await hasTotals(db, audit.id), write.toString()).toBe(true);
      await expectTotalsMatch(db, audit.id);
    }
    // A stale row (another shape version) is not adjusted but forgotten, and computed again when shown.
    await db.auditTotals.put({ ...(await db.auditTotals.get(audit.id))!, version: 0 });
    await deleteEntry(db, entry.id);
    expect(await hasTotals(db, audit.id)).toBe(false);
    await expectTotalsMatch(db, audit.id);
  });

  it('of other audits are untouched by a write to one audit; a failed write changes nothing', async () => {
    const db = freshDb();
    const first = await startAudit(db, { startDate: '2026-01-05', weeks: 4 }, NOW);
    await addEntry(db, first.id, draft(), NOW);
    await finishAudit(db, first.id, NOW);
    const second = await startAudit(db, { startDate: '2026-03-02', weeks: 4 }, NOW);
    await fillAuditTotals(db, first.id);
    await fillAuditTotals(db, second.id);
    const firstRow = await db.auditTotals.get(first.id);
    await addEntry(db, second.id, draft({ date: '2026-03-02' }), NOW);
    expect(await db.auditTotals.get(first.id)).toEqual(firstRow);
    await expectTotalsMatch(db, second.id);

    const secondRow = await db.auditTotals.get(second.id);
    await expect(addEntry(db, second.id, draft({ date: '2026-01-05' }), NOW)).rejects.toThrow();
    expect(await db.auditTotals.get(second.id)).toEqual(secondRow);
  });

  it('are left alone when current, and nothing is stored for an audit that does not exist', async () => {
    const db = freshDb();
    const audit = await startAudit(db, { startDate: '2026-01-05', weeks: 4 }, NOW);
    await fillAuditTotals(db, audit.id);
    // A marker no computation would write: a current row is not read or computed again.
    const marked = {
      ...(await db.auditTotals.get(audit.id))!,
      categories: [{ categoryId: null, count: 1, minutes: 7, ratedMinutes: 0, energyMinutes: 0 }],
    };
    await db.auditTotals.put(marked);
    await fillAuditTotals(db, audit.id);
    expect(await db.auditTotals.get(audit.id)).toEqual(marked);
    // A stale one (another shape version) is.
    await db.auditTotals.put({ ...marked, version: 0 });
    await fillAuditTotals(db, audit.id);
    expect((await db.auditTotals.get(audit.id))?.categories).toEqual([]);
    await fillAuditTotals(db, 'missing');
    expect(await db.auditTotals.count()).toBe(1);
  });
});

describe('per-audit digests (the derived auditDigests table)', () => {
  /** The stored digest, checked to equal one computed again from everything stored for the audit. */
  async function expectDigestMatches(db: LedgerDb, auditId: string): Promise<AuditDigest> {
    const audit = (await db.audits.get(auditId))!;
    const stored = await db.auditDigests.get(auditId);
    expect(stored, 'a digest is stored').toBeDefined();
    const entries = await db.auditEntries.where('auditId').equals(auditId).toArray();
    expect(canonicalDigest(stored!)).toEqual(canonicalDigest(computeAuditDigest(audit, entries)));
    const categories = await db.auditCategories.toArray();
    expect(summaryFromDigest(stored!, audit, categories)).toEqual(summariseAudit(audit, entries, categories));
    return stored!;
  }

  it('starts empty with the audit, and every write of an activity adjusts it in the same transaction', async () => {
    const db = freshDb();
    const audit = await startAudit(db, { startDate: '2026-01-05', weeks: 4 }, NOW);
    expect(await db.auditDigests.get(audit.id)).toEqual(emptyAuditDigest(audit));
    const staff = (await db.auditCategories.filter((c) => c.lean === 'staff').first())!;
    const entry = await addEntry(db, audit.id, draft({ categoryId: staff.id, delegable: true }), NOW);
    await expectDigestMatches(db, audit.id);

    const writes: (() => Promise<unknown>)[] = [
      () =>
        updateEntry(db, entry.id, draft({ minutes: 90, title: 'design REVIEW', categoryId: staff.id }), NOW),
      () =>
        updateEntry(db, entry.id, draft({ date: '2026-01-20', startTime: '23:30', categoryId: null }), NOW),
      () => rateEntries(db, [{ id: entry.id, energy: -2 }], NOW),
      () => deleteEntry(db, entry.id),
      () => restoreEntry(db, entry, NOW),
      () =>
        importOccurrences(
          db,
          audit.id,
          [
            {
              importKey: 'uid|1',
              date: '2026-01-06',
              startTime: '10:00',
              minutes: 30,
              title: 'Standup',
              categoryId: null,
              energy: 1,
            },
          ],
          NOW,
        ),
      () =>
        saveReflection(
          db,
          {
            auditId: audit.id,
            weekStart: '2026-01-05',
            items: [
              { title: 'Design review', minutes: 45, mostImportant: false, delegable: true },
              { title: 'standup', minutes: 30, mostImportant: true, delegable: true },
            ],
            intentions: '',
          },
          NOW,
        ),
    ];
    for (const write of writes) {
      await write();
      await expectDigestMatches(db, audit.id);
    }
    const digest = await expectDigestMatches(db, audit.id);
    expect(delegableFromDigest(digest, await db.auditCategories.toArray()).map((a) => a.title)).toEqual([
      'Design review',
      'Standup',
    ]);

    // A stale row (another shape version) is not adjusted but forgotten, and computed again when asked.
    await db.auditDigests.put({ ...digest, version: 0 });
    await deleteEntry(db, entry.id);
    expect(await db.auditDigests.get(audit.id)).toBeUndefined();
    await fillAuditDigest(db, audit.id);
    await expectDigestMatches(db, audit.id);
  });

  it('a missing one is computed from the activities (after an upgrade or a restore); a current one is left alone', async () => {
    const db = freshDb();
    const audit = await startAudit(db, { startDate: '2026-01-05', weeks: 4 }, NOW);
    await addEntry(db, audit.id, draft(), NOW);
    await db.auditDigests.clear();
    // Writes leave a missing digest missing: they never read the whole audit.
    await addEntry(db, audit.id, draft({ title: 'Standup', date: '2026-01-06' }), NOW);
    expect(await db.auditDigests.count()).toBe(0);
    await fillAuditDigest(db, audit.id);
    await expectDigestMatches(db, audit.id);
    const marked = { ...(await db.auditDigests.get(audit.id))!, untimedCount: 99 };
    await db.auditDigests.put(marked);
    await fillAuditDigest(db, audit.id);
    expect(await db.auditDigests.get(audit.id)).toEqual(marked);
    await fillAuditDigest(db, 'missing');
    expect(await db.auditDigests.count()).toBe(1);
  });

  it('of other audits are untouched by a write to one audit; a failed write changes nothing', async () => {
    const db = freshDb();
    const first = await startAudit(db, { startDate: '2026-01-05', weeks: 4 }, NOW);
    await addEntry(db, first.id, draft(), NOW);
    await finishAudit(db, first.id, NOW);
    const second = await startAudit(db, { startDate: '2026-03-02', weeks: 4 }, NOW);
    const firstRow = await db.auditDigests.get(first.id);
    await addEntry(db, second.id, draft({ date: '2026-03-02' }), NOW);
    expect(await db.auditDigests.get(first.id)).toEqual(firstRow);
    await expectDigestMatches(db, first.id);
    const secondRow = await expectDigestMatches(db, second.id);
    await expect(addEntry(db, second.id, draft({ date: '2026-01-05' }), NOW)).rejects.toThrow();
    expect(await db.auditDigests.get(second.id)).toEqual(secondRow);
  });
});
