/**
 * The Today screen's rules (shared/domain/today.ts), on a fixed day: the explicit `today` argument is
 * the fake clock. Wednesday 2 December 2026; its week runs Monday 30 November to Sunday 6 December.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '@shared/domain/audit';
import { reassessDueDay, retroDueDay } from '@shared/domain/reminder-cadence';
import {
  DEFAULT_REMINDERS,
  EMPTY_REMINDER_CONTEXT,
  occurrencesBetween,
  zonedInstant,
} from '@shared/domain/reminders';
import {
  ITEMS_PER_KIND,
  dueItems,
  nextPathStep,
  todayView,
  weekSummary,
  type TodaySnapshot,
} from '@shared/domain/today';
import { pathTo } from '@shared/routes';

const TODAY = '2026-12-02';

const EMPTY: TodaySnapshot = {
  hasProfile: false,
  lastAssessmentDate: null,
  reassessEveryMonths: 3,
  frameworkChosen: false,
  anyRating: false,
  anyAudit: false,
  activeAudit: null,
  loggedToday: 0,
  reflectedWeeks: [],
  openActions: [],
  waitingFeedback: [],
  draftRetros: [],
  followUps: [],
  recentActivities: [],
  winsThisWeek: 0,
  managerAnswer: null,
};

/** Everything on the path done once, nothing due. */
const SET_UP: TodaySnapshot = {
  ...EMPTY,
  hasProfile: true,
  lastAssessmentDate: '2026-11-20',
  frameworkChosen: true,
  anyRating: true,
  anyAudit: true,
};

const keys = (snapshot: TodaySnapshot, today = TODAY) => dueItems(snapshot, today).due.map((i) => i.key);

describe('Today: the first run and the path', () => {
  it('an empty database is a first run whose one step is the profile', () => {
    const view = todayView(EMPTY, TODAY);
    expect(view.firstRun).toBe(true);
    expect(view.nextStep).toMatchObject({ key: 'profile', step: 1, link: { route: 'profile' } });
    expect(view.due).toEqual([]);
  });

  it('walks profile → assessment → framework → ratings → audit, each until done once', () => {
    const steps: (string | undefined)[] = [];
    let snapshot = EMPTY;
    const done: Partial<TodaySnapshot>[] = [
      { hasProfile: true },
      { lastAssessmentDate: '2026-11-01' },
      { frameworkChosen: true },
      { anyRating: true },
      { anyAudit: true },
    ];
    for (const change of done) {
      steps.push(nextPathStep(snapshot)?.key);
      snapshot = { ...snapshot, ...change };
    }
    expect(steps).toEqual(['profile', 'assessment', 'framework', 'rate', 'audit']);
    expect(nextPathStep(snapshot)).toBeNull();
    expect(nextPathStep({ ...EMPTY, hasProfile: true })?.link).toEqual({ route: 'assessmentTake' });
  });

  it('is no first run once anything is written, even without a profile', () => {
    expect(todayView({ ...EMPTY, winsThisWeek: 1 }, TODAY).firstRun).toBe(false);
    expect(todayView({ ...EMPTY, anyAudit: true }, TODAY).firstRun).toBe(false);
    expect(todayView({ ...EMPTY, hasProfile: true }, TODAY).firstRun).toBe(false);
  });
});

describe('Today: what is due', () => {
  it('nothing, once set up and with nothing open', () => {
    expect(keys(SET_UP)).toEqual([]);
  });

  it('lists open actions due this week or overdue, overdue first, and not those due later', () => {
    const { due } = dueItems(
      {
        ...SET_UP,
        openActions: [
          { id: 'next-week', title: 'Later', dueDate: '2026-12-07' },
          { id: 'sunday', title: 'Sunday', dueDate: '2026-12-06' },
          { id: 'today', title: 'Today', dueDate: TODAY },
          { id: 'late', title: 'Late', dueDate: '2026-11-25' },
        ],
      },
      TODAY,
      { day: (d) => `<${d}>` },
    );
    expect(due.map((i) => [i.key, i.detail, i.overdue])).toEqual([
      ['action:late', 'Overdue: was due 7 days ago', true],
      ['action:today', 'Due today', false],
      ['action:sunday', 'Due on <2026-12-06>', false],
    ]);
    expect(due.every((i) => i.link.route === 'planActions')).toBe(true);
  });

  it('lists feedback requests waiting for an answer, the longest waiting first, each opening its request', () => {
    const { due } = dueItems(
      {
        ...SET_UP,
        waitingFeedback: [
          { id: 'f2', from: 'Grace', askedOn: '2026-12-01' },
          { id: 'f1', from: ' ', askedOn: '2026-11-20' },
        ],
      },
      TODAY,
    );
    expect(due.map((i) => [i.title, i.detail, i.link])).toEqual([
      [
        'Waiting for feedback from someone',
        'Asked 12 days ago. Log the answer, or ask again.',
        { route: 'feedbackItem', id: 'f1' },
      ],
      [
        'Waiting for feedback from Grace',
        'Asked yesterday. Log the answer, or ask again.',
        { route: 'feedbackItem', id: 'f2' },
      ],
    ]);
  });

  it("shows today's log with a correct plural, and the week's reflection until it is written", () => {
    const audit = { startDate: '2026-11-23', weeks: 4 as const };
    const one = dueItems({ ...SET_UP, activeAudit: audit, loggedToday: 1 }, TODAY).due;
    expect(one.map((i) => [i.key, i.detail, i.link.route])).toEqual([
      ['audit-log', '1 activity logged today · week 2 of 4', 'audit'],
      [
        'reflection:2026-11-30',
        'Week 2: which hours mattered most, and which could someone else take?',
        'auditReflection',
      ],
    ]);
    const none = dueItems({ ...SET_UP, activeAudit: audit, reflectedWeeks: ['2026-11-30'] }, TODAY).due;
    expect(none.map((i) => i.detail)).toEqual(['Nothing logged yet today · week 2 of 4']);
    const many = dueItems({ ...SET_UP, activeAudit: audit, loggedToday: 3 }, TODAY).due;
    expect(many[0]?.detail).toBe('3 activities logged today · week 2 of 4');
  });

  it('an audit that is still running after its last week asks for its results instead', () => {
    const due = dueItems({ ...SET_UP, activeAudit: { startDate: '2026-10-01', weeks: 4 } }, TODAY).due;
    expect(due.map((i) => [i.key, i.link.route])).toEqual([['audit-over', 'auditResults']]);
  });

  it('a draft retro is due from the day after its project ended, as its reminder is', () => {
    const retro = { id: 'r1', project: 'Search v2', endDate: '2026-12-01' };
    expect(retroDueDay(retro.endDate)).toBe(TODAY);
    expect(keys({ ...SET_UP, draftRetros: [retro] })).toEqual(['retro:r1']);
    expect(keys({ ...SET_UP, draftRetros: [retro] }, '2026-12-01')).toEqual([]);
    expect(dueItems({ ...SET_UP, draftRetros: [retro] }, TODAY).due[0]).toMatchObject({
      title: 'Hold the retrospective: Search v2',
      link: { route: 'retro', id: 'r1' },
    });
  });

  it('a retake is due from the reminders’ cadence on, in months of the settings', () => {
    const last = { ...SET_UP, lastAssessmentDate: '2026-09-02' };
    expect(keys(last)).toEqual(['reassess:2026-12-02']);
    expect(keys(last, '2026-12-01')).toEqual([]);
    expect(keys({ ...last, reassessEveryMonths: 6 })).toEqual([]);
    expect(dueItems(last, TODAY).due[0]?.link).toEqual({ route: 'assessmentTake' });
  });

  it('a handover is due for its follow-up on its day and after, not before, each opening it in the ledger', () => {
    const handover = { id: 'h1', activity: 'On-call rota', to: 'Priya', followUpOn: TODAY };
    const onTheDay = dueItems({ ...SET_UP, followUps: [handover] }, TODAY).due;
    expect(onTheDay).toEqual([
      {
        kind: 'follow-up',
        key: 'follow-up:h1',
        title: 'Follow up with Priya: On-call rota',
        detail: 'Due today: see how it is going and whether they need anything from you.',
        link: { route: 'auditHandover', id: 'h1' },
        overdue: false,
      },
    ]);
    expect(pathTo('auditHandover', { id: 'h1' })).toBe('/audit/handovers/h1');

    const late = (today: string) => {
      const item = dueItems({ ...SET_UP, followUps: [handover] }, today).due[0];
      return [item?.detail.split(':')[0], item?.overdue];
    };
    expect(late('2026-12-03')).toEqual(['Due yesterday', true]);
    expect(late('2026-12-05')).toEqual(['Due 3 days ago', true]);
    // The day before, it is not due yet (Today reads only those due, but a snapshot may be a day old).
    expect(keys({ ...SET_UP, followUps: [handover] }, '2026-12-01')).toEqual([]);
  });

  it('lists follow-ups the longest-waiting first, with a stand-in for a blank name', () => {
    const { due } = dueItems(
      {
        ...SET_UP,
        followUps: [
          { id: 'b', activity: 'Release notes', to: 'Sam', followUpOn: '2026-12-01' },
          { id: 'a', activity: 'Release notes', to: ' ', followUpOn: '2026-12-01' },
          { id: 'c', activity: 'Hiring loop', to: 'Ana', followUpOn: '2026-11-20' },
        ],
      },
      TODAY,
    );
    expect(due.map((i) => [i.key, i.title])).toEqual([
      ['follow-up:c', 'Follow up with Ana: Hiring loop'],
      ['follow-up:a', 'Follow up with someone: Release notes'],
      ['follow-up:b', 'Follow up with Sam: Release notes'],
    ]);
  });

  it('orders the kinds: log, reflection, actions, retros, feedback, follow-ups, asking again, retake', () => {
    const all: TodaySnapshot = {
      ...SET_UP,
      lastAssessmentDate: '2026-01-01',
      managerAnswer: { askedOn: '2026-01-01', vague: false },
      activeAudit: { startDate: '2026-11-30', weeks: 4 },
      openActions: [{ id: 'a', title: 'A', dueDate: TODAY }],
      draftRetros: [{ id: 'r', project: 'P', endDate: '2026-11-01' }],
      waitingFeedback: [{ id: 'f', from: 'F', askedOn: '2026-11-01' }],
      followUps: [{ id: 'h', activity: 'H', to: 'T', followUpOn: '2026-11-01' }],
    };
    expect(dueItems(all, TODAY).due.map((i) => i.kind)).toEqual([
      'audit-log',
      'reflection',
      'action',
      'retro',
      'feedback',
      'follow-up',
      'ask-again',
      'reassess',
    ]);
  });

  it('asks to ask the manager again on the reminders’ day: two weeks after a vague answer, six months after another', () => {
    const vague = { ...SET_UP, managerAnswer: { askedOn: '2026-11-18', vague: true } };
    expect(keys(vague, '2026-12-01')).toEqual([]);
    expect(keys(vague, '2026-12-02')).toEqual(['ask-again:2026-11-18']);
    const item = dueItems(vague, '2026-12-02').due[0]!;
    expect(item.link).toEqual({ route: 'profile' });
    expect(item.detail).toMatch(/^Their answer 14 days ago was vague/);
    const concrete = { ...SET_UP, managerAnswer: { askedOn: '2026-06-02', vague: false } };
    expect(keys(concrete, '2026-12-01')).toEqual([]);
    expect(keys(concrete, '2026-12-02')).toEqual(['ask-again:2026-06-02']);
    expect(
      keys({ ...SET_UP, managerAnswer: null }, '2030-01-01').filter((k) => k.startsWith('ask-again')),
    ).toEqual([]);
  });

  it('shows at most a few of one kind and counts the rest', () => {
    const openActions = Array.from({ length: ITEMS_PER_KIND + 3 }, (_, i) => ({
      id: `a${i}`,
      title: `Action ${i}`,
      dueDate: addDays(TODAY, -i),
    }));
    const { due, more } = dueItems({ ...SET_UP, openActions }, TODAY);
    expect(due).toHaveLength(ITEMS_PER_KIND);
    expect(more).toEqual({ action: 3 });
  });

  it('shows at most a few follow-ups, the longest-waiting, and counts the rest', () => {
    const followUps = Array.from({ length: ITEMS_PER_KIND + 2 }, (_, i) => ({
      id: `h${i}`,
      activity: `Task ${i}`,
      to: 'Lee',
      followUpOn: addDays(TODAY, -i),
    }));
    const { due, more } = dueItems({ ...SET_UP, followUps }, TODAY);
    expect(due.map((i) => i.key)).toEqual([6, 5, 4, 3, 2].map((i) => `follow-up:h${i}`));
    expect(more).toEqual({ 'follow-up': 2 });
  });

  it('agrees with the reminders on the day a retake and a retro fall due', () => {
    const zone = 'Europe/Berlin';
    const context = {
      ...EMPTY_REMINDER_CONTEXT,
      lastAssessmentDate: '2026-08-31',
      openRetros: [{ id: 'r1', project: 'P', endDate: '2026-11-20' }],
    };
    const fired = occurrencesBetween(
      { reminders: DEFAULT_REMINDERS, quietHours: { enabled: false, start: '21:00', end: '08:00' } },
      context,
      zonedInstant('2026-11-15', '00:00', zone),
      zonedInstant('2027-01-10', '00:00', zone),
      zone,
    );
    const firedOn = (kind: string) =>
      fired.filter((o) => o.kind === kind).map((o) => o.key.split(':').at(-1) ?? '');
    const reassessDay = reassessDueDay('2026-08-31', DEFAULT_REMINDERS.reassess.everyMonths);
    expect(firedOn('reassess')).toEqual([reassessDay]);
    expect(fired.find((o) => o.kind === 'retro-due')?.at).toEqual(
      zonedInstant(retroDueDay('2026-11-20'), DEFAULT_REMINDERS['retro-due'].time, zone),
    );
    const snapshot = {
      ...SET_UP,
      lastAssessmentDate: '2026-08-31',
      draftRetros: [{ id: 'r1', project: 'P', endDate: '2026-11-20' }],
    };
    expect(keys(snapshot, addDays(reassessDay, -1))).toEqual(['retro:r1']);
    expect(keys(snapshot, reassessDay)).toEqual(['retro:r1', `reassess:${reassessDay}`]);
  });
});

describe('Today and the follow-up reminder', () => {
  it('agree on the day a handover falls due for its follow-up', () => {
    const zone = 'Europe/Berlin';
    const handover = { id: 'h1', activity: 'On-call rota', to: 'Priya', followUpOn: '2026-12-04' };
    const fired = occurrencesBetween(
      { reminders: DEFAULT_REMINDERS, quietHours: { enabled: false, start: '21:00', end: '08:00' } },
      { ...EMPTY_REMINDER_CONTEXT, followUps: [handover] },
      zonedInstant('2026-11-30', '00:00', zone),
      zonedInstant('2026-12-10', '00:00', zone),
      zone,
    ).filter((o) => o.kind === 'handover-follow-up');
    expect(fired.map((o) => [o.key, o.at])).toEqual([
      [
        'handover-follow-up:h1',
        zonedInstant('2026-12-04', DEFAULT_REMINDERS['handover-follow-up'].time, zone),
      ],
    ]);
    const snapshot = { ...SET_UP, followUps: [handover] };
    expect(keys(snapshot, '2026-12-03')).toEqual([]);
    expect(keys(snapshot, '2026-12-04')).toEqual(['follow-up:h1']);
    expect(fired[0]?.route).toBe(pathTo('auditHandover', { id: 'h1' }));
  });
});

describe('Today: this week', () => {
  it('sums this week’s minutes and compares its energy with last week’s', () => {
    const week = weekSummary(
      {
        ...SET_UP,
        winsThisWeek: 2,
        recentActivities: [
          { date: '2026-11-24', minutes: 60, energy: -1 },
          { date: '2026-11-30', minutes: 45, energy: 1 },
          { date: TODAY, minutes: 30, energy: null },
          { date: '2026-12-07', minutes: 600, energy: -2 },
        ],
      },
      TODAY,
    );
    expect(week).toEqual({ minutes: 75, activities: 2, energy: 1, energyTrend: 'up', wins: 2 });
  });

  it('has no trend without ratings in both weeks, and a flat one for a small change', () => {
    const base = { ...SET_UP, recentActivities: [{ date: TODAY, minutes: 30, energy: 1 }] };
    expect(weekSummary(base, TODAY).energyTrend).toBeNull();
    const close = {
      ...SET_UP,
      recentActivities: [
        { date: '2026-11-23', minutes: 30, energy: 1 },
        { date: '2026-11-30', minutes: 30, energy: 1 },
      ],
    };
    expect(weekSummary(close, TODAY).energyTrend).toBe('flat');
  });
});

describe('Today: properties', () => {
  const day = fc.integer({ min: 0, max: 3 * 365 }).map((offset) => addDays('2025-01-01', offset));
  const snapshot = fc.record({
    hasProfile: fc.boolean(),
    lastAssessmentDate: fc.option(day, { nil: null }),
    reassessEveryMonths: fc.integer({ min: 1, max: 24 }),
    frameworkChosen: fc.boolean(),
    anyRating: fc.boolean(),
    anyAudit: fc.boolean(),
    activeAudit: fc.option(
      fc.record({ startDate: day, weeks: fc.constantFrom(4 as const, 5 as const, 6 as const) }),
      { nil: null },
    ),
    loggedToday: fc.nat(40),
    reflectedWeeks: fc.array(day, { maxLength: 6 }),
    openActions: fc.uniqueArray(
      fc.record({ id: fc.uuid(), title: fc.string({ minLength: 1 }), dueDate: day }),
      { selector: (a) => a.id, maxLength: 12 },
    ),
    waitingFeedback: fc.uniqueArray(fc.record({ id: fc.uuid(), from: fc.string(), askedOn: day }), {
      selector: (f) => f.id,
      maxLength: 12,
    }),
    draftRetros: fc.uniqueArray(fc.record({ id: fc.uuid(), project: fc.string(), endDate: day }), {
      selector: (r) => r.id,
      maxLength: 12,
    }),
    followUps: fc.uniqueArray(
      fc.record({ id: fc.uuid(), activity: fc.string(), to: fc.string(), followUpOn: day }),
      { selector: (h) => h.id, maxLength: 12 },
    ),
    recentActivities: fc.array(
      fc.record({
        date: day,
        minutes: fc.integer({ min: 1, max: 600 }),
        energy: fc.option(fc.integer({ min: -2, max: 2 }), { nil: null }),
      }),
      { maxLength: 30 },
    ),
    winsThisWeek: fc.nat(20),
    managerAnswer: fc.option(fc.record({ askedOn: day, vague: fc.boolean() }), { nil: null }),
  });

  it('each item has its own key and a link to a real screen; nothing listed is due later than this week', () => {
    fc.assert(
      fc.property(snapshot, day, (s, today) => {
        const { due, more } = dueItems(s, today);
        expect(new Set(due.map((i) => i.key)).size).toBe(due.length);
        for (const item of due) {
          const path =
            'id' in item.link ? pathTo(item.link.route, { id: item.link.id }) : pathTo(item.link.route);
          expect(path.startsWith('/')).toBe(true);
        }
        const sunday = addDays(today, 6 - ((new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7));
        const dueActions = s.openActions.filter((a) => a.dueDate <= sunday).length;
        const listed = due.filter((i) => i.kind === 'action').length;
        expect(listed + (more.action ?? 0)).toBe(dueActions);
        expect(listed).toBeLessThanOrEqual(ITEMS_PER_KIND);
        // Every follow-up whose day has come is listed or counted; none whose day is still ahead.
        const dueFollowUps = s.followUps.filter((h) => h.followUpOn <= today).length;
        const followUps = due.filter((i) => i.kind === 'follow-up').length;
        expect(followUps + (more['follow-up'] ?? 0)).toBe(dueFollowUps);
        for (const item of due)
          expect(item.overdue).toBe(
            (item.kind === 'action' && item.detail.startsWith('Overdue')) ||
              (item.kind === 'follow-up' && !item.detail.startsWith('Due today')),
          );
      }),
    );
  });

  it('the week counts only this week’s activities and the first run only an empty snapshot', () => {
    fc.assert(
      fc.property(snapshot, day, (s, today) => {
        const view = todayView(s, today);
        expect(view.week.minutes).toBeGreaterThanOrEqual(0);
        expect(view.week.activities).toBeLessThanOrEqual(s.recentActivities.length);
        if (view.firstRun) {
          expect(s.hasProfile).toBe(false);
          expect(view.due).toEqual([]);
        }
      }),
    );
  });
});
