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
  reminderContextSchema,
  storedReminderContextSchema,
  summariseMissed,
  upcomingByKind,
  zonedInstant,
  type ReminderContext,
  type ReminderRules,
} from '@shared/domain/reminders';
import { runs } from '../support/property';

const BERLIN = 'Europe/Berlin';
const rules: ReminderRules = {
  reminders: {
    ...DEFAULT_REMINDERS,
    'feedback-before-1on1': { enabled: true, weekday: 0, time: '09:30', leadMinutes: 12 * 60 },
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
