/**
 * Today's reads (features/today/hooks/reads.ts) against a seeded database (fake-indexeddb, the schema-v2
 * fixture plus this week) on a fixed day, Wednesday 2 December 2026: each due item is found through the
 * indexes, and leads to its screen. The rendered screen is tested in tests/unit/renderer/today.test.tsx.
 */
import { describe, expect, it } from 'vitest';
import { todayView, type TodayItem } from '@shared/domain/today';
import type { Handover } from '@shared/types/entities';
import { pathTo } from '@shared/routes';
import { ACTIVE_FRAMEWORK_KEY } from '@renderer/features/growth-plan';
import { ACTIVE_FRAMEWORK_SETTING, readTodaySnapshot } from '@renderer/features/today/hooks/reads';
import { freshDb, seededFixtureDb } from '../support/fresh-db';
import {
  action,
  auditEntry,
  brag,
  feedback,
  retro,
  handover as handoverRecord,
  managerAnswer,
} from '../support/journal-fixtures';

/** The screen an item opens. */
const pathOf = ({ link }: TodayItem) =>
  'id' in link ? pathTo(link.route, { id: link.id }) : pathTo(link.route);

const TODAY = '2026-12-02';
const NOW = new Date('2026-12-02T12:00:00.000Z');

/**
 * The fixture (one record per table: a profile, a completed assessment of 1 March, a framework with a
 * rating, an action "Write an RFC" due 1 April and still open, an answered feedback, a done retro) plus
 * this week: the audit running since 23 November with one activity today, a draft retro ended last
 * Saturday, a request waiting for Grace's answer, and years of older activities and wins that must not
 * count.
 */
async function seeded() {
  return seededFixtureDb(NOW, (tables) => {
    tables.settings.push({ key: ACTIVE_FRAMEWORK_SETTING, value: 'fw1' });
    // The manager's answer in force is a month old and concrete: nothing to ask again yet.
    tables.managerAnswers = [managerAnswer({ id: 'ma-now', askedOn: '2026-11-01', concrete: 'concrete' })];
    tables.audits = [{ ...tables.audits[0]!, startDate: '2026-11-23' }];
    tables.auditEntries.push(
      auditEntry({ id: 'today-1', auditId: 'au1', date: TODAY, minutes: 90, energy: 1 }),
      auditEntry({ id: 'monday-1', auditId: 'au1', date: '2026-11-30', minutes: 45, energy: 2 }),
      auditEntry({ id: 'last-week', auditId: 'au1', date: '2026-11-24', minutes: 60, energy: -1 }),
      ...Array.from({ length: 400 }, (_, i) =>
        auditEntry({ id: `old-${i}`, auditId: 'old', date: '2024-05-01', minutes: 30 }),
      ),
    );
    tables.retros.push(retro({ id: 'rt2', project: 'Search v2', endDate: '2026-11-28', status: 'draft' }));
    tables.feedback.push(
      feedback({ id: 'fb2', from: 'Grace', askedOn: '2026-11-25', receivedOn: null, content: '' }),
    );
    tables.bragEntries.push(
      brag({ id: 'win', date: '2026-12-01' }),
      ...Array.from({ length: 200 }, (_, i) => brag({ id: `old-win-${i}`, date: '2025-06-01' })),
    );
  });
}

/** A handover of the delegation ledger (schema v6), open and without a follow-up day unless told. */
function handover(over: Partial<Handover> & Pick<Handover, 'id'>): Handover {
  const stamp = NOW.toISOString();
  const base = { auditId: null, activity: 'On-call rota', expectations: '', followUpOn: null };
  return handoverRecord({ ...base, createdAt: stamp, updatedAt: stamp, ...over });
}

describe('Today on a seeded database', () => {
  it('finds each due item, each leading to its screen, and the week so far', async () => {
    const { db } = await seeded();
    const view = todayView(await readTodaySnapshot(db, TODAY, 3), TODAY);
    expect(view.due.map((item) => [item.title, pathOf(item)])).toEqual([
      ["Log today's activities", '/audit'],
      ["Write this week's reflection", '/audit/reflection'],
      ['Write an RFC', '/plan/actions'],
      ['Hold the retrospective: Search v2', '/retros/rt2'],
      ['Waiting for feedback from Grace', '/feedback/fb2'],
      ['Retake the self-assessment', '/assessment/take'],
    ]);
    expect(view.due[0]?.detail).toBe('1 activity logged today · week 2 of 4');
    expect(view.due[2]?.detail).toBe('Overdue: was due 245 days ago');
    // Everything on the path was done once: no next step.
    expect(view.nextStep).toBeNull();
    // The 400 old activities and 200 old wins are outside this week's ranges.
    expect(view.week).toEqual({ minutes: 135, activities: 2, energy: 1.5, energyTrend: 'up', wins: 1 });
  });

  it('drops what is done: an answered request, a written reflection, a closed retro, a done action', async () => {
    const { db } = await seeded();
    await db.feedback.update('fb2', { receivedOn: TODAY, content: 'Good.' });
    await db.retros.update('rt2', { status: 'done' });
    await db.weeklyReflections.add({
      id: 'wr2',
      auditId: 'au1',
      weekStart: '2026-11-30',
      items: [],
      intentions: '',
      createdAt: NOW.toISOString(),
      updatedAt: NOW.toISOString(),
    });
    await db.actions.update('ac1', { status: 'done', doneAt: NOW.toISOString() });
    const view = todayView(await readTodaySnapshot(db, TODAY, 3), TODAY);
    expect(view.due.map((i) => i.kind)).toEqual(['audit-log', 'reassess']);
    // A vague answer two weeks old is in force now (the newest day wins): time to ask again.
    await db.managerAnswers.add(
      managerAnswer({
        id: 'ma-vague',
        askedOn: '2026-11-18',
        concrete: 'vague',
        createdAt: NOW.toISOString(),
      }),
    );
    expect(todayView(await readTodaySnapshot(db, TODAY, 3), TODAY).due.map((i) => i.key)).toEqual([
      'audit-log',
      'ask-again:2026-11-18',
      expect.stringMatching(/^reassess:/),
    ]);
    await db.managerAnswers.delete('ma-vague');
    // A longer cadence in Settings moves the retake.
    expect(todayView(await readTodaySnapshot(db, TODAY, 12), TODAY).due.map((i) => i.kind)).toEqual([
      'audit-log',
    ]);
  });

  it('an action of another framework is not the plan’s, and the next step asks for a framework without one', async () => {
    const { db } = await seeded();
    await db.settings.delete(ACTIVE_FRAMEWORK_SETTING);
    const view = todayView(await readTodaySnapshot(db, TODAY, 3), TODAY);
    expect(view.nextStep).toMatchObject({ key: 'framework', step: 3 });
    expect(view.due.some((i) => i.kind === 'action')).toBe(false);
  });

  it('reads only what it lists: open actions due by Sunday, draft retros ended before today (schema v4)', async () => {
    const { db } = await seeded();
    // On the fixture plan's competency.
    const planned = (over: Parameters<typeof action>[0]) => action({ competencyId: 'cp1', ...over });
    await db.actions.bulkAdd([
      planned({ id: 'due-sunday', status: 'todo', dueDate: '2026-12-06' }),
      planned({ id: 'due-monday', status: 'todo', dueDate: '2026-12-07' }),
      planned({ id: 'no-date', status: 'doing', dueDate: null }),
      planned({ id: 'done', status: 'done', dueDate: '2026-11-01', doneAt: NOW.toISOString() }),
    ]);
    await db.retros.bulkAdd([
      retro({ id: 'ends-today', project: 'Today', endDate: TODAY, status: 'draft' }),
      retro({ id: 'no-end', project: 'Open-ended', endDate: null, status: 'draft' }),
      retro({ id: 'held', project: 'Held', endDate: '2026-10-01', status: 'done' }),
    ]);
    const snapshot = await readTodaySnapshot(db, TODAY, 3);
    expect(snapshot.openActions.map((a) => a.id).sort()).toEqual(['ac1', 'due-sunday']);
    expect(snapshot.draftRetros.map((r) => r.id)).toEqual(['rt2']);
  });

  it('reads only the open handovers whose follow-up day has come (schema v6), and lists them after feedback', async () => {
    const { db } = await seeded();
    await db.handovers.bulkAdd([
      handover({ id: 'due-today', to: 'Sam', activity: 'Release notes', followUpOn: TODAY }),
      handover({ id: 'late', followUpOn: '2026-11-20' }),
      handover({ id: 'tomorrow', followUpOn: '2026-12-03' }),
      handover({ id: 'no-day', followUpOn: null }),
      handover({ id: 'done', followUpOn: '2026-11-25', status: 'done', doneOn: '2026-11-30' }),
    ]);
    const snapshot = await readTodaySnapshot(db, TODAY, 3);
    expect(snapshot.followUps.map((h) => h.id).sort()).toEqual(['due-today', 'late']);
    expect(snapshot.followUps.find((h) => h.id === 'due-today')).toEqual({
      id: 'due-today',
      activity: 'Release notes',
      to: 'Sam',
      followUpOn: TODAY,
    });

    const view = todayView(snapshot, TODAY);
    expect(
      view.due.filter((i) => i.kind === 'feedback' || i.kind === 'follow-up' || i.kind === 'reassess'),
    ).toMatchObject([
      { kind: 'feedback' },
      { key: 'follow-up:late', overdue: true },
      { key: 'follow-up:due-today', title: 'Follow up with Sam: Release notes', overdue: false },
      { kind: 'reassess' },
    ]);
    expect(view.due.find((i) => i.key === 'follow-up:late')?.detail).toMatch(/^Due 12 days ago: /);
    expect(view.due.filter((i) => i.kind === 'follow-up').map(pathOf)).toEqual([
      '/audit/handovers/late',
      '/audit/handovers/due-today',
    ]);

    // Marked done in the ledger, it leaves Today.
    await db.handovers.update('late', { status: 'done', doneOn: TODAY });
    expect((await readTodaySnapshot(db, TODAY, 3)).followUps.map((h) => h.id)).toEqual(['due-today']);
  });

  it('lists as waiting only the requests asked for, not answered and with no answer typed yet', async () => {
    const { db } = await seeded();
    await db.feedback.bulkAdd([
      feedback({ id: 'waiting', from: 'Ada', askedOn: '2026-11-20', receivedOn: null, content: '' }),
      feedback({
        id: 'answered',
        from: 'Bo',
        askedOn: '2026-11-20',
        receivedOn: '2026-11-27',
        content: 'Yes.',
      }),
      feedback({
        id: 'typed',
        from: 'Cy',
        askedOn: '2026-11-21',
        receivedOn: null,
        content: 'Said in the 1:1.',
      }),
      feedback({
        id: 'unasked',
        from: 'Di',
        askedOn: null,
        receivedOn: '2026-11-02',
        content: 'Unprompted.',
      }),
    ]);
    const snapshot = await readTodaySnapshot(db, TODAY, 3);
    expect(snapshot.waitingFeedback.map((f) => f.id).sort()).toEqual(['fb2', 'waiting']);
    expect(snapshot.waitingFeedback.find((f) => f.id === 'waiting')).toEqual({
      id: 'waiting',
      from: 'Ada',
      askedOn: '2026-11-20',
    });
  });

  it('an empty database is a first run', async () => {
    const view = todayView(await readTodaySnapshot(freshDb(), TODAY, 3), TODAY);
    expect(view).toMatchObject({ firstRun: true, due: [], nextStep: { key: 'profile' } });
  });

  it('reads the framework setting the growth plan writes', () => {
    expect(ACTIVE_FRAMEWORK_SETTING).toBe(ACTIVE_FRAMEWORK_KEY);
  });
});
