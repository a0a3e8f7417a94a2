/**
 * Merging a backup into this computer's data (shared/domain/merge.ts): the properties the issue asks for
 * (merge(A, A) = A, idempotence, nothing newer lost, tombstones against records), on small generated
 * databases whose ids collide often, plus examples of each rule. Seeded through the project's property
 * settings (tests/unit/support/property-setup.ts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  countDataRecords,
  mergeBackups,
  mergeChangesAnything,
  recordKey,
  recordVersion,
  sameJson,
} from '@shared/domain/merge';
import {
  emptyTableData,
  tableSchemas,
  tombstoneId,
  type TableData,
  type TableRecord,
  type Tombstone,
} from '@shared/types/entities';
import { DATA_TABLE_NAMES, TABLE_NAMES, type DataTableName } from '@shared/types/tables';
import { runs } from '../support/property';

/** A few instants, so versions and deletions tie and cross often. */
const INSTANTS = [
  '2026-01-01T10:00:00.000Z',
  '2026-01-01T11:00:00.000+01:00', // the same instant as the first, written another way
  '2026-02-01T10:00:00.000Z',
  '2026-03-01T10:00:00.000Z',
  '2026-04-01T10:00:00.000Z',
];
const instant = fc.constantFrom(...INSTANTS);
const IDS = ['a', 'b', 'c', 'd'];
const id = fc.constantFrom(...IDS);
const words = fc.constantFrom('one', 'two', 'three');

/**
 * One table of each kind of version: updatedAt, completedAt/startedAt, recordedAt, none, settings' key;
 * and handovers (below).
 */
const decision = fc
  .record({ id, statement: words, at: instant })
  .map(({ id: recordId, statement, at }): TableRecord<'decisions'> => ({
    id: recordId,
    date: '2026-01-01',
    statement,
    framing: 'team-building',
    energising: true,
    createdAt: INSTANTS[0]!,
    updatedAt: at,
  }));
const take = fc
  .record({
    id,
    started: instant,
    completed: fc.option(instant, { nil: null }),
    answer: fc.integer({ min: 1, max: 5 }),
  })
  .map(({ id: recordId, started, completed, answer }): TableRecord<'selfAssessments'> => ({
    id: recordId,
    startedAt: started,
    completedAt: completed,
    answers: Array.from({ length: 12 }, () => answer),
  }));
const snapshot = fc
  .record({ id, at: instant, current: fc.integer({ min: 1, max: 5 }) })
  .map(({ id: recordId, at, current }): TableRecord<'skillSnapshots'> => ({
    id: recordId,
    competencyId: 'cp1',
    recordedAt: at,
    current,
    target: null,
    note: '',
  }));
const rule = fc
  .record({ id, keyword: words })
  .map(({ id: recordId, keyword }): TableRecord<'categoryRules'> => ({
    id: recordId,
    keyword,
    categoryId: 'cat1',
    order: 0,
  }));
const setting = fc.record({ key: id, value: fc.oneof(words, fc.integer({ min: 0, max: 2 })) });
/**
 * Handovers: versioned by updatedAt like decisions, but with two fields that must agree (done ⇔ a day
 * it was done), so a merge that mixed the fields of two copies would give a record the schema refuses.
 */
const handover = fc
  .record({ id, to: words, at: instant, doneOn: fc.option(fc.constantFrom('2026-02-01', '2026-03-01')) })
  .map(({ id: recordId, to, at, doneOn }): TableRecord<'handovers'> => ({
    id: recordId,
    auditId: null,
    activity: 'Sprint planning',
    categoryId: null,
    to,
    expectations: '',
    followUpOn: '2026-01-15',
    status: doneOn === null ? 'open' : 'done',
    outcome: doneOn === null ? '' : `Handed to ${to}.`,
    doneOn,
    estimate: null,
    createdAt: INSTANTS[0]!,
    updatedAt: at,
  }));

const TESTED_TABLES = [
  'decisions',
  'selfAssessments',
  'skillSnapshots',
  'categoryRules',
  'settings',
  'handovers',
] as const;
type TestedTable = (typeof TESTED_TABLES)[number];

const tombstoneArb = fc
  .record({ table: fc.constantFrom<TestedTable>(...TESTED_TABLES), recordId: id, deletedAt: instant })
  .map(({ table, recordId, deletedAt }): Tombstone => ({
    id: tombstoneId(table, recordId),
    table,
    recordId,
    deletedAt,
  }));

const unique = <T>(arb: fc.Arbitrary<T>, key: (value: T) => string) =>
  fc.uniqueArray(arb, { selector: key, maxLength: IDS.length });

/**
 * A database as the app can hold it: records and tombstones, where no record is one its own tombstone
 * removes (the middleware drops a tombstone when its record is put back; a merge keeps only records
 * newer than their tombstone).
 */
const stateArb: fc.Arbitrary<TableData> = fc
  .record({
    decisions: unique(decision, (r) => r.id),
    selfAssessments: unique(take, (r) => r.id),
    skillSnapshots: unique(snapshot, (r) => r.id),
    categoryRules: unique(rule, (r) => r.id),
    settings: unique(setting, (r) => r.key),
    handovers: unique(handover, (r) => r.id),
    tombstones: fc.uniqueArray(tombstoneArb, { selector: (t) => t.id, maxLength: 8 }),
  })
  .map((parts) => {
    const tables = emptyTableData();
    tables.tombstones = parts.tombstones;
    const deleted = new Map(parts.tombstones.map((t) => [t.id, Date.parse(t.deletedAt)]));
    for (const name of TESTED_TABLES) {
      const records = parts[name] as TableRecord<DataTableName>[];
      (tables[name] as TableRecord<DataTableName>[]) = records.filter((record) => {
        const at = deleted.get(tombstoneId(name, recordKey(name, record)));
        const version = recordVersion(name, record);
        return at === undefined || (version !== null && version > at);
      });
    }
    return tables;
  });

/** Every record of a table by key. */
const byKey = (tables: TableData, name: DataTableName) =>
  new Map((tables[name] as TableRecord<DataTableName>[]).map((record) => [recordKey(name, record), record]));

const newestDeletion = (a: TableData, b: TableData, name: DataTableName, key: string): number | undefined => {
  const times = [...a.tombstones, ...b.tombstones]
    .filter((t) => t.id === tombstoneId(name, key))
    .map((t) => Date.parse(t.deletedAt));
  return times.length > 0 ? Math.max(...times) : undefined;
};

describe('mergeBackups (properties)', () => {
  it('merge(A, A) = A, and says it changes nothing', () => {
    fc.assert(
      fc.property(stateArb, (a) => {
        const result = mergeBackups(a, a);
        expect(result.tables).toEqual(a);
        expect(mergeChangesAnything(result)).toBe(false);
      }),
      { numRuns: runs(200) },
    );
  });

  it('is idempotent: merge(merge(A, B), B) = merge(A, B)', () => {
    fc.assert(
      fc.property(stateArb, stateArb, (a, b) => {
        const once = mergeBackups(a, b);
        const twice = mergeBackups(once.tables, b);
        expect(twice.tables).toEqual(once.tables);
        expect(mergeChangesAnything(twice)).toBe(false);
      }),
      { numRuns: runs(300) },
    );
  });

  it('never loses a record that is newer on either side than the other copy and every tombstone of it', () => {
    fc.assert(
      fc.property(stateArb, stateArb, (a, b) => {
        const merged = mergeBackups(a, b).tables;
        for (const name of TESTED_TABLES) {
          const result = byKey(merged, name);
          const mine = byKey(a, name);
          const theirs = byKey(b, name);
          for (const key of new Set([...mine.keys(), ...theirs.keys()])) {
            const deletedAt = newestDeletion(a, b, name, key);
            const versions = [mine.get(key), theirs.get(key)]
              .filter((r) => r !== undefined)
              .map((r) => recordVersion(name, r));
            const newest = versions.some((v) => v === null) ? null : Math.max(...(versions as number[]));
            const kept = result.get(key);
            if (deletedAt === undefined) {
              // Nothing deleted it: some copy is here, and it is the newest one.
              expect(kept, `${name} ${key}`).toBeDefined();
              if (newest !== null && kept) expect(recordVersion(name, kept)).toBe(newest);
            } else if (newest !== null && newest > deletedAt) {
              expect(kept, `${name} ${key}`).toBeDefined();
              if (kept) expect(recordVersion(name, kept)).toBe(newest);
            }
          }
        }
      }),
      { numRuns: runs(300) },
    );
  });

  it('a tombstone newer than a record removes it; a record newer than the tombstone survives', () => {
    fc.assert(
      fc.property(stateArb, stateArb, (a, b) => {
        const merged = mergeBackups(a, b).tables;
        for (const name of TESTED_TABLES) {
          const result = byKey(merged, name);
          for (const [key, record] of result) {
            const deletedAt = newestDeletion(a, b, name, key);
            const version = recordVersion(name, record);
            if (deletedAt !== undefined) {
              expect(version, `${name} ${key} survived a tombstone without a version`).not.toBeNull();
              expect(version ?? 0).toBeGreaterThan(deletedAt);
            }
          }
        }
        // The merged tombstones are the newest of each side's, for every id either side has.
        const tombstones = new Map(merged.tombstones.map((t) => [t.id, Date.parse(t.deletedAt)]));
        for (const t of [...a.tombstones, ...b.tombstones]) {
          expect(tombstones.get(t.id)).toBeGreaterThanOrEqual(Date.parse(t.deletedAt));
        }
      }),
      { numRuns: runs(300) },
    );
  });

  it('counts add up: kept + updated + deleted = here before, kept + updated + added = after', () => {
    fc.assert(
      fc.property(stateArb, stateArb, (a, b) => {
        const { tables, summary } = mergeBackups(a, b);
        for (const name of DATA_TABLE_NAMES) {
          const row = summary[name];
          expect(row.kept + row.updated + row.deleted).toBe(a[name].length);
          expect(row.kept + row.updated + row.added).toBe(tables[name].length);
          expect(row.added + row.ignored).toBeLessThanOrEqual(b[name].length);
        }
        for (const name of TABLE_NAMES) {
          const schema = tableSchemas[name];
          for (const record of tables[name]) expect(schema.safeParse(record).success).toBe(true);
        }
      }),
      { numRuns: runs(200) },
    );
  });
});

describe('mergeBackups (examples)', () => {
  const decisionAt = (recordId: string, statement: string, updatedAt: string): TableRecord<'decisions'> => ({
    id: recordId,
    date: '2026-01-01',
    statement,
    framing: 'technical-direction',
    energising: false,
    createdAt: '2026-01-01T09:00:00.000Z',
    updatedAt,
  });
  const tombstone = (table: DataTableName, recordId: string, deletedAt: string): Tombstone => ({
    id: tombstoneId(table, recordId),
    table,
    recordId,
    deletedAt,
  });

  it('adds what is missing, takes the newer copy, keeps the newer local one, and counts each', () => {
    const local = emptyTableData();
    const backup = emptyTableData();
    local.decisions.push(decisionAt('mine', 'Only here', INSTANTS[0]!));
    local.decisions.push(decisionAt('edited-here', 'Newer here', INSTANTS[3]!));
    local.decisions.push(decisionAt('edited-there', 'Older here', INSTANTS[2]!));
    backup.decisions.push(decisionAt('edited-here', 'Older there', INSTANTS[2]!));
    backup.decisions.push(decisionAt('edited-there', 'Newer there', INSTANTS[4]!));
    backup.decisions.push(decisionAt('theirs', 'Only there', INSTANTS[0]!));

    const { tables, summary } = mergeBackups(local, backup);
    expect(tables.decisions.map((d) => d.statement)).toEqual([
      'Only here',
      'Newer here',
      'Newer there',
      'Only there',
    ]);
    expect(summary.decisions).toEqual({ added: 1, updated: 1, kept: 2, deleted: 0, ignored: 0 });
    expect(countDataRecords(tables)).toBe(4);
  });

  it('does not bring back what was deleted here, and removes what the backup deleted later', () => {
    const local = emptyTableData();
    const backup = emptyTableData();
    // Deleted here after the backup was made: the backup still has it.
    local.tombstones.push(tombstone('decisions', 'gone-here', INSTANTS[3]!));
    backup.decisions.push(decisionAt('gone-here', 'Deleted here', INSTANTS[2]!));
    // Deleted on the other computer after its last edit here.
    local.decisions.push(decisionAt('gone-there', 'Deleted there', INSTANTS[2]!));
    backup.tombstones.push(tombstone('decisions', 'gone-there', INSTANTS[3]!));
    // Deleted on the other computer, but edited here afterwards: the edit wins.
    local.decisions.push(decisionAt('edited-after', 'Edited after', INSTANTS[4]!));
    backup.tombstones.push(tombstone('decisions', 'edited-after', INSTANTS[3]!));

    const { tables, summary, tombstonesAdded } = mergeBackups(local, backup);
    expect(tables.decisions.map((d) => d.id)).toEqual(['edited-after']);
    expect(summary.decisions).toEqual({ added: 0, updated: 0, kept: 1, deleted: 1, ignored: 1 });
    expect(tables.tombstones.map((t) => t.id).sort()).toEqual([
      'decisions:edited-after',
      'decisions:gone-here',
      'decisions:gone-there',
    ]);
    expect(tombstonesAdded).toBe(2);
  });

  it('keeps this computer’s copy of a record without a version when the two differ; a tombstone removes it', () => {
    const local = emptyTableData();
    const backup = emptyTableData();
    local.settings.push({ key: 'theme', value: 'dark' }, { key: 'deleted-there', value: 1 });
    backup.settings.push({ key: 'theme', value: 'light' }, { key: 'new', value: true });
    backup.tombstones.push(tombstone('settings', 'deleted-there', INSTANTS[0]!));
    const { tables, summary } = mergeBackups(local, backup);
    expect(tables.settings).toEqual([
      { key: 'theme', value: 'dark' },
      { key: 'new', value: true },
    ]);
    expect(summary.settings).toEqual({ added: 1, updated: 0, kept: 1, deleted: 1, ignored: 0 });
  });

  it('a finished self-assessment replaces the unfinished copy of it', () => {
    const local = emptyTableData();
    const backup = emptyTableData();
    const started: TableRecord<'selfAssessments'> = {
      id: 't1',
      startedAt: INSTANTS[0]!,
      completedAt: null,
      answers: Array.from({ length: 12 }, () => null),
    };
    local.selfAssessments.push(started);
    backup.selfAssessments.push({
      ...started,
      completedAt: INSTANTS[3]!,
      answers: Array.from({ length: 12 }, () => 3),
    });
    const { tables, summary } = mergeBackups(local, backup);
    expect(tables.selfAssessments[0]?.completedAt).toBe(INSTANTS[3]);
    expect(summary.selfAssessments.updated).toBe(1);
  });

  it('a handover marked done on the other computer replaces the open copy here, whole', () => {
    const open: TableRecord<'handovers'> = {
      id: 'h1',
      auditId: null,
      activity: 'Release notes',
      categoryId: null,
      to: 'Mei',
      expectations: 'Writes them; I read them before they go out.',
      followUpOn: '2026-02-01',
      status: 'open',
      outcome: '',
      doneOn: null,
      estimate: null,
      createdAt: INSTANTS[0]!,
      updatedAt: INSTANTS[2]!,
    };
    const done = {
      ...open,
      status: 'done' as const,
      outcome: 'Mei owns them now.',
      doneOn: '2026-02-20',
      updatedAt: INSTANTS[3]!,
    };
    const local = emptyTableData();
    const backup = emptyTableData();
    local.handovers.push(open);
    backup.handovers.push(done);
    const there = mergeBackups(local, backup);
    expect(there.tables.handovers).toEqual([done]);
    expect(there.summary.handovers.updated).toBe(1);
    // The other way round, the newer done copy here is kept.
    expect(mergeBackups(backup, local).tables.handovers).toEqual([done]);
  });

  it('the same instant written two ways is the same version: this computer’s copy is kept', () => {
    const local = emptyTableData();
    const backup = emptyTableData();
    local.decisions.push(decisionAt('x', 'Here', INSTANTS[0]!));
    backup.decisions.push(decisionAt('x', 'There', INSTANTS[1]!));
    expect(mergeBackups(local, backup).tables.decisions[0]?.statement).toBe('Here');
  });

  it('compares JSON deeply, whatever the key order', () => {
    expect(sameJson({ a: 1, b: [1, { c: null }] }, { b: [1, { c: null }], a: 1 })).toBe(true);
    expect(sameJson({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameJson([1, 2], { 0: 1, 1: 2 })).toBe(false);
    expect(sameJson({ a: [1] }, { a: [1, 2] })).toBe(false);
  });
});
