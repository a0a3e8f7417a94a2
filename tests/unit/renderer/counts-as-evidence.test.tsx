/**
 * "Counts as evidence for…" on saved records that have no form of their own (issue 17): an audit, an
 * assessment take, a trial, a finished action. Each tick links or unlinks at once, the record then
 * shows once on the competency's evidence list, and the change can be undone. Runs on the app's own
 * `db` (on fake-indexeddb), emptied after each test.
 */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { db } from '@renderer/db/db';
import { linkRecord, restoreLinksOf, tagsOf } from '@renderer/db/evidence-links';
import { readCompetencyEvidence } from '@renderer/db/evidence-reads';
import { CountsAsEvidence } from '@renderer/features/evidence';
import { runUndo } from '@renderer/ui/undo';
import { eventually, nextTurn } from '../support/eventually';
import {
  action,
  audit,
  competency,
  framework,
  link,
  selfAssessment,
  trial,
} from '../support/journal-fixtures';

afterEach(async () => {
  cleanup();
  await Promise.all(db.tables.map((table) => table.clear()));
});

/** Reads until the write behind a tick has landed (the tick shows at once, before the write ends). */
async function untilStored(read: () => Promise<string[]>): Promise<string[]> {
  for (let turn = 0; turn < 500; turn += 1) {
    const found = await read();
    if (found.length > 0) return found;
    await nextTurn();
  }
  return read();
}

const NOW = new Date('2026-06-01T10:00:00.000Z');

async function seed() {
  await db.frameworks.add(framework());
  await db.competencies.bulkAdd([
    competency({ id: 'c1', name: 'Technical direction' }),
    competency({ id: 'c2', name: 'Mentoring and growing others', order: 1 }),
  ]);
  await db.trials.add(
    trial({ id: 't1', title: 'Run the hiring loop', status: 'done', endDate: '2026-02-20' }),
  );
}

describe('linking a saved record (db layer)', () => {
  it('links a trial to exactly the chosen competencies, and its undo puts the links back as they were', async () => {
    await seed();
    await db.evidence.add(
      link({ kind: 'trial', id: 't1' }, 'c1', {
        id: 'l1',
        note: 'Ran all five interviews',
        date: '2026-02-20',
      }),
    );
    const before = await linkRecord(db, { kind: 'trial', id: 't1' }, ['c2'], NOW);
    expect(before.map((l) => l.id)).toEqual(['l1']);
    expect(await tagsOf(db, { kind: 'trial', id: 't1' })).toEqual(['c2']);
    const [added] = await db.evidence.where('competencyId').equals('c2').toArray();
    expect(added).toMatchObject({
      ref: { kind: 'trial', id: 't1' },
      promotionItemId: null,
      date: '2026-02-20',
    });

    await restoreLinksOf(db, { kind: 'trial', id: 't1' }, before, NOW);
    const after = await db.evidence.toArray();
    expect(after.map((l) => [l.id, l.competencyId, l.note])).toEqual([
      ['l1', 'c1', 'Ran all five interviews'],
    ]);
  });

  it('each kind of saved record can be linked, and shows once on the competency, under its own kind', async () => {
    await seed();
    await db.audits.add(audit({ id: 'a1' }));
    await db.actions.add(action({ id: 'ac1', competencyId: 'c1', status: 'done', title: 'Write the RFC' }));
    await db.selfAssessments.add(selfAssessment({ id: 's1' }));
    for (const ref of [
      { kind: 'trial', id: 't1' },
      { kind: 'audit', id: 'a1' },
      { kind: 'action', id: 'ac1' },
      { kind: 'assessment', id: 's1' },
    ] as const) {
      await linkRecord(db, ref, ['c1'], NOW);
      await linkRecord(db, ref, ['c1'], NOW); // a second tick of the same box changes nothing
    }
    const entries = await readCompetencyEvidence(db, 'c1');
    expect(entries.map((e) => e.kind).sort()).toEqual(['action', 'assessment', 'audit', 'trial']);
    expect(await db.evidence.count()).toBe(4);
  });

  it('refuses a record that no longer exists, and changes nothing', async () => {
    await seed();
    await expect(linkRecord(db, { kind: 'trial', id: 'gone' }, ['c1'], NOW)).rejects.toThrow(
      'That record no longer exists.',
    );
    expect(await db.evidence.count()).toBe(0);
  });
});

describe('the "Counts as evidence for…" disclosure', () => {
  it('reads nothing until opened, then each tick links at once, and Undo takes it back', async () => {
    await seed();
    render(
      <CountsAsEvidence source={{ kind: 'trial', id: 't1' }} collapsed={{ title: 'Run the hiring loop' }} />,
    );
    const summary = screen.getByText('Counts as evidence for…');
    expect(screen.queryByRole('checkbox')).toBeNull();
    const details = summary.closest('details')!;
    act(() => {
      details.open = true;
      details.dispatchEvent(new Event('toggle'));
    });
    const box = await eventually(() =>
      screen.getByRole('checkbox', { name: 'Mentoring and growing others' }),
    );
    expect((box as HTMLInputElement).checked).toBe(false);

    fireEvent.click(box);
    await eventually(() =>
      expect(
        screen.getByRole<HTMLInputElement>('checkbox', { name: 'Mentoring and growing others' }).checked,
      ).toBe(true),
    );
    expect(await untilStored(() => tagsOf(db, { kind: 'trial', id: 't1' }))).toEqual(['c2']);

    await act(async () => {
      expect(await runUndo()).toBe(true);
    });
    expect(await db.evidence.count()).toBe(0);
    await eventually(() =>
      expect(
        screen.getByRole<HTMLInputElement>('checkbox', { name: 'Mentoring and growing others' }).checked,
      ).toBe(false),
    );
  });
});
