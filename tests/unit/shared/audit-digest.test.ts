/**
 * The per-audit digest (shared/domain/audit-digest.ts) against the functions over the activities it
 * stands in for: on any audit span, activities and categories, its readers give exactly what
 * summariseAudit, delegableActivities and hoursFreed give; and any sequence of writes (add, delete,
 * edit), each adjusting the digest, leaves it equal to the digest computed again from scratch.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, minutesToClock } from '@shared/domain/audit';
import { summariseAudit } from '@shared/domain/audit-aggregate';
import {
  AUDIT_DIGEST_VERSION,
  adjustAuditDigest,
  computeAuditDigest,
  delegableFromDigest,
  digestIsCurrent,
  emptyAuditDigest,
  hoursFreedFromDigest,
  summaryFromDigest,
  type AuditDigest,
  type DigestEntry,
} from '@shared/domain/audit-digest';
import { delegableActivities, hoursFreed } from '@shared/domain/delegation';
import type { AuditCategory, Lean } from '@shared/types/entities';
import { plainSummary } from '../support/audit-reference';
import { runs } from '../support/property';

type Category = Pick<AuditCategory, 'id' | 'name' | 'lean' | 'color' | 'order'>;

/** Few ids, so categories repeat ids and activities hit, miss and share them. */
const categoryId = fc.constantFrom('a', 'b', 'c', 'd', '__proto__', '');
const categoryArb: fc.Arbitrary<Category> = fc.record({
  id: categoryId,
  name: fc.constantFrom('Design', 'Hiring', '1:1s'),
  lean: fc.constantFrom<Lean>('staff', 'em', 'neutral'),
  color: fc.constantFrom('#111111', '#222222'),
  order: fc.integer({ min: 0, max: 3 }),
});

const spanArb = fc.record({
  id: fc.constant('audit'),
  startDate: fc.integer({ min: 0, max: 3_000 }).map((d) => addDays('2024-01-01', d)),
  weeks: fc.constantFrom<4 | 5 | 6>(4, 5, 6),
  status: fc.constantFrom<'active' | 'finished'>('active', 'finished'),
});

/** Titles that group together in several spellings, and a few that do not. */
const TITLES = ['Review', 'review', ' Review ', 'REVIEW', 'Triage', 'triage', '1:1', 'Status report'];

const entryArb = (startDate: string): fc.Arbitrary<DigestEntry> =>
  fc.record({
    // Mostly inside the audit, a few days either side.
    date: fc.integer({ min: -3, max: 44 }).map((d) => addDays(startDate, d)),
    startTime: fc.option(fc.integer({ min: 0, max: 1439 }).map(minutesToClock), { nil: null }),
    // Mostly a few round durations, so categories and titles often tie on minutes.
    minutes: fc.oneof(fc.constantFrom(30, 60), fc.integer({ min: 1, max: 24 * 60 })),
    categoryId: fc.option(categoryId, { nil: null }),
    energy: fc.option(fc.integer({ min: -2, max: 2 }), { nil: null }),
    mostImportant: fc.option(fc.boolean(), { nil: null }),
    delegable: fc.option(fc.boolean(), { nil: null }),
    title: fc.constantFrom(...TITLES),
  });

const caseArb = spanArb.chain((audit) =>
  fc.record({
    audit: fc.constant(audit),
    entries: fc.array(entryArb(audit.startDate), { maxLength: 60 }),
    categories: fc.array(categoryArb, { maxLength: 6 }),
    today: fc.integer({ min: -5, max: 50 }).map((d) => addDays(audit.startDate, d)),
  }),
);

/** A digest with its lists in one order (theirs carries no meaning), to compare two digests. */
function canonical(digest: AuditDigest): AuditDigest {
  const byText = (a: string | null, b: string | null) => ((a ?? '\u0000null') < (b ?? '\u0000null') ? -1 : 1);
  return {
    ...digest,
    categories: [...digest.categories].sort((a, b) => byText(a.categoryId, b.categoryId)),
    titles: [...digest.titles]
      .sort((a, b) => byText(a.key, b.key))
      .map((t) => ({
        ...t,
        delegable: t.delegable && {
          ...t.delegable,
          spellings: [...t.delegable.spellings].sort((a, b) => byText(a.title, b.title)),
          categories: [...t.delegable.categories].sort((a, b) => byText(a.categoryId, b.categoryId)),
        },
      })),
  };
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

describe('the digest’s readers equal the functions over the activities', () => {
  it('property: summary, delegable work and hours freed, for any activities, categories and span', () => {
    fc.assert(
      fc.property(caseArb, ({ audit, entries, categories, today }) => {
        const digest = deepFreeze(computeAuditDigest(audit, entries));
        expect(plainSummary(summaryFromDigest(digest, audit, categories))).toEqual(
          plainSummary(summariseAudit(audit, entries, categories)),
        );
        expect(delegableFromDigest(digest, categories)).toEqual(
          delegableActivities(audit, entries, categories),
        );
        for (const title of [...TITLES, 'Hiring', '']) {
          expect(hoursFreedFromDigest(digest, audit, title, today)).toEqual(
            hoursFreed(audit, entries, title, today),
          );
        }
      }),
      { numRuns: runs(300) },
    );
  });

  it('the summary’s heatmap arrays are the same numbers too (NaN where nothing was rated)', () => {
    const audit = { id: 'x', startDate: '2026-01-05', weeks: 4 as const };
    const entries: DigestEntry[] = [
      {
        date: '2026-01-11',
        startTime: '23:30',
        minutes: 90,
        categoryId: 'a',
        energy: -1,
        mostImportant: false,
        delegable: true,
        title: 'Deploy',
      },
      {
        date: '2026-01-06',
        startTime: '09:00',
        minutes: 30,
        categoryId: null,
        energy: null,
        mostImportant: null,
        delegable: null,
        title: 'deploy',
      },
    ];
    const categories: Category[] = [{ id: 'a', name: 'Ops', lean: 'em', color: '#111111', order: 0 }];
    expect(summaryFromDigest(computeAuditDigest(audit, entries), audit, categories)).toEqual(
      summariseAudit(audit, entries, categories),
    );
  });

  it('refuses a digest of another span rather than summarising it wrongly', () => {
    const audit = { id: 'x', startDate: '2026-01-05', weeks: 4 as const, status: 'active' as const };
    const digest = computeAuditDigest(audit, []);
    expect(() => summaryFromDigest(digest, { ...audit, weeks: 5 }, [])).toThrow(/span/);
    expect(() =>
      hoursFreedFromDigest(digest, { ...audit, startDate: '2026-01-12' }, 'x', '2026-01-20'),
    ).toThrow(/span/);
  });
});

describe('the digest adjusted write by write', () => {
  type Step =
    | { kind: 'add'; entry: DigestEntry }
    | { kind: 'remove'; at: number }
    | { kind: 'edit'; at: number; entry: DigestEntry };

  const stepsArb = spanArb.chain((audit) =>
    fc.record({
      audit: fc.constant(audit),
      start: fc.array(entryArb(audit.startDate), { maxLength: 30 }),
      steps: fc.array(
        fc.oneof(
          entryArb(audit.startDate).map((entry): Step => ({ kind: 'add', entry })),
          fc.nat().map((at): Step => ({ kind: 'remove', at })),
          fc
            .tuple(fc.nat(), entryArb(audit.startDate))
            .map(([at, entry]): Step => ({ kind: 'edit', at, entry })),
        ),
        { maxLength: 25 },
      ),
      // Some writes touch several activities at once (an import, a reflection, ratings).
      batch: fc.integer({ min: 1, max: 4 }),
    }),
  );

  it('property: any sequence of adds, deletes and edits equals the digest computed from scratch', () => {
    fc.assert(
      fc.property(stepsArb, ({ audit, start, steps, batch }) => {
        let entries = [...start];
        let digest = deepFreeze(computeAuditDigest(audit, entries));
        for (let i = 0; i < steps.length; i += batch) {
          const removed: DigestEntry[] = [];
          const added: DigestEntry[] = [];
          for (const step of steps.slice(i, i + batch)) {
            if (step.kind === 'add') {
              entries.push(step.entry);
              added.push(step.entry);
            } else if (entries.length > 0) {
              const at = step.at % entries.length;
              const before = entries[at] as DigestEntry;
              removed.push(before);
              if (step.kind === 'remove') entries = entries.filter((_, j) => j !== at);
              else {
                entries[at] = step.entry;
                added.push(step.entry);
              }
            }
          }
          digest = deepFreeze(adjustAuditDigest(digest, audit, removed, added));
        }
        expect(canonical(digest)).toEqual(canonical(computeAuditDigest(audit, entries)));
      }),
      { numRuns: runs(200) },
    );
  });

  it('back to nothing: every list empties and every sum is zero again', () => {
    const audit = { id: 'x', startDate: '2026-01-05', weeks: 4 as const };
    const entries: DigestEntry[] = [
      {
        date: '2026-01-07',
        startTime: '10:15',
        minutes: 75,
        categoryId: 'a',
        energy: 2,
        mostImportant: false,
        delegable: true,
        title: ' Review ',
      },
      {
        date: '2026-02-20',
        startTime: null,
        minutes: 30,
        categoryId: null,
        energy: null,
        mostImportant: null,
        delegable: null,
        title: 'Outside',
      },
    ];
    const full = deepFreeze(computeAuditDigest(audit, entries));
    expect(full.outsideCount).toBe(1);
    expect(full.titles).toEqual([
      {
        key: 'review',
        minutes: 75,
        count: 1,
        delegable: {
          minutes: 75,
          count: 1,
          spellings: [{ title: 'Review', count: 1 }],
          categories: [{ categoryId: 'a', count: 1 }],
        },
      },
    ]);
    expect(adjustAuditDigest(full, audit, entries, [])).toEqual(emptyAuditDigest(audit));
  });

  it('a delegable mark taken back drops the title’s delegable part, and keeps its time', () => {
    const audit = { id: 'x', startDate: '2026-01-05', weeks: 4 as const };
    const marked: DigestEntry = {
      date: '2026-01-07',
      startTime: null,
      minutes: 30,
      categoryId: null,
      energy: null,
      mostImportant: null,
      delegable: true,
      title: 'Triage',
    };
    const digest = computeAuditDigest(audit, [marked]);
    const unmarked = adjustAuditDigest(digest, audit, [marked], [{ ...marked, delegable: false }]);
    expect(unmarked.titles).toEqual([{ key: 'triage', minutes: 30, count: 1, delegable: null }]);
    expect(delegableFromDigest(unmarked, [])).toEqual([]);
  });
});

describe('a stored digest', () => {
  it('is stale for another audit, another span or another shape version', () => {
    const audit = { id: 'x', startDate: '2026-01-05', weeks: 4 as const };
    const digest = computeAuditDigest(audit, []);
    expect(digest.version).toBe(AUDIT_DIGEST_VERSION);
    expect(digestIsCurrent(digest, audit)).toBe(true);
    expect(digestIsCurrent(undefined, audit)).toBe(false);
    expect(digestIsCurrent(digest, { ...audit, id: 'y' })).toBe(false);
    expect(digestIsCurrent(digest, { ...audit, weeks: 5 })).toBe(false);
    expect(digestIsCurrent(digest, { ...audit, startDate: '2026-01-12' })).toBe(false);
    expect(digestIsCurrent({ ...digest, version: 0 }, audit)).toBe(false);
  });

  it('follows a category renamed or re-leaned after it was computed (it holds ids only)', () => {
    const audit = { id: 'x', startDate: '2026-01-05', weeks: 4 as const };
    const digest = computeAuditDigest(audit, [
      {
        date: '2026-01-05',
        startTime: '09:00',
        minutes: 60,
        categoryId: 'a',
        energy: 2,
        mostImportant: null,
        delegable: null,
        title: 'Design',
      },
    ]);
    const as = (lean: Lean, name: string) => [{ id: 'a', name, lean, color: '#111111', order: 0 }];
    expect(summaryFromDigest(digest, audit, as('staff', 'Design')).byLean.staff.minutes).toBe(60);
    const renamed = summaryFromDigest(digest, audit, as('em', 'People'));
    expect(renamed.byLean.em.avgEnergy).toBe(2);
    expect(renamed.byCategory[0]?.name).toBe('People');
    expect(summaryFromDigest(digest, audit, []).byLean.unassigned.minutes).toBe(60);
  });
});
