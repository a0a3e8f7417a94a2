/**
 * The Today screen rendered from a database (fake-indexeddb) seeded with one of each due thing, on a
 * fixed day, Wednesday 2 December 2026: each item appears as a link to its screen; an empty database
 * gets the welcome and its first step, not a form. (The reads on the full fixture database:
 * tests/unit/db/today-reads.test.ts.)
 */
import { cleanup, render, screen, within } from '@testing-library/react';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { todayView } from '@shared/domain/today';
import type { Action, Audit, SelfAssessment } from '@shared/types/entities';
import { LedgerDb } from '@renderer/db/db';
import { TodayView } from '@renderer/features/today/components/TodayView';
import { readTodaySnapshot } from '@renderer/features/today/hooks/reads';
import { formatDay } from '@renderer/ui/format';
import {
  auditEntry,
  brag,
  feedback,
  profile,
  retro,
  handover as handoverRecord,
} from '../support/journal-fixtures';

const TODAY = '2026-12-02';
const STAMP = '2026-11-01T09:00:00.000Z';
const opened: LedgerDb[] = [];

afterEach(async () => {
  cleanup();
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

let counter = 0;
function newDb(): LedgerDb {
  const db = new LedgerDb(`today-dom-${counter++}`);
  opened.push(db);
  return db;
}

async function renderToday(db: LedgerDb) {
  const view = todayView(await readTodaySnapshot(db, TODAY, 3), TODAY, { day: (d) => formatDay(d) });
  render(<TodayView view={view} />);
}

describe('the Today screen', () => {
  it('shows each due item as a link to its screen, with the week so far', async () => {
    const db = newDb();
    const audit: Audit = {
      id: 'au1',
      startDate: '2026-11-23',
      weeks: 4,
      status: 'active',
      createdAt: STAMP,
      updatedAt: STAMP,
    };
    const action: Action = {
      id: 'ac1',
      competencyId: null,
      title: 'Write the storage RFC',
      status: 'todo',
      dueDate: '2026-12-04',
      doneAt: null,
      source: null,
      createdAt: STAMP,
      updatedAt: STAMP,
    };
    const assessment: SelfAssessment = {
      id: 'sa1',
      startedAt: '2026-08-01T09:00:00.000Z',
      completedAt: '2026-08-01T09:30:00.000Z',
      answers: [5, 4, 4, 5, 3, 4, 2, 3, 3, 2, 2, 1],
    };
    await db.profile.add(profile());
    await db.selfAssessments.add(assessment);
    await db.audits.add(audit);
    await db.auditEntries.bulkAdd([
      auditEntry({ id: 'e1', auditId: 'au1', date: TODAY, minutes: 45, energy: 1 }),
      auditEntry({ id: 'e2', auditId: 'au1', date: TODAY, minutes: 30, energy: null }),
    ]);
    await db.actions.add(action);
    await db.retros.add(retro({ id: 'rt1', project: 'Search v2', endDate: '2026-11-30', status: 'draft' }));
    await db.feedback.add(
      feedback({ id: 'fb1', from: 'Grace', askedOn: '2026-11-30', receivedOn: null, content: '' }),
    );
    await db.bragEntries.add(brag({ id: 'b1', date: '2026-11-30' }));
    const handover = handoverRecord({
      auditId: 'au1',
      activity: 'On-call rota',
      expectations: 'Runs the rota without me.',
      followUpOn: '2026-11-29',
      createdAt: STAMP,
      updatedAt: STAMP,
    });
    await db.handovers.add(handover);

    await renderToday(db);
    const due = within(screen.getByRole('region', { name: 'Due now' }));
    expect(due.getAllByRole('link').map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ["Log today's activities", '#/audit'],
      ["Write this week's reflection", '#/audit/reflection'],
      ['Write the storage RFC', '#/plan/actions'],
      ['Hold the retrospective: Search v2', '#/retros/rt1'],
      ['Waiting for feedback from Grace', '#/feedback/fb1'],
      ['Follow up with Priya: On-call rota', '#/audit/handovers/h1'],
      ['Retake the self-assessment', '#/assessment/take'],
    ]);
    expect(
      due.getByText('Due 3 days ago: see how it is going and whether they need anything from you.'),
    ).toBeTruthy();
    expect(due.getByText('2 activities logged today · week 2 of 4')).toBeTruthy();
    expect(due.getByText(`Due on ${formatDay('2026-12-04')}`)).toBeTruthy();
    // No framework yet: the path's next step comes first, one click away.
    expect(screen.getByText('Next step · 3 of 4')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Choose a framework' }).getAttribute('href')).toBe(
      '#/plan/framework',
    );
    const week = within(screen.getByRole('region', { name: 'This week' }));
    expect(week.getByText('1 h 15 min logged in 2 activities · energy +1.0 · 1 win logged')).toBeTruthy();
  });

  it('counts the follow-ups beyond the first few and links to the whole ledger', async () => {
    const db = newDb();
    await db.profile.add(profile());
    await db.handovers.bulkAdd(
      Array.from({ length: 7 }, (_, i) => ({
        id: `h${i}`,
        auditId: null,
        activity: `Task ${i}`,
        categoryId: null,
        to: 'Lee',
        expectations: '',
        followUpOn: '2026-11-30',
        status: 'open' as const,
        outcome: '',
        doneOn: null,
        estimate: null,
        createdAt: STAMP,
        updatedAt: STAMP,
      })),
    );
    await renderToday(db);
    const due = within(screen.getByRole('region', { name: 'Due now' }));
    expect(due.getAllByRole('link', { name: /^Follow up with Lee/ })).toHaveLength(5);
    expect(due.getByRole('link', { name: 'And 2 more handovers to follow up on' }).getAttribute('href')).toBe(
      '#/audit/handovers',
    );
  });

  it('with nothing due, says so and what will appear', async () => {
    const db = newDb();
    await db.profile.add(profile());
    await renderToday(db);
    expect(screen.getByText(/^Nothing is due\./)).toBeTruthy();
    expect(screen.getByText('No activities logged yet · no wins logged yet')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Log it as a win' }).getAttribute('href')).toBe('#/brag');
  });

  it('an empty database gets a welcome and the first step, not a form', async () => {
    await renderToday(newDb());
    expect(screen.getByRole('heading', { name: 'Welcome to Growth Ledger' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Create your profile' }).getAttribute('href')).toBe('#/profile');
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.queryByRole('region', { name: 'Due now' })).toBeNull();
  });
});
