/**
 * People around you (issue 18, schema v10) on a fresh database: added in order with the direction of
 * their role, changed through validated patches, linked to records (each once), removed and put back
 * by the undo, found from a record through the `*links` index, with the records that name them offered
 * as links, and written out as Markdown.
 */
import { describe, expect, it } from 'vitest';
import { putBack } from '@renderer/db/put-back';
import { readPeople, readPerson, readRecordPeople } from '@renderer/features/people/hooks/usePeople';
import { buildPeopleMarkdown } from '@renderer/features/people/model/document';
import {
  addPerson,
  deletePerson,
  linkRecords,
  planMentorAsk,
  unlinkRecord,
  updatePerson,
} from '@renderer/features/people/model/repo';
import { FIND_A_MENTOR } from '@shared/domain/people';
import { freshDb } from '../support/fresh-db';
import { feedback, handover, retro, trial } from '../support/journal-fixtures';

const T0 = new Date('2026-03-01T09:00:00.000Z');
const T1 = new Date('2026-03-02T09:00:00.000Z');

describe('the people list', () => {
  it('adds people last, trimmed, talking in the direction of their role', async () => {
    const db = freshDb();
    const mentor = await addPerson(db, { name: '  Priya ', role: 'mentor' }, T0);
    const mentee = await addPerson(db, { name: 'Sam', role: 'mentee' }, T1);
    expect(mentor).toMatchObject({ name: 'Priya', direction: 'up', order: 0, links: [], lastTalkedOn: null });
    expect(mentee).toMatchObject({ name: 'Sam', direction: 'down', order: 1 });
    expect((await readPeople(db)).people.map((p) => p.name)).toEqual(['Priya', 'Sam']);
  });

  it('changes fields through the schema and refuses a blank name or a bad day', async () => {
    const db = freshDb();
    const { id } = await addPerson(db, { name: 'Priya', role: 'mentor' }, T0);
    const before = await updatePerson(
      db,
      id,
      { relation: 'Principal engineer', lastTalkedOn: '2026-02-27' },
      T1,
    );
    expect(before.relation).toBe('');
    expect(await db.people.get(id)).toMatchObject({
      relation: 'Principal engineer',
      lastTalkedOn: '2026-02-27',
      updatedAt: T1.toISOString(),
    });
    await expect(updatePerson(db, id, { name: '   ' }, T1)).rejects.toThrow();
    await expect(updatePerson(db, id, { lastTalkedOn: '27/02/2026' }, T1)).rejects.toThrow();
    expect((await db.people.get(id))?.name).toBe('Priya');
    await expect(updatePerson(db, 'gone', { notes: 'x' }, T1)).rejects.toThrow(/no longer in your list/);
  });

  it('links each record once, unlinks one, and finds a record’s people through the index', async () => {
    const db = freshDb();
    const priya = await addPerson(db, { name: 'Priya', role: 'mentor' }, T0);
    const sam = await addPerson(db, { name: 'Sam', role: 'mentee' }, T0);
    await linkRecords(
      db,
      priya.id,
      [
        { kind: 'feedback', id: 'f1' },
        { kind: 'retro', id: 'r1' },
      ],
      T1,
    );
    await linkRecords(db, priya.id, [{ kind: 'feedback', id: 'f1' }], T1);
    await linkRecords(db, sam.id, [{ kind: 'retro', id: 'r1' }], T1);
    expect((await db.people.get(priya.id))?.links).toEqual(['feedback:f1', 'retro:r1']);
    expect((await readRecordPeople(db, { kind: 'retro', id: 'r1' })).map((p) => p.name)).toEqual([
      'Priya',
      'Sam',
    ]);
    await unlinkRecord(db, priya.id, { kind: 'retro', id: 'r1' }, T1);
    expect((await readRecordPeople(db, { kind: 'retro', id: 'r1' })).map((p) => p.name)).toEqual(['Sam']);
    expect((await readRecordPeople(db, { kind: 'feedback', id: 'f1' })).map((p) => p.name)).toEqual([
      'Priya',
    ]);
  });

  it('removes a person, leaves their records alone, and the undo brings them back with their links', async () => {
    const db = freshDb();
    await db.feedback.add(feedback({ id: 'f1', from: 'Priya' }));
    const { id } = await addPerson(db, { name: 'Priya', role: 'mentor' }, T0);
    await linkRecords(db, id, [{ kind: 'feedback', id: 'f1' }], T0);
    const removed = await deletePerson(db, id);
    expect(await db.people.count()).toBe(0);
    expect(await db.feedback.get('f1')).toBeDefined();
    await putBack(db, removed, T1);
    expect((await db.people.get(id))?.links).toEqual(['feedback:f1']);
  });
});

describe("a person's page", () => {
  it('lists linked records newest first, a deleted one as gone, and offers the records that name them', async () => {
    const db = freshDb();
    await db.feedback.bulkAdd([
      feedback({ id: 'f1', from: 'priya', receivedOn: '2026-02-10' }),
      feedback({ id: 'f2', from: 'Priya', receivedOn: '2026-02-20' }),
      feedback({ id: 'f3', from: 'Priyanka', receivedOn: '2026-02-21' }),
    ]);
    await db.handovers.add(handover({ id: 'h1', to: 'PRIYA' }));
    await db.retros.add(retro({ id: 'r1', endDate: '2026-01-30' }));
    await db.trials.add(trial({ id: 't1' }));
    const { id } = await addPerson(db, { name: 'Priya', role: 'sponsor' }, T0);
    await linkRecords(
      db,
      id,
      [
        { kind: 'retro', id: 'r1' },
        { kind: 'feedback', id: 'f2' },
        { kind: 'trial', id: 'gone' },
      ],
      T0,
    );
    const page = await readPerson(db, id);
    expect(page?.links.map((l) => [l.key, l.source === null])).toEqual([
      ['feedback:f2', false],
      ['retro:r1', false],
      ['trial:gone', true],
    ]);
    // f2 is linked already; f3 names someone else.
    expect(page?.suggestions.map((s) => `${s.ref.kind}:${s.ref.id}`).sort()).toEqual([
      'feedback:f1',
      'handover:h1',
    ]);
    expect(await readPerson(db, 'nobody')).toBeNull();
  });

  it('puts “ask my manager to find me a mentor” on the plan once, and reads it back', async () => {
    const db = freshDb();
    expect((await readPeople(db)).mentorAsk).toBeNull();
    const first = await planMentorAsk(db, FIND_A_MENTOR.action, T0);
    const again = await planMentorAsk(db, FIND_A_MENTOR.action, T1);
    expect(again.id).toBe(first.id);
    expect(await db.actions.count()).toBe(1);
    expect(first).toMatchObject({ competencyId: null, status: 'todo', title: FIND_A_MENTOR.action });
    expect((await readPeople(db)).mentorAsk?.id).toBe(first.id);
  });
});

describe('the people list in Markdown', () => {
  it('groups by role with each person’s notes, questions and linked records, and advises on a missing mentor', async () => {
    const db = freshDb();
    await db.feedback.add(
      feedback({ id: 'f1', from: 'Sam', receivedOn: '2026-02-10', content: 'Clear talk' }),
    );
    const sam = await addPerson(db, { name: 'Sam', role: 'mentee' }, T0);
    await updatePerson(db, sam.id, { goal: 'Lead a migration', lastTalkedOn: '2026-02-12' }, T0);
    await linkRecords(db, sam.id, [{ kind: 'feedback', id: 'f1' }], T0);
    await addPerson(db, { name: 'Dana *Lee*', role: 'stakeholder' }, T0);
    const text = await buildPeopleMarkdown(db, '2026-03-01', 'en-GB');
    expect(text).toContain('# People around you');
    expect(text).toContain('You have no mentor yet');
    expect(text).toMatch(/## People you’re growing\n\n### Sam\n/);
    expect(text).toContain('**What they want to do next:**\n\nLead a migration');
    expect(text).toContain('- What do they want to do next?');
    expect(text).toContain('- Feedback: Feedback from Sam (10 February 2026)');
    expect(text).toContain('### Dana \\*Lee\\*');
    expect(text.indexOf('## People you’re growing')).toBeLessThan(text.indexOf('## Stakeholders'));
  });
});
