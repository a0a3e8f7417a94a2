import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_QUIET_HOURS,
  DEFAULT_REMINDERS,
  EMPTY_REMINDER_CONTEXT,
  afterQuietHours,
  inQuietHours,
  localDate,
  occurrencesBetween,
  removeOneOnOne,
  reminderContextSchema,
  setUpOneOnOne,
  storedReminderContextSchema,
  summariseMissed,
  upcomingByKind,
  zonedInstant,
  type ReminderContext,
  type ReminderRules,
} from '@shared/domain/reminders';
import { askAgainDay } from '@shared/domain/manager-loop';
import { addDays } from '@shared/domain/audit';
import { runs } from '../support/property';

const BERLIN = 'Europe/Berlin';
const rules: ReminderRules = {
  reminders: {
    ...DEFAULT_REMINDERS,
    'feedback-before-1on1': { enabled: true, setUp: true, weekday: 0, time: '09:30', leadMinutes: 12 * 60 },
  },
  quietHours: DEFAULT_QUIET_HOURS,
};
const context: ReminderContext = {
  activeAudit: { startDate: '2026-03-02', weeks: 6 },
  lastLoggedDate: '2026-03-10',
  reflectedWeeks: ['2026-03-02'],
  openRetros: [
    { id: 'a', project: 'Search', endDate: '2026-03-20' },
    { id: 'b', project: '', endDate: '2026-04-01' },
  ],
  lastAssessmentDate: '2026-01-31',
  followUps: [
    { id: 'h1', activity: 'Release notes', to: 'Sam', followUpOn: '2026-03-18' },
    // On the day Berlin moves to summer time: 10:00 is 08:00Z, not 09:00Z.
    { id: 'h2', activity: 'Hiring loop', to: '', followUpOn: '2026-03-29' },
  ],
  managerAnswer: null,
};

describe('wall-clock times in a time zone', () => {
  it('builds the instant of a local time, moving a time in the spring-forward gap forward', () => {
    expect(zonedInstant('2026-07-01', '09:00', BERLIN).toISOString()).toBe('2026-07-01T07:00:00.000Z');
    expect(zonedInstant('2026-12-01', '09:00', BERLIN).toISOString()).toBe('2026-12-01T08:00:00.000Z');
    expect(zonedInstant('2026-03-29', '02:30', BERLIN).toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(zonedInstant('2026-03-08', '02:30', 'America/New_York').toISOString()).toBe(
      '2026-03-08T07:30:00.000Z',
    );
  });

  it('tells the local day of an instant', () => {
    expect(localDate(new Date('2026-11-30T23:30:00Z'), BERLIN)).toBe('2026-12-01');
    expect(localDate(new Date('2026-11-30T23:30:00Z'), 'America/Los_Angeles')).toBe('2026-11-30');
  });
});

describe('quiet hours', () => {
  const overnight = { enabled: true, start: '21:00', end: '08:00' };
  it.each([
    ['2026-11-30T19:59:00Z', false],
    ['2026-11-30T20:00:00Z', true],
    ['2026-12-01T06:59:00Z', true],
    ['2026-12-01T07:00:00Z', false],
  ])('%s in Berlin is quiet: %s', (iso, quiet) => {
    expect(inQuietHours(new Date(iso), overnight, BERLIN)).toBe(quiet);
  });

  it('handles a window within one day, and ignores a disabled or empty one', () => {
    const lunch = { enabled: true, start: '12:00', end: '13:00' };
    expect(inQuietHours(new Date('2026-11-30T11:30:00Z'), lunch, BERLIN)).toBe(true);
    expect(inQuietHours(new Date('2026-11-30T12:30:00Z'), lunch, BERLIN)).toBe(false);
    expect(inQuietHours(new Date('2026-11-30T11:30:00Z'), { ...lunch, enabled: false }, BERLIN)).toBe(false);
    expect(inQuietHours(new Date('2026-11-30T11:30:00Z'), { ...lunch, end: '12:00' }, BERLIN)).toBe(false);
  });

  it('moves a quiet moment to the end of quiet hours, the same night or the next morning', () => {
    expect(afterQuietHours(new Date('2026-11-30T22:00:00Z'), overnight, BERLIN).toISOString()).toBe(
      '2026-12-01T07:00:00.000Z',
    );
    expect(afterQuietHours(new Date('2026-12-01T05:00:00Z'), overnight, BERLIN).toISOString()).toBe(
      '2026-12-01T07:00:00.000Z',
    );
    const noon = new Date('2026-12-01T11:00:00Z');
    expect(afterQuietHours(noon, overnight, BERLIN)).toBe(noon);
  });
});

describe('which reminders fall in a span', () => {
  it('lists each kind on its own rule, and the data decides what is due', () => {
    const found = occurrencesBetween(
      rules,
      context,
      new Date('2026-03-09T00:00:00Z'),
      new Date('2026-04-03T00:00:00Z'),
      BERLIN,
    );
    const byKind = (kind: string) => found.filter((o) => o.kind === kind).map((o) => o.key);
    // Nothing before the last logged day; weekdays only.
    expect(byKind('log-activities')[0]).toBe('log-activities:2026-03-11');
    expect(byKind('log-activities')).not.toContain('log-activities:2026-03-14');
    // Week 1 (from 2 March) already has its reflection; Fridays from week 2 on.
    expect(byKind('weekly-reflection')).toEqual([
      'weekly-reflection:2026-03-13',
      'weekly-reflection:2026-03-20',
      'weekly-reflection:2026-03-27',
    ]);
    // A retro the day after its project ends, named or not.
    expect(byKind('retro-due')).toEqual(['retro-due:a', 'retro-due:b']);
    expect(found.find((o) => o.key === 'retro-due:b')?.body).toMatch(/^A project ended on 2026-04-01/);
    // A handover on its follow-up day, named or not, each opening it in the ledger.
    expect(byKind('handover-follow-up')).toEqual(['handover-follow-up:h1', 'handover-follow-up:h2']);
    const unnamed = found.find((o) => o.key === 'handover-follow-up:h2');
    expect(unnamed?.route).toBe('/audit/handovers/h2');
    expect(unnamed?.body).toMatch(/^Someone took over “Hiring loop”\. /);
    expect(byKind('reassess')).toEqual([]); // every 3 months: due 30 April
    // A 09:30 Monday 1:1 with 12 h lead: the evening before, which is inside quiet hours → 08:00 Monday.
    const feedback = found.find((o) => o.kind === 'feedback-before-1on1');
    expect(feedback?.scheduledAt.toISOString()).toBe('2026-03-08T20:30:00.000Z');
    expect(feedback?.at.toISOString()).toBe('2026-03-09T07:00:00.000Z');
  });

  it('is additive: any split of a span finds the same reminders as the whole span', () => {
    const start = new Date('2026-03-01T00:00:00Z').getTime();
    const span = 40 * 86_400_000;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: span }),
        fc.integer({ min: 0, max: span }),
        fc.constantFrom(BERLIN, 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe'),
        (a, b, zone) => {
          const [lo, hi] = a < b ? [a, b] : [b, a];
          const from = new Date(start + lo);
          const to = new Date(start + hi);
          const mid = new Date(start + lo + Math.floor((hi - lo) / 2));
          const whole = occurrencesBetween(rules, context, from, to, zone).map((o) => o.key);
          const parts = [
            ...occurrencesBetween(rules, context, from, mid, zone),
            ...occurrencesBetween(rules, context, mid, to, zone),
          ].map((o) => o.key);
          expect(parts).toEqual(whole);
        },
      ),
      { numRuns: runs(60) },
    );
  });

  it('never fires inside quiet hours and never outside the span', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 30 }),
        fc.constantFrom(BERLIN, 'America/New_York', 'Pacific/Chatham'),
        (offsetDays, zone) => {
          const from = new Date(Date.UTC(2026, 2, 1 + offsetDays));
          const to = new Date(from.getTime() + 10 * 86_400_000);
          for (const o of occurrencesBetween(rules, context, from, to, zone)) {
            expect(o.at > from && o.at <= to).toBe(true);
            expect(inQuietHours(o.at, rules.quietHours, zone)).toBe(false);
            expect(o.at >= o.scheduledAt).toBe(true);
          }
        },
      ),
      { numRuns: runs(40) },
    );
  });

  it('finds nothing when everything is off or there is nothing to remind about', () => {
    const from = new Date('2026-03-01T00:00:00Z');
    const to = new Date('2026-06-01T00:00:00Z');
    expect(
      occurrencesBetween(
        { ...rules, reminders: DEFAULT_REMINDERS },
        EMPTY_REMINDER_CONTEXT,
        from,
        to,
        BERLIN,
      ),
    ).toEqual([]);
    expect(occurrencesBetween(rules, context, to, from, BERLIN)).toEqual([]);
  });
});

describe('the settings screen and the missed summary', () => {
  it('tells when each enabled kind fires next', () => {
    const next = upcomingByKind(rules, context, new Date('2026-03-11T12:00:00Z'), BERLIN);
    expect(next['log-activities']?.at.toISOString()).toBe('2026-03-11T16:30:00.000Z');
    expect(next['weekly-reflection']?.at.toISOString()).toBe('2026-03-13T15:00:00.000Z');
    expect(next['retro-due']?.key).toBe('retro-due:a');
    expect(next['handover-follow-up']?.key).toBe('handover-follow-up:h1');
    expect(next.reassess?.at.toISOString()).toBe('2026-04-30T08:00:00.000Z');
  });

  it('sums up missed reminders once, opening the latest one', () => {
    const found = occurrencesBetween(
      rules,
      context,
      new Date('2026-03-11T00:00:00Z'),
      new Date('2026-03-21T12:00:00Z'),
      BERLIN,
    );
    const summary = summariseMissed(found);
    expect(summary?.title).toBe(`${found.length} reminders while you were away`);
    expect(summary?.body).toBe(
      "Log today's activities · Weekly reflection · Ask for feedback before your 1:1 · Hold a retrospective · Follow up on a handover",
    );
    expect(summary?.route).toBe(found.at(-1)?.route);
    expect(summariseMissed([])).toBeNull();
  });
});

describe('the handover follow-up reminder', () => {
  const only = (time: string, enabled = true): ReminderRules['reminders'] =>
    ({
      ...Object.fromEntries(
        Object.entries(DEFAULT_REMINDERS).map(([kind, rule]) => [kind, { ...rule, enabled: false }]),
      ),
      'handover-follow-up': { enabled, time },
    }) as ReminderRules['reminders'];
  const handovers = (...followUpOn: string[]): ReminderContext => ({
    ...EMPTY_REMINDER_CONTEXT,
    followUps: followUpOn.map((day, i) => ({
      id: `h${i + 1}`,
      activity: 'On-call rota',
      to: ' Priya ',
      followUpOn: day,
    })),
  });
  const fired = (reminders: ReminderRules['reminders'], ctx: ReminderContext, zone = BERLIN) =>
    occurrencesBetween(
      { reminders, quietHours: DEFAULT_QUIET_HOURS },
      ctx,
      new Date('2026-02-01T00:00:00Z'),
      new Date('2026-03-31T00:00:00Z'),
      zone,
    );

  it('fires once for each open handover, on its follow-up day at its time, whichever side of a DST change', () => {
    const found = fired(only('10:00'), handovers('2026-03-27', '2026-03-30'));
    expect(found.map((o) => [o.key, o.at.toISOString(), o.route])).toEqual([
      ['handover-follow-up:h1', '2026-03-27T09:00:00.000Z', '/audit/handovers/h1'],
      ['handover-follow-up:h2', '2026-03-30T08:00:00.000Z', '/audit/handovers/h2'],
    ]);
    expect(found[0]?.title).toBe('Follow up on a handover');
    expect(found[0]?.body).toBe(
      'Priya took over “On-call rota”. Is it turning out as you agreed, and is there anything they need from you to keep it going?',
    );
  });

  it('moves a time in the spring-forward gap forward, as the other reminders do', () => {
    // New York skips 02:00–03:00 on 8 March 2026: 02:30 becomes 03:30 EDT.
    const found = fired(only('02:30'), handovers('2026-03-08'), 'America/New_York');
    expect(found.map((o) => o.scheduledAt.toISOString())).toEqual(['2026-03-08T07:30:00.000Z']);
  });

  it('waits for the end of quiet hours', () => {
    const found = fired(only('22:30'), handovers('2026-03-18'));
    expect(found.map((o) => [o.scheduledAt.toISOString(), o.at.toISOString()])).toEqual([
      ['2026-03-18T21:30:00.000Z', '2026-03-19T07:00:00.000Z'],
    ]);
  });

  it('fires nothing when turned off, or without a handover to follow up', () => {
    expect(fired(only('10:00', false), handovers('2026-03-18'))).toEqual([]);
    expect(fired(only('10:00'), EMPTY_REMINDER_CONTEXT)).toEqual([]);
  });

  it('is on at 10:00 by default', () => {
    expect(DEFAULT_REMINDERS['handover-follow-up']).toEqual({ enabled: true, time: '10:00' });
  });
});

describe('a reminder context saved by an earlier version', () => {
  it('loads without follow-ups as having none, while a context sent now must list them', () => {
    const { followUps: _followUps, ...older } = context;
    expect(storedReminderContextSchema.parse(older)).toEqual({ ...older, followUps: [] });
    expect(storedReminderContextSchema.parse(context)).toEqual(context);
    expect(reminderContextSchema.safeParse(older).success).toBe(false);
  });

  it('still refuses a follow-up main could not link to', () => {
    const bad = { ...context, followUps: [{ id: '../x', activity: '', to: '', followUpOn: '2026-03-18' }] };
    expect(storedReminderContextSchema.safeParse(bad).success).toBe(false);
    expect(reminderContextSchema.safeParse(bad).success).toBe(false);
  });
});

describe('the reminder to ask again what excellent looks like', () => {
  const only = (time: string, enabled = true): ReminderRules['reminders'] =>
    ({
      ...Object.fromEntries(
        Object.entries(DEFAULT_REMINDERS).map(([kind, rule]) => [kind, { ...rule, enabled: false }]),
      ),
      'ask-excellent-again': { enabled, time },
    }) as ReminderRules['reminders'];
  const answered = (askedOn: string, vague: boolean): ReminderContext => ({
    ...EMPTY_REMINDER_CONTEXT,
    managerAnswer: { askedOn, vague },
  });
  const fired = (
    reminders: ReminderRules['reminders'],
    ctx: ReminderContext,
    from = '2026-02-01T00:00:00Z',
    to = '2026-03-31T00:00:00Z',
    zone = BERLIN,
  ) =>
    occurrencesBetween(
      { reminders, quietHours: DEFAULT_QUIET_HOURS },
      ctx,
      new Date(from),
      new Date(to),
      zone,
    );

  it('fires once, two weeks after a vague answer, at its time, opening the Profile', () => {
    const found = fired(only('10:00'), answered('2026-03-04', true));
    expect(found.map((o) => [o.key, o.at.toISOString(), o.route])).toEqual([
      ['ask-excellent-again:2026-03-04:vague', '2026-03-18T09:00:00.000Z', '/profile'],
    ]);
    expect(found[0]?.title).toBe('Ask your manager again what excellent looks like');
    expect(found[0]?.body).toMatch(/^Their last answer was vague\. At your next 1:1, ask more sharply/);
    expect(found[0]?.body).toMatch(/what would they point to/);
  });

  it('fires once, six months after any other answer, 31 August giving 28 February', () => {
    const found = fired(only('10:00'), answered('2025-08-31', false));
    expect(found.map((o) => [o.key, o.at.toISOString()])).toEqual([
      ['ask-excellent-again:2025-08-31:concrete', '2026-02-28T09:00:00.000Z'],
    ]);
    expect(found[0]?.body).toMatch(/^Six months have passed .* priorities move\. Ask again/);
    // And the same day in a leap year: 31 August 2027 → 29 February 2028.
    const leap = fired(
      only('10:00'),
      answered('2027-08-31', false),
      '2028-02-01T00:00:00Z',
      '2028-03-31T00:00:00Z',
    );
    expect(leap.map((o) => o.at.toISOString())).toEqual(['2028-02-29T09:00:00.000Z']);
  });

  it('fires exactly once for any answer, on its ask-again day, in any zone', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 6 * 365 }),
        fc.boolean(),
        fc.constantFrom(BERLIN, 'America/New_York', 'Asia/Kolkata', 'Pacific/Chatham'),
        fc.constantFrom('00:00', '09:30', '23:45'),
        (offset, vague, zone, time) => {
          const askedOn = addDays('2024-01-01', offset);
          const day = askAgainDay(askedOn, vague);
          const found = fired(
            only(time),
            answered(askedOn, vague),
            `${addDays(day, -25)}T00:00:00Z`,
            `${addDays(day, 25)}T00:00:00Z`,
            zone,
          );
          expect(found).toHaveLength(1);
          expect(localDate(found[0]!.scheduledAt, zone)).toBe(day);
          expect(found[0]!.key).toBe(`ask-excellent-again:${askedOn}:${vague ? 'vague' : 'concrete'}`);
        },
      ),
      { numRuns: runs(60) },
    );
  });

  it('gives a new answer, or the same one judged again, an occurrence of its own', () => {
    const vague = fired(only('10:00'), answered('2026-03-04', true)).map((o) => o.key);
    const concrete = fired(
      only('10:00'),
      answered('2026-03-04', false),
      '2026-08-01T00:00:00Z',
      '2026-09-30T00:00:00Z',
    ).map((o) => o.key);
    expect(vague).toEqual(['ask-excellent-again:2026-03-04:vague']);
    expect(concrete).toEqual(['ask-excellent-again:2026-03-04:concrete']);
  });

  it('waits for the end of quiet hours', () => {
    const found = fired(only('22:30'), answered('2026-03-04', true));
    expect(found.map((o) => [o.scheduledAt.toISOString(), o.at.toISOString()])).toEqual([
      ['2026-03-18T21:30:00.000Z', '2026-03-19T07:00:00.000Z'],
    ]);
  });

  it('fires nothing without an answer, or when turned off', () => {
    expect(fired(only('10:00'), EMPTY_REMINDER_CONTEXT)).toEqual([]);
    expect(fired(only('10:00', false), answered('2026-03-04', true))).toEqual([]);
    expect(fired(only('10:00', false), answered('2025-08-31', false))).toEqual([]);
  });

  it('shows on the settings screen when it comes next, and is on at 10:00 by default', () => {
    const rulesOn: ReminderRules = { reminders: DEFAULT_REMINDERS, quietHours: DEFAULT_QUIET_HOURS };
    const after = new Date('2026-03-11T12:00:00Z');
    const next = upcomingByKind(rulesOn, answered('2026-03-04', false), after, BERLIN);
    // Six months on, in summer time: 10:00 in Berlin is 08:00Z.
    expect(next['ask-excellent-again']?.at.toISOString()).toBe('2026-09-04T08:00:00.000Z');
    expect(
      upcomingByKind(rulesOn, EMPTY_REMINDER_CONTEXT, after, BERLIN)['ask-excellent-again'],
    ).toBeUndefined();
    expect(DEFAULT_REMINDERS['ask-excellent-again']).toEqual({ enabled: true, time: '10:00' });
  });

  it('is named in the summary of missed reminders', () => {
    const found = fired(only('10:00'), answered('2026-03-04', true));
    expect(summariseMissed(found)).toEqual({
      title: '1 reminder while you were away',
      body: 'Ask again what excellent looks like',
      route: '/profile',
    });
  });
});

describe('a reminder context without the manager answer (before issue 18)', () => {
  it('loads as having none, while a context sent now must say', () => {
    const { managerAnswer: _none, ...older } = {
      ...context,
      managerAnswer: { askedOn: '2026-03-04', vague: true },
    };
    expect(storedReminderContextSchema.parse(older)).toEqual({ ...older, managerAnswer: null });
    expect(reminderContextSchema.safeParse(older).success).toBe(false);
    const sent = { ...context, managerAnswer: { askedOn: '2026-03-04', vague: true } };
    expect(reminderContextSchema.parse(sent)).toEqual(sent);
    expect(storedReminderContextSchema.parse(sent)).toEqual(sent);
  });

  it('refuses an answer without a proper day or judgement', () => {
    for (const managerAnswer of [
      { askedOn: '4 March', vague: true },
      { askedOn: '2026-03-04' },
      { askedOn: '2026-03-04', vague: 'yes' },
      { askedOn: '2026-03-04', vague: true, answer: 'More ownership' },
    ]) {
      expect(reminderContextSchema.safeParse({ ...context, managerAnswer }).success).toBe(false);
      expect(storedReminderContextSchema.safeParse({ ...context, managerAnswer }).success).toBe(false);
    }
  });
});

describe('setting up the 1:1', () => {
  const oneOnOne = (reminders: ReminderRules['reminders']) => reminders['feedback-before-1on1'];

  it('is not set up, and its reminder off, by default', () => {
    expect(oneOnOne(DEFAULT_REMINDERS)).toEqual({
      enabled: false,
      setUp: false,
      weekday: 1,
      time: '10:00',
      leadMinutes: 60,
    });
  });

  it('turns the reminder on the first time, with the day and time given', () => {
    const before = structuredClone(DEFAULT_REMINDERS);
    const after = setUpOneOnOne(before, { weekday: 3, time: '14:30' });
    expect(oneOnOne(after)).toEqual({
      enabled: true,
      setUp: true,
      weekday: 3,
      time: '14:30',
      leadMinutes: 60,
    });
    // Nothing else changes, and what it was given stays as it was.
    expect({ ...after, 'feedback-before-1on1': null }).toEqual({ ...before, 'feedback-before-1on1': null });
    expect(before).toEqual(DEFAULT_REMINDERS);
  });

  it("keeps the user's choice about the reminder once a 1:1 is set up", () => {
    const setUp = setUpOneOnOne(DEFAULT_REMINDERS, { weekday: 3, time: '14:30' });
    const turnedOff = { ...setUp, 'feedback-before-1on1': { ...oneOnOne(setUp), enabled: false } };
    const moved = setUpOneOnOne(turnedOff, { weekday: 0, time: '09:00' });
    expect(oneOnOne(moved)).toEqual({
      enabled: false,
      setUp: true,
      weekday: 0,
      time: '09:00',
      leadMinutes: 60,
    });
    expect(oneOnOne(setUpOneOnOne(setUp, { weekday: 4, time: '16:00' })).enabled).toBe(true);
  });

  it('removes it with its reminder; setting one up again turns the reminder on again', () => {
    const setUp = setUpOneOnOne(DEFAULT_REMINDERS, { weekday: 3, time: '14:30' });
    const removed = removeOneOnOne(setUp);
    expect(oneOnOne(removed)).toEqual({
      enabled: false,
      setUp: false,
      weekday: 3,
      time: '14:30',
      leadMinutes: 60,
    });
    expect(oneOnOne(setUpOneOnOne(removed, { weekday: 1, time: '11:00' }))).toMatchObject({
      enabled: true,
      setUp: true,
    });
  });

  it('fires the reminder before the 1:1 once set up, and nothing once removed', () => {
    const reminders = setUpOneOnOne(DEFAULT_REMINDERS, { weekday: 1, time: '11:00' });
    const quiet = { ...DEFAULT_QUIET_HOURS, enabled: false };
    const span = [new Date('2026-11-30T00:00:00Z'), new Date('2026-12-07T00:00:00Z')] as const;
    const feedback = (r: ReminderRules['reminders']) =>
      occurrencesBetween({ reminders: r, quietHours: quiet }, EMPTY_REMINDER_CONTEXT, ...span, BERLIN)
        .filter((o) => o.kind === 'feedback-before-1on1')
        .map((o) => o.at.toISOString());
    expect(feedback(reminders)).toEqual(['2026-12-01T09:00:00.000Z']);
    expect(feedback(removeOneOnOne(reminders))).toEqual([]);
  });
});
