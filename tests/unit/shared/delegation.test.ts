import { describe, expect, it } from 'vitest';
import {
  delegableActivities,
  dueFollowUps,
  hoursFreed,
  ledgerOrder,
  ledgerTotals,
  weeksObserved,
} from '@shared/domain/delegation';

const audit = { startDate: '2026-03-02', weeks: 4 as const, status: 'finished' as const };
const entry = (date: string, title: string, minutes: number) => ({ date, title, minutes });

describe('the hours a week a handover frees', () => {
  it('matches a hand-computed example: the audit’s activities of that title, over its weeks', () => {
    // A finished 4-week audit (2 March – 29 March). "Release notes" was logged four times:
    //   week 1: 45 + 30 min, week 2: 60 min, week 4: 45 min  → 180 min in all.
    // "release notes " (other case, trailing space) is the same activity and adds 20 min → 200 min.
    // Not counted: "Release notes review" (another title), and 90 min dated after the audit ended.
    const entries = [
      entry('2026-03-02', 'Release notes', 45),
      entry('2026-03-05', 'Release notes', 30),
      entry('2026-03-10', 'Release notes', 60),
      entry('2026-03-24', 'Release notes', 45),
      entry('2026-03-25', 'release notes ', 20),
      entry('2026-03-11', 'Release notes review', 120),
      entry('2026-03-30', 'Release notes', 90),
    ];
    // 200 min / 4 weeks = 50 min a week = 0.83 h.
    expect(hoursFreed(audit, entries, 'Release notes', '2026-12-04')).toEqual({
      minutesPerWeek: 50,
      minutes: 200,
      count: 5,
      weeks: 4,
    });
  });

  it('averages a running audit over the weeks begun so far', () => {
    const running = { ...audit, status: 'active' as const };
    const entries = [entry('2026-03-03', 'Triage', 60), entry('2026-03-12', 'Triage', 90)];
    // On 12 March the audit is in its second week: 150 min / 2 weeks = 75 min a week.
    expect(hoursFreed(running, entries, 'triage', '2026-03-12').minutesPerWeek).toBe(75);
    // On its first day, one week.
    expect(weeksObserved(running, '2026-03-02')).toBe(1);
    // Once its weeks are over it counts them all, finished or not.
    expect(weeksObserved(running, '2026-04-15')).toBe(4);
  });

  it('is nothing when the audit has no activity of that title', () => {
    expect(hoursFreed(audit, [entry('2026-03-03', 'Triage', 60)], 'Hiring', '2026-12-04').minutes).toBe(0);
  });

  it('totals what finished handovers freed apart from what is still being handed over', () => {
    const perWeek = new Map([
      ['a', 50],
      ['b', 75],
      ['c', 30],
    ]);
    expect(
      ledgerTotals(
        [
          { id: 'a', status: 'done' },
          { id: 'b', status: 'open' },
          { id: 'c', status: 'done' },
          { id: 'unknown', status: 'open' },
        ],
        perWeek,
      ),
    ).toEqual({ freedPerWeek: 80, pendingPerWeek: 75 });
  });
});

describe('the work an audit found someone else could do', () => {
  const e = (
    title: string,
    minutes: number,
    delegable: boolean | null,
    categoryId: string | null,
    date = '2026-03-03',
  ) => ({ title, minutes, delegable, categoryId, date });
  const categories = [
    { id: 'meetings', order: 0 },
    { id: 'admin', order: 1 },
    { id: 'design', order: 1 },
  ];

  it('groups only the activities marked delegable, by title, largest first, with their usual category', () => {
    expect(
      delegableActivities(
        audit,
        [
          e('Status report', 30, true, 'admin'),
          e('status report', 30, true, 'meetings'),
          e('Status report', 45, true, 'admin'),
          e('Status report', 60, false, 'admin'),
          e('Code review', 20, true, null),
          e('Design doc', 240, null, 'design'),
        ],
        categories,
      ),
    ).toEqual([
      { title: 'Status report', minutes: 105, count: 3, categoryId: 'admin' },
      { title: 'Code review', minutes: 20, count: 1, categoryId: null },
    ]);
  });

  it('leaves out marked activities dated outside the audit, as its summary does', () => {
    expect(
      delegableActivities(
        audit,
        [e('Triage', 30, true, null, '2026-03-01'), e('Triage', 45, true, null, '2026-03-30')],
        categories,
      ),
    ).toEqual([]);
  });

  it('breaks ties by rule, never by the order of the log: most-used spelling, then code-unit order; category by the list', () => {
    const logged = [
      e('status report', 30, true, 'design'),
      e('Status Report', 30, true, 'admin'),
      e('Status report', 30, true, 'gone'),
      e('Status report', 30, true, null),
      e('status report', 30, true, 'design'),
      e('Status Report', 30, true, 'admin'),
    ];
    // Two spellings used twice each: "Status Report" < "status report" in code units. Categories: admin
    // and design twice each, both of order 1: admin is earlier in the list.
    const expected = [{ title: 'Status Report', minutes: 180, count: 6, categoryId: 'admin' }];
    expect(delegableActivities(audit, logged, categories)).toEqual(expected);
    expect(delegableActivities(audit, [...logged].reverse(), categories)).toEqual(expected);
    // An id no longer in the list comes after the listed ones, none (null) last.
    const unlisted = [
      e('Triage', 30, true, null),
      e('Triage', 30, true, 'gone'),
      e('Triage', 30, true, 'zz'),
    ];
    expect(delegableActivities(audit, unlisted, categories)[0]?.categoryId).toBe('gone');
    expect(delegableActivities(audit, unlisted, [{ id: 'zz', order: 9 }])[0]?.categoryId).toBe('zz');
  });
});

describe('follow-ups', () => {
  const h = (id: string, followUpOn: string | null, status: 'open' | 'done' = 'open') => ({
    id,
    activity: `Work ${id}`,
    to: 'Ana',
    followUpOn,
    status,
  });

  it('are due on their day and after, while the handover is open; the longest-waiting first', () => {
    const due = dueFollowUps(
      [
        h('late', '2026-11-20'),
        h('today', '2026-12-04'),
        h('later', '2026-12-05'),
        h('none', null),
        h('closed', '2026-11-01', 'done'),
      ],
      '2026-12-04',
    );
    expect(due.map((d) => [d.id, d.daysLate])).toEqual([
      ['late', 14],
      ['today', 0],
    ]);
  });

  it('order the ledger: open by follow-up day (none last), done newest first', () => {
    const rec = (id: string, status: 'open' | 'done', followUpOn: string | null, doneOn: string | null) => ({
      id,
      status,
      followUpOn,
      doneOn,
      createdAt: '2026-01-01T00:00:00.000Z',
    });
    const { open, done } = ledgerOrder([
      rec('o-none', 'open', null, null),
      rec('o-late', 'open', '2026-12-10', null),
      rec('o-soon', 'open', '2026-12-05', null),
      rec('d-old', 'done', '2026-10-01', '2026-10-20'),
      rec('d-new', 'done', '2026-11-01', '2026-11-20'),
    ]);
    expect(open.map((x) => x.id)).toEqual(['o-soon', 'o-late', 'o-none']);
    expect(done.map((x) => x.id)).toEqual(['d-new', 'd-old']);
  });
});
