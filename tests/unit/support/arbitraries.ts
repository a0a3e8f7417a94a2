/** fast-check arbitraries of valid records, for property tests of backup and restore. */
import fc from 'fast-check';
import { emptyTableData, sourceRefSchema, type TableData } from '@shared/types/entities';
import { PROFILE_ID } from '@shared/types/tables';
import { withParents } from '@tests/fixtures/parent-records';

const instant = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true })
  .map((d) => d.toISOString());
const day = instant.map((iso) => iso.slice(0, 10));
const text = (maxLength: number) => fc.string({ unit: 'binary', maxLength });
const id = fc.uuid();
const level = fc.option(fc.integer({ min: 1, max: 5 }), { nil: null });
const energy = fc.option(fc.integer({ min: -2, max: 2 }), { nil: null });
const bool = fc.option(fc.boolean(), { nil: null });

const profile = fc.record({
  id: fc.constant(PROFILE_ID),
  name: text(60),
  currentLevel: text(40),
  role: text(40),
  targetTrack: fc.constantFrom<'staff' | 'em' | 'undecided'>('staff', 'em', 'undecided'),
  targetDate: fc.option(day, { nil: null }),
  createdAt: instant,
  updatedAt: instant,
});

const skillSnapshot = fc.record({
  id,
  competencyId: id,
  recordedAt: instant,
  current: level,
  target: level,
  note: text(100),
});

const bragEntry = fc.record({
  id,
  date: day,
  title: text(80).filter((t) => t.length > 0),
  impact: text(200),
  numbers: text(50),
  link: text(80),
  kind: fc.constantFrom<'delivery' | 'glue' | 'mentorship' | 'incident' | 'design' | 'other'>(
    'delivery',
    'glue',
    'mentorship',
    'incident',
    'design',
    'other',
  ),
  createdAt: instant,
  updatedAt: instant,
});

/**
 * A link of the evidence graph: a record (of any kind, existing or since deleted) or a free note, for a
 * competency, a checklist item or both, with or without its own text.
 */
const evidenceLink = fc
  .record({
    id,
    competencyId: fc.option(id, { nil: null }),
    promotionItemId: fc.option(id, { nil: null }),
    ref: fc.option(
      fc.record({
        kind: fc.constantFrom(...sourceRefSchema.shape.kind.options),
        id,
      }),
      { nil: null },
    ),
    note: text(200),
    date: day,
    createdAt: instant,
    updatedAt: instant,
  })
  .filter((link) => link.competencyId !== null || link.promotionItemId !== null);

const auditEntry = fc.record({
  id,
  auditId: id,
  date: day,
  startTime: fc.option(
    fc
      .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
      .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`),
    { nil: null },
  ),
  minutes: fc.integer({ min: 1, max: 24 * 60 }),
  title: text(60).filter((t) => t.length > 0),
  categoryId: fc.option(id, { nil: null }),
  energy,
  note: text(100),
  mostImportant: bool,
  delegable: bool,
  importKey: fc.option(text(100), { nil: null }),
  createdAt: instant,
  updatedAt: instant,
});

/**
 * A delegation handover, open or done: `status` follows from whether it has a day it was done, so the
 * two always agree, as the schema requires. Its audit and category, when it has them, are added as
 * parents (withParents); the estimate is kept only with an audit, as the app keeps it.
 */
const handover = fc
  .record({
    id,
    auditId: fc.option(id, { nil: null }),
    activity: text(60).filter((t) => t.length > 0),
    categoryId: fc.option(id, { nil: null }),
    to: text(40).filter((t) => t.length > 0),
    expectations: text(200),
    followUpOn: fc.option(day, { nil: null }),
    outcome: text(200),
    // As many open as done (fc.option alone would make five in six done).
    doneOn: fc.option(day, { nil: null, freq: 2 }),
    estimate: fc.option(
      fc.record({
        minutes: fc.integer({ min: 0, max: 6 * 7 * 24 * 60 }),
        count: fc.integer({ min: 0, max: 500 }),
        weeks: fc.integer({ min: 1, max: 6 }),
      }),
      { nil: null },
    ),
    createdAt: instant,
    updatedAt: instant,
  })
  .map((h): TableData['handovers'][number] => ({
    id: h.id,
    auditId: h.auditId,
    activity: h.activity,
    categoryId: h.categoryId,
    to: h.to,
    expectations: h.expectations,
    followUpOn: h.followUpOn,
    status: h.doneOn === null ? 'open' : 'done',
    outcome: h.outcome,
    doneOn: h.doneOn,
    estimate: h.auditId === null ? null : h.estimate,
    createdAt: h.createdAt,
    updatedAt: h.updatedAt,
  }));

/** Keys that collide with Object.prototype's: naive copying loses them or turns them into prototypes. */
export const PROTOTYPE_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
];
/** Lone surrogates: valid in a JS string, escaped by JSON.stringify, easy to mangle on the way. */
export const LONE_SURROGATES = ['\ud800', '\udfff', 'a\udc00b', '\ud83d'];
/** Numbers at the edges of what JSON text and a double can carry. */
export const EDGE_NUMBERS = [
  -0,
  Number.MAX_VALUE,
  -Number.MAX_VALUE,
  Number.MIN_VALUE,
  2 ** 53 + 2,
  1e21,
  -1e-7,
];

const jsonKey = fc.oneof({ weight: 3, arbitrary: text(12) }, fc.constantFrom(...PROTOTYPE_KEYS));
const jsonString = fc.oneof({ weight: 3, arbitrary: text(40) }, fc.constantFrom(...LONE_SURROGATES));
const jsonNumber = fc.oneof(
  { weight: 3, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  fc.constantFrom(...EDGE_NUMBERS),
);

/** Any JSON value (not only the ones that survive JSON.stringify unchanged): -0, every key, any string. */
export const jsonValueArb = fc.letrec<{ value: unknown; array: unknown[]; object: Record<string, unknown> }>(
  (tie) => ({
    value: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.constant(null),
      fc.boolean(),
      jsonNumber,
      jsonString,
      tie('array'),
      tie('object'),
    ),
    array: fc.array(tie('value'), { maxLength: 4 }),
    object: fc.dictionary(jsonKey, tie('value'), { maxKeys: 4 }),
  }),
).value;

const setting = fc.record({
  key: fc.oneof(
    { weight: 3, arbitrary: text(30).filter((t) => t.length > 0) },
    fc.constantFrom(...PROTOTYPE_KEYS),
  ),
  value: jsonValueArb,
});

const uniqueBy = <T>(arb: fc.Arbitrary<T>, key: (t: T) => string, maxLength: number) =>
  fc.uniqueArray(arb, { selector: key, maxLength });

/** A whole database's worth of valid tables (a subset of tables filled, the rest empty). */
export const tableDataArb: fc.Arbitrary<TableData> = fc
  .record({
    profile: fc.option(profile, { nil: null }),
    skillSnapshots: uniqueBy(skillSnapshot, (r) => r.id, 8),
    bragEntries: uniqueBy(bragEntry, (r) => r.id, 8),
    auditEntries: uniqueBy(auditEntry, (r) => r.id, 8),
    handovers: uniqueBy(handover, (r) => r.id, 6),
    evidence: uniqueBy(evidenceLink, (r) => r.id, 8),
    settings: uniqueBy(setting, (r) => r.key, 5),
  })
  .map((parts) => {
    const tables = emptyTableData();
    if (parts.profile) tables.profile.push(parts.profile);
    tables.skillSnapshots.push(...parts.skillSnapshots);
    tables.bragEntries.push(...parts.bragEntries);
    tables.auditEntries.push(...parts.auditEntries);
    tables.handovers.push(...parts.handovers);
    tables.evidence.push(...parts.evidence);
    tables.settings.push(...(parts.settings as TableData['settings']));
    return withParents(tables);
  });
