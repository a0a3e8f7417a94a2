/**
 * Schema 5's evidence migration (issue 17): version 4's evidence notes, `competencyIds` tags and the
 * checklist's evidence lists become one kind of link, none lost and none twice.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import {
  evidenceEntries,
  groupByKind,
  linkId,
  migrateToEvidenceLinks,
  summariseSource,
  tagChanges,
  withTags,
} from '@shared/domain/evidence-links';
import { brag, feedback, retro } from '../support/journal-fixtures';

/** The v4 fixture's tables as the file holds them (parsing a backup would migrate them already). */
const v4 = async () =>
  (
    JSON.parse(await readFile(new URL('../../fixtures/backups/schema-v4.json', import.meta.url), 'utf8')) as {
      tables: Record<string, Record<string, unknown>[]>;
    }
  ).tables;

const pairs = (links: unknown[]) =>
  (
    links as {
      ref: { kind: string; id: string } | null;
      competencyId: string | null;
      promotionItemId: string | null;
    }[]
  )
    .map(
      (l) =>
        `${l.ref ? `${l.ref.kind}:${l.ref.id}` : 'note'} -> ${l.competencyId ?? `checklist ${l.promotionItemId}`}`,
    )
    .sort();

describe('the v4 fixture (a note and a tag on the same brag entry, tagged retros and feedback, a checklist item)', () => {
  it('gives one link per record and competency, keeps the note’s text, and links the checklist item', async () => {
    const before = await v4();
    const after = migrateToEvidenceLinks(before);
    expect(pairs(after.evidence!)).toEqual([
      'brag:br1 -> checklist pi1',
      'brag:br1 -> cp1',
      'feedback:fb1 -> cp1',
      'retro:rt1 -> cp1',
      'retro:rt2 -> cp1',
    ]);
    const note = (after.evidence as { id: string; note: string }[]).find((l) => l.id === 'ev1');
    expect(note?.note).toBe('Led the review');
    for (const table of ['retros', 'bragEntries', 'feedback'])
      for (const record of after[table] as object[]) expect(record).not.toHaveProperty('competencyIds');
    for (const item of after.promotionItems as object[]) expect(item).not.toHaveProperty('evidence');
    // The input is left as it was.
    expect(before.bragEntries![0]).toHaveProperty('competencyIds', ['cp1']);
  });

  it('changes nothing when run again on what it gave', async () => {
    const once = migrateToEvidenceLinks(await v4());
    const twice = migrateToEvidenceLinks(once);
    const byId = (rows: unknown[] | undefined) =>
      [...(rows ?? [])].sort((a, b) => (a as { id: string }).id.localeCompare((b as { id: string }).id));
    expect({ ...twice, evidence: byId(twice.evidence) }).toEqual({ ...once, evidence: byId(once.evidence) });
  });

  it('gives the same records when run twice on the same data', async () => {
    expect(migrateToEvidenceLinks((await v4()) as never)).toEqual(
      migrateToEvidenceLinks((await v4()) as never),
    );
  });

  it('dates a tag’s link by its record (retro: end date; feedback: received, else asked)', async () => {
    const tables = await v4();
    const after = migrateToEvidenceLinks(tables);
    const linkOf = (kind: string, id: string) =>
      (
        after.evidence as {
          ref: { kind: string; id: string } | null;
          date: string;
          competencyId: string | null;
        }[]
      ).find((l) => l.ref?.kind === kind && l.ref.id === id && l.competencyId === 'cp1');
    const retro = tables.retros!.find((r) => r.id === 'rt1')!;
    expect(linkOf('retro', 'rt1')?.date).toBe(retro.endDate ?? retro.startDate);
    const feedback = tables.feedback![0]!;
    expect(linkOf('feedback', 'fb1')?.date).toBe(feedback.receivedOn ?? feedback.askedOn);
    expect(linkOf('retro', 'rt1')).toMatchObject({ id: linkId('retro', 'rt1', 'cp1') });
  });
});

describe('hand-made cases', () => {
  const stamp = '2026-01-01T00:00:00.000Z';
  const later = '2026-02-01T00:00:00.000Z';
  const note = (id: string, ref: object | null, competencyId: string, text: string, createdAt = stamp) => ({
    id,
    competencyId,
    ref,
    note: text,
    date: '2026-01-01',
    createdAt,
    updatedAt: createdAt,
  });

  it('merges two notes on the same record and competency into the older one, keeping both texts', () => {
    const after = migrateToEvidenceLinks({
      evidence: [
        note('ev-new', { kind: 'retro', id: 'r1' }, 'c1', 'Second thought', later),
        note('ev-old', { kind: 'retro', id: 'r1' }, 'c1', 'First thought'),
      ],
    });
    expect(after.evidence).toEqual([
      {
        ...note('ev-old', { kind: 'retro', id: 'r1' }, 'c1', 'First thought\n\nSecond thought'),
        promotionItemId: null,
      },
    ]);
  });

  it('keeps free notes and notes on different competencies apart', () => {
    const after = migrateToEvidenceLinks({
      evidence: [
        note('a', null, 'c1', 'Ran the incident review'),
        note('b', null, 'c1', 'Ran the incident review'),
        note('c', { kind: 'brag', id: 'b1' }, 'c2', ''),
        note('d', { kind: 'brag', id: 'b1' }, 'c3', ''),
      ],
    });
    expect((after.evidence as { id: string }[]).map((l) => l.id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('links a record tagged twice with the same competency once, and a checklist reference once', () => {
    const after = migrateToEvidenceLinks({
      evidence: [],
      bragEntries: [{ id: 'b1', date: '2026-03-04', competencyIds: ['c1', 'c1'], updatedAt: stamp }],
      promotionItems: [
        {
          id: 'p1',
          evidence: [
            { kind: 'brag', id: 'b1' },
            { kind: 'brag', id: 'b1' },
          ],
          updatedAt: later,
        },
      ],
    });
    expect(pairs(after.evidence!)).toEqual(['brag:b1 -> c1', 'brag:b1 -> checklist p1']);
    expect((after.evidence as { date: string }[]).map((l) => l.date)).toEqual(['2026-03-04', '2026-03-04']);
  });

  it('leaves what is not shaped like a record for validation to report', () => {
    const after = migrateToEvidenceLinks({ evidence: ['junk'], retros: [42] });
    expect(after.evidence).toEqual(['junk']);
    expect(after.retros).toEqual([42]);
  });
});

describe('a record’s tags as links', () => {
  const at = (minute: number) => `2026-01-01T00:${String(minute).padStart(2, '0')}:00.000Z`;
  const ln = (id: string, competencyId: string | null, minute = 0, refId = 'r1') => ({
    id,
    competencyId,
    ref: { kind: 'retro' as const, id: refId },
    createdAt: at(minute),
  });

  it('keeps one link per chosen competency, removes the rest, and leaves checklist-only links alone', () => {
    const links = [ln('e1', 'c1', 1), ln('e2', 'c2', 2), ln('e3', 'c2', 3), ln('p', null, 4)];
    expect(tagChanges(links, ['c2', 'c3'])).toEqual({ add: ['c3'], removeIds: ['e1', 'e3'] });
    expect(tagChanges(links, []).removeIds).toEqual(['e1', 'e2', 'e3']);
  });

  it('reads each record’s competencies from the links of its kind, oldest link first', () => {
    const records = [{ id: 'r1' }, { id: 'r2' }];
    const links = [ln('a', 'c2', 5), ln('b', 'c1', 1), ln('c', 'c9', 0, 'r2'), ln('d', null, 0)];
    expect(withTags(records, 'retro', links)).toEqual([
      { id: 'r1', competencyIds: ['c1', 'c2'] },
      { id: 'r2', competencyIds: ['c9'] },
    ]);
    expect(withTags(records, 'brag', links).map((r) => r.competencyIds)).toEqual([[], []]);
  });
});

describe('a competency’s evidence list', () => {
  const stamp = '2026-01-01T00:00:00.000Z';
  const link = (
    id: string,
    ref: { kind: 'retro' | 'brag' | 'feedback'; id: string } | null,
    note = '',
    createdAt = stamp,
  ) => ({
    id,
    competencyId: 'c1',
    promotionItemId: null,
    ref,
    note,
    date: '2026-01-05',
    createdAt,
    updatedAt: createdAt,
  });
  const sources = new Map([
    [
      'brag:b1',
      summariseSource(
        { kind: 'brag', id: 'b1' },
        brag({ id: 'b1', date: '2026-04-02', impact: 'Saved 3 days a sprint\nmore' }),
      ),
    ],
    [
      'feedback:f1',
      summariseSource(
        { kind: 'feedback', id: 'f1' },
        feedback({ id: 'f1', receivedOn: '2026-05-01', content: 'Great facilitation' }),
      ),
    ],
    ['retro:r1', summariseSource({ kind: 'retro', id: 'r1' }, retro({ id: 'r1', wentWell: 'Clear RFC' }))],
  ]);

  it('lists each record once (texts of its links joined), free notes, and deleted records, newest first', () => {
    const entries = evidenceEntries(
      [
        link('l1', { kind: 'brag', id: 'b1' }, 'Led the review'),
        link('l2', { kind: 'brag', id: 'b1' }, 'Also set the bar', '2026-01-02T00:00:00.000Z'),
        link('l3', { kind: 'feedback', id: 'f1' }),
        link('l4', { kind: 'retro', id: 'r1' }),
        link('l5', null, 'Ran the incident review\nwith three teams'),
        link('l6', { kind: 'retro', id: 'gone' }, 'The old rewrite'),
      ],
      sources,
    );
    expect(entries.map((e) => [e.kind, e.title, e.date, e.note, e.gone])).toEqual([
      ['feedback', 'Feedback from Sam', '2026-05-01', '', false],
      ['brag', 'Shipped the migration', '2026-04-02', 'Led the review\n\nAlso set the bar', false],
      ['retro', 'Checkout rewrite', '2026-03-20', '', false],
      // The same date: in the groups' order of kinds.
      ['retro', 'A record that has since been deleted', '2026-01-05', 'The old rewrite', true],
      ['note', 'Ran the incident review', '2026-01-05', '', false],
    ]);
    expect(entries.find((e) => e.kind === 'brag')?.detail).toBe('Saved 3 days a sprint');
    expect(entries.find((e) => e.kind === 'note')?.detail).toBe('with three teams');
  });

  it('groups by kind in a fixed order, newest first within each group', () => {
    const entries = evidenceEntries(
      [
        link('l1', { kind: 'retro', id: 'r1' }),
        link('l2', { kind: 'brag', id: 'b1' }),
        link('l3', null, 'A note'),
      ],
      sources,
    );
    expect(groupByKind(entries).map((g) => [g.kind, g.entries.length])).toEqual([
      ['brag', 1],
      ['retro', 1],
      ['note', 1],
    ]);
  });
});

describe('damage is left for validation to refuse', () => {
  it('keeps two notes with the same id apart, so the backup check refuses the duplicate key', () => {
    const note = {
      id: 'ev1',
      competencyId: 'c1',
      ref: { kind: 'brag', id: 'b1' },
      note: 'Same',
      date: '2026-01-01',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    };
    // Found by the reliability suite (seed 20261201, case 3081): merged, the duplicate was accepted.
    const after = migrateToEvidenceLinks({ evidence: [note, { ...note }] });
    expect((after.evidence as { id: string }[]).map((l) => l.id)).toEqual(['ev1', 'ev1']);
  });
});
