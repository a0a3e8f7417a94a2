import { afterEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_QUIET_HOURS,
  DEFAULT_REMINDERS,
  EMPTY_REMINDER_CONTEXT,
  REMINDER_KINDS,
  type ReminderContext,
  type ReminderRules,
  type ReminderSettings,
} from '@shared/domain/reminders';
import { createReminderStateStore } from '@main/services/reminders/reminder-state';
import { createReminderScheduler, type ReminderNotice } from '@main/services/reminders/scheduler';
import { FakeClock } from '../../fixtures/fake-desktop';
import { tempDirs } from './helpers';

const temps = tempDirs();
afterEach(() => temps.cleanup());

const allOff = (): ReminderSettings =>
  Object.fromEntries(
    REMINDER_KINDS.map((kind) => [kind, { ...DEFAULT_REMINDERS[kind], enabled: false }]),
  ) as ReminderSettings;

function rulesWith(change: (r: ReminderSettings) => void, quiet = DEFAULT_QUIET_HOURS): ReminderRules {
  const reminders = allOff();
  change(reminders);
  return { reminders, quietHours: quiet };
}

const audit = (startDate: string): ReminderContext => ({
  ...EMPTY_REMINDER_CONTEXT,
  activeAudit: { startDate, weeks: 6 },
});

interface Harness {
  clock: FakeClock;
  zone: { current: string };
  shown: (ReminderNotice & { at: string })[];
  rules: { current: ReminderRules };
  dir: string;
  start(): Promise<ReturnType<typeof createReminderScheduler> & { whenSaved: () => Promise<void> }>;
}

async function harness(opts: {
  start: string;
  rules: ReminderRules;
  context?: ReminderContext;
  timeZone?: string;
  dir?: string;
  clock?: FakeClock;
}): Promise<Harness> {
  const dir = opts.dir ?? (await temps.make());
  const clock = opts.clock ?? new FakeClock(opts.start);
  const zone = { current: opts.timeZone ?? 'Europe/Berlin' };
  const shown: Harness['shown'] = [];
  const rules = { current: opts.rules };
  return {
    clock,
    zone,
    shown,
    rules,
    dir,
    async start() {
      const state = createReminderStateStore({ dir, now: () => clock.now() });
      const scheduler = createReminderScheduler({
        clock,
        timeZone: () => zone.current,
        rules: () => rules.current,
        state,
        notify: (notice) => shown.push({ ...notice, at: clock.now().toISOString() }),
      });
      // Stopped and closed before the folder goes: no check, and so no write, can start after that.
      temps.closeFirst(async () => {
        scheduler.stop();
        await state.close();
      });
      await scheduler.start();
      if (opts.context) scheduler.setContext(opts.context);
      await state.whenIdle();
      return Object.assign(scheduler, { whenSaved: () => state.whenIdle() });
    },
  };
}

describe('reminder scheduler (fake clock)', () => {
  it('fires the daily log reminder at 17:30 local on weekdays, across the end of summer time', async () => {
    // Berlin leaves summer time on Sunday 25 October 2026: 17:30 is 15:30Z before and 16:30Z after.
    const h = await harness({
      start: '2026-10-23T12:00:00Z',
      rules: rulesWith((r) => (r['log-activities'] = { enabled: true, time: '17:30' })),
      context: audit('2026-10-19'),
    });
    await h.start();
    h.clock.advanceTo('2026-10-27T00:00:00Z');
    expect(h.shown.map((n) => [n.kind, n.at])).toEqual([
      ['log-activities', '2026-10-23T15:30:00.000Z'],
      ['log-activities', '2026-10-26T16:30:00.000Z'],
    ]);
    expect(h.shown[0]?.route).toBe('/audit');
  });

  it('fires a time that does not exist on the spring-forward day once, right after the gap', async () => {
    // 02:30 on Sunday 29 March 2026 does not exist in Berlin (02:00 → 03:00): it fires at 03:30 CEST.
    const h = await harness({
      start: '2026-03-28T00:00:00Z',
      rules: rulesWith((r) => (r['weekly-reflection'] = { enabled: true, weekday: 6, time: '02:30' }), {
        ...DEFAULT_QUIET_HOURS,
        enabled: false,
      }),
      context: audit('2026-03-23'),
    });
    await h.start();
    h.clock.advanceTo('2026-03-30T00:00:00Z');
    expect(h.shown.map((n) => n.at)).toEqual(['2026-03-29T01:30:00.000Z']);
  });

  it('fires a time that happens twice on the fall-back day only once', async () => {
    const h = await harness({
      start: '2026-10-24T00:00:00Z',
      rules: rulesWith((r) => (r['weekly-reflection'] = { enabled: true, weekday: 6, time: '02:30' }), {
        ...DEFAULT_QUIET_HOURS,
        enabled: false,
      }),
      context: audit('2026-10-19'),
    });
    await h.start();
    h.clock.advanceTo('2026-10-26T00:00:00Z');
    expect(h.shown).toHaveLength(1);
    expect(['2026-10-25T00:30:00.000Z', '2026-10-25T01:30:00.000Z']).toContain(h.shown[0]?.at);
  });

  it('follows the user to a new time zone: 17:30 where they are now', async () => {
    const h = await harness({
      start: '2026-11-03T10:00:00Z',
      rules: rulesWith((r) => (r['log-activities'] = { enabled: true, time: '17:30' })),
      context: audit('2026-11-02'),
    });
    await h.start();
    h.clock.advanceTo('2026-11-03T12:00:00Z');
    h.zone.current = 'America/New_York'; // the laptop now says New York (UTC−5 since 1 November)
    h.clock.advanceTo('2026-11-04T04:00:00Z');
    expect(h.shown.map((n) => n.at)).toEqual(['2026-11-03T22:30:00.000Z']);
  });

  it('does not fire the same day twice when flying west after it fired', async () => {
    const h = await harness({
      start: '2026-11-03T10:00:00Z',
      rules: rulesWith((r) => (r['log-activities'] = { enabled: true, time: '17:30' })),
      context: audit('2026-11-02'),
    });
    await h.start();
    h.clock.advanceTo('2026-11-03T17:00:00Z'); // fired at 16:30Z (17:30 in Berlin)
    h.zone.current = 'America/New_York'; // where it is 12:00, so 17:30 comes round again
    h.clock.advanceTo('2026-11-04T04:00:00Z');
    expect(h.shown.map((n) => n.at)).toEqual(['2026-11-03T16:30:00.000Z']);
  });

  it('sums up reminders missed while the app was closed in one notification at the next start', async () => {
    const rules = rulesWith((r) => {
      r['log-activities'] = { enabled: true, time: '17:30' };
      r['weekly-reflection'] = { enabled: true, weekday: 4, time: '16:00' };
    });
    const first = await harness({ start: '2026-11-02T08:00:00Z', rules, context: audit('2026-11-02') });
    const scheduler = await first.start();
    first.clock.advanceTo('2026-11-02T18:00:00Z'); // Monday's reminder fires normally
    scheduler.stop();
    await scheduler.whenSaved();
    expect(first.shown).toHaveLength(1);

    // Closed from Monday evening until the next Monday morning: four log reminders and a reflection.
    const clock = new FakeClock('2026-11-09T07:30:00Z');
    const second = await harness({ start: '', rules, dir: first.dir, clock });
    await second.start();
    expect(second.shown).toHaveLength(1);
    expect(second.shown[0]).toMatchObject({
      kind: 'missed',
      title: '5 reminders while you were away',
      body: "Log today's activities · Weekly reflection",
      route: '/audit',
    });
    // Then it carries on as usual.
    clock.advanceTo('2026-11-09T17:00:00Z');
    expect(second.shown.map((n) => n.kind)).toEqual(['missed', 'log-activities']);
  });

  it('treats a long sleep like a closed app: one summary on resume, nothing replayed', async () => {
    const h = await harness({
      start: '2026-11-02T08:00:00Z',
      rules: rulesWith((r) => (r['log-activities'] = { enabled: true, time: '17:30' })),
      context: audit('2026-11-02'),
    });
    const scheduler = await h.start();
    h.clock.jumpTo('2026-11-05T09:00:00Z'); // asleep Monday to Thursday morning; no timer ran
    scheduler.check(); // what powerMonitor 'resume' does
    expect(h.shown.map((n) => n.kind)).toEqual(['missed']);
    expect(h.shown[0]?.title).toBe('3 reminders while you were away');
  });

  it('fires a reminder that was due a few minutes before waking as a normal reminder', async () => {
    const h = await harness({
      start: '2026-11-02T08:00:00Z',
      rules: rulesWith((r) => (r['log-activities'] = { enabled: true, time: '17:30' })),
      context: audit('2026-11-02'),
    });
    const scheduler = await h.start();
    h.clock.jumpTo('2026-11-02T16:35:00Z');
    scheduler.check();
    expect(h.shown.map((n) => [n.kind, n.at])).toEqual([['log-activities', '2026-11-02T16:35:00.000Z']]);
  });

  it('holds a reminder inside quiet hours until they end', async () => {
    const h = await harness({
      start: '2026-11-02T08:00:00Z',
      rules: rulesWith((r) => (r['log-activities'] = { enabled: true, time: '22:30' }), {
        enabled: true,
        start: '22:00',
        end: '07:00',
      }),
      context: audit('2026-11-02'),
    });
    await h.start();
    h.clock.advanceTo('2026-11-03T12:00:00Z');
    // Monday 22:30 in Berlin falls in quiet hours: it waits for Tuesday 07:00 (06:00Z).
    expect(h.shown.map((n) => n.at)).toEqual(['2026-11-03T06:00:00.000Z']);
  });

  it('never fires a disabled reminder, and only wakes up every 15 minutes when nothing is on', async () => {
    const h = await harness({
      start: '2026-11-02T08:00:00Z',
      rules: rulesWith(() => undefined),
      context: audit('2026-11-02'),
    });
    let wakeUps = 0;
    const setTimeout = h.clock.setTimeout.bind(h.clock);
    h.clock.setTimeout = (callback, ms) => setTimeout(() => ((wakeUps += 1), callback()), ms);
    await h.start();
    h.clock.advanceTo('2026-12-02T08:00:00Z');
    expect(h.shown).toEqual([]);
    expect(wakeUps).toBe(30 * 24 * 4);
    expect(h.clock.pending).toBe(1);
  });

  it('skips the log reminder on a day that already has an entry', async () => {
    const h = await harness({
      start: '2026-11-02T08:00:00Z',
      rules: rulesWith((r) => (r['log-activities'] = { enabled: true, time: '17:30' })),
      context: { ...audit('2026-11-02'), lastLoggedDate: '2026-11-02' },
    });
    await h.start();
    h.clock.advanceTo('2026-11-03T00:00:00Z');
    expect(h.shown).toEqual([]);
  });

  it('picks up a change of settings at once', async () => {
    const h = await harness({
      start: '2026-11-02T08:00:00Z',
      rules: rulesWith(() => undefined),
      context: audit('2026-11-02'),
    });
    const scheduler = await h.start();
    h.rules.current = rulesWith((r) => (r['log-activities'] = { enabled: true, time: '09:10' }));
    scheduler.check();
    h.clock.advanceTo('2026-11-02T08:10:00Z');
    expect(h.shown.map((n) => n.at)).toEqual(['2026-11-02T08:10:00.000Z']);
  });

  it('reminds before the weekly 1:1, a retro the day after a project ends, and a reassessment', async () => {
    const h = await harness({
      start: '2026-11-30T00:00:00Z',
      rules: rulesWith((r) => {
        r['feedback-before-1on1'] = {
          enabled: true,
          setUp: true,
          weekday: 1,
          time: '10:00',
          leadMinutes: 60,
        };
        r['retro-due'] = { enabled: true, time: '10:00' };
        r.reassess = { enabled: true, everyMonths: 3, time: '10:00' };
      }),
      context: {
        ...EMPTY_REMINDER_CONTEXT,
        openRetros: [{ id: 'r1', project: 'Billing migration', endDate: '2026-11-30' }],
        lastAssessmentDate: '2026-09-02',
      },
    });
    await h.start();
    h.clock.advanceTo('2026-12-03T00:00:00Z');
    expect(h.shown.map((n) => [n.kind, n.at, n.route])).toEqual([
      ['feedback-before-1on1', '2026-12-01T08:00:00.000Z', '/feedback'],
      ['retro-due', '2026-12-01T09:00:00.000Z', '/retros/r1'],
      ['reassess', '2026-12-02T09:00:00.000Z', '/assessment'],
    ]);
    expect(h.shown[1]?.body).toContain('Billing migration');
  });

  it('reminds to follow up on a handover on its day, and on one the page tells it about later', async () => {
    const h = await harness({
      start: '2026-11-30T00:00:00Z',
      rules: rulesWith((r) => (r['handover-follow-up'] = { enabled: true, time: '10:00' })),
      context: {
        ...EMPTY_REMINDER_CONTEXT,
        followUps: [{ id: 'h1', activity: 'On-call rota', to: 'Priya', followUpOn: '2026-12-01' }],
      },
    });
    const scheduler = await h.start();
    h.clock.advanceTo('2026-12-02T00:00:00Z');
    // A handover given a follow-up day in the ledger reaches main as a fresh context.
    scheduler.setContext({
      ...EMPTY_REMINDER_CONTEXT,
      followUps: [{ id: 'h2', activity: 'Release notes', to: 'Sam', followUpOn: '2026-12-03' }],
    });
    h.clock.advanceTo('2026-12-04T00:00:00Z');
    expect(h.shown.map((n) => [n.kind, n.at, n.route])).toEqual([
      ['handover-follow-up', '2026-12-01T09:00:00.000Z', '/audit/handovers/h1'],
      ['handover-follow-up', '2026-12-03T09:00:00.000Z', '/audit/handovers/h2'],
    ]);
    expect(h.shown[1]?.body).toMatch(/^Sam took over “Release notes”\. /);
  });

  it('reminds to ask again what excellent looks like, once per answer in force', async () => {
    const h = await harness({
      start: '2026-11-30T00:00:00Z',
      rules: rulesWith((r) => (r['ask-excellent-again'] = { enabled: true, time: '10:00' })),
      // Vague on 17 November: ask again two weeks later, on 1 December.
      context: { ...EMPTY_REMINDER_CONTEXT, managerAnswer: { askedOn: '2026-11-17', vague: true } },
    });
    const scheduler = await h.start();
    h.clock.advanceTo('2026-12-02T00:00:00Z');
    // The vague answer removed on the Profile leaves June's concrete one in force, six months old on
    // 2 December: the page tells main with a fresh context.
    scheduler.setContext({
      ...EMPTY_REMINDER_CONTEXT,
      managerAnswer: { askedOn: '2026-06-02', vague: false },
    });
    h.clock.advanceTo('2026-12-03T00:00:00Z');
    expect(h.shown.map((n) => [n.kind, n.at, n.route])).toEqual([
      ['ask-excellent-again', '2026-12-01T09:00:00.000Z', '/profile'],
      ['ask-excellent-again', '2026-12-02T09:00:00.000Z', '/profile'],
    ]);
    expect(h.shown[0]?.body).toMatch(/vague/);
    expect(h.shown[1]?.body).toMatch(/^Six months have passed/);
  });
});
