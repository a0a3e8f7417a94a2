import { describe, expect, it } from 'vitest';
import {
  formatLead,
  formatWhen,
  nextReminders,
  parseClockTime,
  parseWholeNumber,
  reminderRule,
} from '@renderer/features/settings/model/settings-form';
import { defaultSettings, type AppSettings } from '@shared/domain/app-settings';
import { EMPTY_REMINDER_CONTEXT, REMINDER_KINDS, type ReminderContext } from '@shared/domain/reminders';

const ZONE = 'Europe/Berlin';
/** Wednesday 2 December 2026, 12:00 in Berlin. */
const NOW = new Date('2026-12-02T11:00:00.000Z');

function settingsWith(change: (s: AppSettings) => void): AppSettings {
  const settings = defaultSettings();
  change(settings);
  return settings;
}

describe('parseClockTime', () => {
  it('accepts hours and minutes, dropping any seconds', () => {
    expect(parseClockTime('17:30')).toEqual({ ok: true, value: '17:30' });
    expect(parseClockTime('07:05:00')).toEqual({ ok: true, value: '07:05' });
    expect(parseClockTime(' 00:00 ')).toEqual({ ok: true, value: '00:00' });
  });

  it('refuses an empty or malformed time with a message', () => {
    for (const raw of ['', '  ', '24:00', '7:30', '12:60', 'noon']) {
      const result = parseClockTime(raw);
      expect(result.ok, raw).toBe(false);
      if (!result.ok) expect(result.error).toMatch(/Enter a time/);
    }
  });
});

describe('parseWholeNumber', () => {
  it('accepts whole numbers within the range', () => {
    expect(parseWholeNumber('60', 5, 1440, 'minutes')).toEqual({ ok: true, value: 60 });
    expect(parseWholeNumber('5', 5, 1440, 'minutes')).toEqual({ ok: true, value: 5 });
    expect(parseWholeNumber('24', 1, 24, 'months')).toEqual({ ok: true, value: 24 });
  });

  it('refuses empty, fractional and out-of-range numbers', () => {
    expect(parseWholeNumber('', 1, 24, 'months')).toEqual({
      ok: false,
      error: 'Enter a number of months from 1 to 24.',
    });
    expect(parseWholeNumber('2.5', 1, 24, 'months')).toEqual({
      ok: false,
      error: 'Enter a whole number of months.',
    });
    expect(parseWholeNumber('0', 1, 24, 'months').ok).toBe(false);
    expect(parseWholeNumber('1441', 5, 1440, 'minutes').ok).toBe(false);
  });
});

describe('reminderRule', () => {
  it('says when each reminder comes and on what condition, with the chosen day', () => {
    const settings = defaultSettings();
    expect(reminderRule('log-activities', settings)).toMatch(
      /^Weekdays while an audit is running, .*already logged/,
    );
    expect(reminderRule('weekly-reflection', settings)).toMatch(/^Fridays while an audit is running/);
    // No 1:1 is set up by default: the rule says so, and what setting one up gives.
    expect(reminderRule('feedback-before-1on1', settings)).toMatch(
      /^No recurring 1:1 yet\. Set the day and time of your 1:1 .* comes 1 hour before each one/,
    );
    const setUp = settingsWith((s) => (s.reminders['feedback-before-1on1'].setUp = true));
    expect(reminderRule('feedback-before-1on1', setUp)).toMatch(/^1 hour before your 1:1 every Tuesday/);
    expect(reminderRule('ask-excellent-again', settings)).toBe(
      "14 days after your manager's answer to “what does excellent look like?” if you marked it vague, 6 months after it otherwise, to ask again.",
    );
    expect(reminderRule('retro-due', settings)).toMatch(
      /day after the project of a draft retrospective ends/,
    );
    expect(reminderRule('handover-follow-up', settings)).toMatch(/^On the follow-up day .*still open/);
    expect(reminderRule('reassess', settings)).toMatch(/^3 months after/);
    const monthly = settingsWith((s) => (s.reminders.reassess.everyMonths = 1));
    expect(reminderRule('reassess', monthly)).toMatch(/^1 month after/);
  });

  it('formats lead times in minutes or hours', () => {
    expect(formatLead(5)).toBe('5 minutes');
    expect(formatLead(60)).toBe('1 hour');
    expect(formatLead(120)).toBe('2 hours');
    expect(formatLead(90)).toBe('1 h 30 min');
  });
});

describe('formatWhen', () => {
  it('shows weekday, day, month and time in the zone, and the year only when it differs', () => {
    expect(formatWhen(new Date('2026-12-04T15:00:00.000Z'), NOW, ZONE)).toBe('Fri 4 Dec, 16:00');
    expect(formatWhen(new Date('2027-01-04T09:00:00.000Z'), NOW, ZONE)).toBe('Mon, 4 Jan 2027, 10:00');
    expect(formatWhen(new Date('2026-12-04T15:00:00.000Z'), NOW, 'America/New_York')).toBe(
      'Fri 4 Dec, 10:00',
    );
  });

  it("reads in the user's locale and clock, like the time field beside it", () => {
    const at = new Date('2026-12-04T15:00:00.000Z');
    expect(formatWhen(at, NOW, ZONE, { locale: 'en-US' })).toBe('Fri, Dec 4, 4:00 PM');
    expect(formatWhen(at, NOW, ZONE, { locale: 'de-DE' })).toBe('Fr., 4. Dez., 16:00');
    expect(formatWhen(at, NOW, ZONE, { locale: 'en-US', hour12: false })).toBe('Fri, Dec 4, 16:00');
  });
});

describe('nextReminders', () => {
  const audit: ReminderContext = {
    ...EMPTY_REMINDER_CONTEXT,
    activeAudit: { startDate: '2026-11-23', weeks: 4 },
    lastLoggedDate: '2026-12-01',
  };

  it('says why each enabled reminder is not scheduled when there is nothing to remind of', () => {
    const next = nextReminders(defaultSettings(), EMPTY_REMINDER_CONTEXT, NOW, ZONE);
    expect(next['log-activities']).toEqual({
      state: 'none',
      text: 'Not scheduled: no calendar audit is running.',
    });
    expect(next['weekly-reflection']).toEqual({
      state: 'none',
      text: 'Not scheduled: no calendar audit is running.',
    });
    expect(next['retro-due']).toEqual({
      state: 'none',
      text: 'Not scheduled: no draft retrospective has a project end date.',
    });
    expect(next['handover-follow-up']).toEqual({
      state: 'none',
      text: 'Not scheduled: no open handover has a follow-up day.',
    });
    expect(next.reassess).toEqual({
      state: 'none',
      text: 'Not scheduled: you have not completed a self-assessment yet.',
    });
    expect(next['ask-excellent-again']).toEqual({
      state: 'none',
      text: 'Not scheduled: you have not noted an answer from your manager yet.',
    });
    // Off by default.
    expect(next['feedback-before-1on1']).toEqual({ state: 'off' });
  });

  it('gives the next time of each reminder from the same rules main uses', () => {
    const settings = settingsWith((s) => {
      s.reminders['feedback-before-1on1'].enabled = true;
      s.quietHours.enabled = false;
    });
    const context: ReminderContext = {
      ...audit,
      openRetros: [{ id: 'r1', project: 'Billing', endDate: '2026-12-07' }],
      lastAssessmentDate: '2026-09-15',
      followUps: [{ id: 'h1', activity: 'On-call rota', to: 'Priya', followUpOn: '2026-12-03' }],
      managerAnswer: { askedOn: '2026-11-23', vague: true },
    };
    const next = nextReminders(settings, context, NOW, ZONE);
    const text = Object.fromEntries(
      REMINDER_KINDS.map((k) => [k, next[k].state === 'off' ? 'off' : next[k].text]),
    );
    expect(text).toEqual({
      'log-activities': 'Next: Wed 2 Dec, 17:30',
      'weekly-reflection': 'Next: Fri 4 Dec, 16:00',
      'feedback-before-1on1': 'Next: Tue 8 Dec, 09:00',
      'ask-excellent-again': 'Next: Mon 7 Dec, 10:00',
      'retro-due': 'Next: Tue 8 Dec, 10:00',
      'handover-follow-up': 'Next: Thu 3 Dec, 10:00',
      reassess: 'Next: Tue 15 Dec, 10:00',
    });
  });

  it('skips today once something is logged, and says when quiet hours hold a reminder back', () => {
    const settings = settingsWith((s) => {
      s.reminders['log-activities'].time = '22:00';
      s.quietHours = { enabled: true, start: '21:00', end: '08:00' };
    });
    const next = nextReminders(settings, { ...audit, lastLoggedDate: '2026-12-02' }, NOW, ZONE);
    expect(next['log-activities']).toMatchObject({
      state: 'next',
      afterQuietHours: true,
      text: 'Next: Fri 4 Dec, 08:00 (held until quiet hours end)',
    });
  });

  it('reaches a reassessment two years out, and explains one that is overdue', () => {
    const yearly = settingsWith((s) => (s.reminders.reassess.everyMonths = 24));
    const far = nextReminders(
      yearly,
      { ...EMPTY_REMINDER_CONTEXT, lastAssessmentDate: '2026-11-30' },
      NOW,
      ZONE,
    );
    expect(far.reassess).toMatchObject({ state: 'next', text: 'Next: Thu, 30 Nov 2028, 10:00' });

    const overdue = nextReminders(
      defaultSettings(),
      { ...EMPTY_REMINDER_CONTEXT, lastAssessmentDate: '2026-05-10' },
      NOW,
      ZONE,
    );
    expect(overdue.reassess).toEqual({
      state: 'none',
      text: 'Not scheduled: it was due on 10 Aug 2026; completing a new self-assessment starts the count again.',
    });
  });

  it('explains an audit with nothing left, and retros, handovers and answers whose reminder has passed', () => {
    const ended: ReminderContext = {
      ...EMPTY_REMINDER_CONTEXT,
      activeAudit: { startDate: '2026-10-05', weeks: 4 },
      reflectedWeeks: [],
      openRetros: [{ id: 'r1', project: 'Billing', endDate: '2026-11-01' }],
      followUps: [{ id: 'h1', activity: 'On-call rota', to: 'Priya', followUpOn: '2026-11-30' }],
      managerAnswer: { askedOn: '2026-05-10', vague: false },
    };
    const next = nextReminders(defaultSettings(), ended, NOW, ZONE);
    expect(next['log-activities']).toEqual({
      state: 'none',
      text: 'Not scheduled: the running audit has no weekdays left to log.',
    });
    expect(next['retro-due']).toEqual({
      state: 'none',
      text: 'Not scheduled: the projects of your draft retrospectives ended more than a day ago.',
    });
    expect(next['handover-follow-up']).toEqual({
      state: 'none',
      text: 'Not scheduled: the follow-up days of your open handovers have passed.',
    });
    expect(next['ask-excellent-again']).toEqual({
      state: 'none',
      text: "Not scheduled: it was due on 10 Nov 2026; noting your manager's new answer on the Profile starts the count again.",
    });
  });
});
