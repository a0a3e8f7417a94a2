/**
 * The settings screen's pure parts: checking what the user typed before it is saved, the one-line rule
 * of each reminder, and when each one fires next (from the same shared/domain/reminders.ts functions
 * main schedules with, so the screen promises exactly what happens).
 */
import { TZDate } from '@date-fns/tz';
import { addMonths, format } from 'date-fns';
import type { AppSettings } from '@shared/domain/app-settings';
import { formatInstant, formatIsoDate, type FormatPrefs } from '@shared/domain/format';
import { currentFormatPrefs } from '@renderer/ui/format';
import {
  EXCELLENT_ANSWER_MAX_AGE_MONTHS,
  VAGUE_ASK_AGAIN_DAYS,
  askAgainDay,
} from '@shared/domain/manager-loop';
import {
  REMINDER_KINDS,
  upcomingByKind,
  weekdayName,
  type ReminderContext,
  type ReminderKind,
} from '@shared/domain/reminders';

export type FieldResult<T> = { ok: true; value: T } | { ok: false; error: string };

/** A clock time from a time field (ui/TimeField, which gives "HH:mm", or "" while empty or incomplete). */
export function parseClockTime(raw: string): FieldResult<string> {
  const text = raw.trim();
  if (!text) return { ok: false, error: 'Enter a time, such as 17:30.' };
  const match = /^([01]\d|2[0-3]):([0-5]\d)(:[0-5]\d(\.\d+)?)?$/.exec(text);
  if (!match) return { ok: false, error: 'Enter a time as hours and minutes, such as 17:30.' };
  return { ok: true, value: `${match[1] ?? '00'}:${match[2] ?? '00'}` };
}

/** A whole number in [min, max] from an `<input type="number">`; `unit` names it in the error. */
export function parseWholeNumber(raw: string, min: number, max: number, unit: string): FieldResult<number> {
  const text = raw.trim();
  if (!text) return { ok: false, error: `Enter a number of ${unit} from ${min} to ${max}.` };
  const value = Number(text);
  if (!Number.isInteger(value)) return { ok: false, error: `Enter a whole number of ${unit}.` };
  if (value < min || value > max)
    return { ok: false, error: `Enter a number of ${unit} from ${min} to ${max}.` };
  return { ok: true, value };
}

export const LEAD_MINUTES = { min: 5, max: 24 * 60 } as const;
export const EVERY_MONTHS = { min: 1, max: 24 } as const;

/** "45 minutes", "1 hour", "2 hours", "1 h 30 min". */
export function formatLead(minutes: number): string {
  if (minutes < 60) return `${minutes} minute${minutes === 1 ? '' : 's'}`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (rest === 0) return `${hours} hour${hours === 1 ? '' : 's'}`;
  return `${hours} h ${rest} min`;
}

/**
 * One short line: when the reminder comes and what has to be true for it to come. The time itself is
 * left to the field beside it (which shows it in the app's locale and 12- or 24-hour clock).
 */
export function reminderRule(kind: ReminderKind, settings: AppSettings): string {
  const r = settings.reminders;
  switch (kind) {
    case 'log-activities':
      return 'Weekdays while an audit is running, skipped on days you have already logged something.';
    case 'weekly-reflection':
      return `${weekdayName(r[kind].weekday)}s while an audit is running, unless that week's reflection is written.`;
    case 'feedback-before-1on1':
      return r[kind].setUp
        ? `${formatLead(r[kind].leadMinutes)} before your 1:1 every ${weekdayName(r[kind].weekday)}, to ask for feedback while the work is fresh.`
        : `No recurring 1:1 yet. Set the day and time of your 1:1 with your manager, and this comes ${formatLead(r[kind].leadMinutes)} before each one, to ask for feedback while the work is fresh.`;
    case 'ask-excellent-again':
      return `${VAGUE_ASK_AGAIN_DAYS} days after your manager's answer to “what does excellent look like?” if you marked it vague, ${EXCELLENT_ANSWER_MAX_AGE_MONTHS} months after it otherwise, to ask again.`;
    case 'retro-due':
      return 'The day after the project of a draft retrospective ends.';
    case 'handover-follow-up':
      return 'On the follow-up day you set for work you handed over, while the handover is still open.';
    case 'reassess':
      return `${r[kind].everyMonths} month${r[kind].everyMonths === 1 ? '' : 's'} after you last completed the self-assessment.`;
  }
}

export type NextReminder =
  | { state: 'off' }
  | { state: 'next'; at: Date; text: string; afterQuietHours: boolean }
  | { state: 'none'; text: string };

/** Far enough ahead to reach a reassessment 24 months out. */
const HORIZON_DAYS = 25 * 31;

/**
 * "Fri 4 Dec, 16:00" (en-GB) · "Fri, Dec 4, 4:00 PM" (en-US) in `timeZone`, in the user's locale and clock,
 * so it reads like the time field beside it; the year is added when it is not the current one.
 */
export function formatWhen(
  at: Date,
  now: Date,
  timeZone: string,
  prefs: FormatPrefs = currentFormatPrefs(),
): string {
  const zoned = new TZDate(at.getTime(), timeZone);
  const sameYear = zoned.getFullYear() === new TZDate(now.getTime(), timeZone).getFullYear();
  return formatInstant(at, prefs, { weekday: true, year: !sameYear, timeZone });
}

function localDay(instant: Date, timeZone: string): string {
  return format(new TZDate(instant.getTime(), timeZone), 'yyyy-MM-dd');
}

/** Why an enabled reminder has nothing coming up, in words. */
function whyNotScheduled(
  kind: ReminderKind,
  settings: AppSettings,
  context: ReminderContext,
  now: Date,
  timeZone: string,
): string {
  switch (kind) {
    case 'log-activities':
      return context.activeAudit
        ? 'the running audit has no weekdays left to log'
        : 'no calendar audit is running';
    case 'weekly-reflection':
      return context.activeAudit
        ? 'every remaining week of the audit already has its reflection'
        : 'no calendar audit is running';
    case 'feedback-before-1on1':
      return 'no 1:1 is coming up';
    case 'ask-excellent-again': {
      const answer = context.managerAnswer;
      if (!answer) return 'you have not noted an answer from your manager yet';
      const due = askAgainDay(answer.askedOn, answer.vague);
      const dueText = formatIsoDate(due, currentFormatPrefs());
      return due <= localDay(now, timeZone)
        ? `it was due on ${dueText}; noting your manager's new answer on the Profile starts the count again`
        : `it is due on ${dueText}`;
    }
    case 'retro-due':
      return context.openRetros.length === 0
        ? 'no draft retrospective has a project end date'
        : 'the projects of your draft retrospectives ended more than a day ago';
    case 'handover-follow-up':
      return context.followUps.length === 0
        ? 'no open handover has a follow-up day'
        : 'the follow-up days of your open handovers have passed';
    case 'reassess': {
      if (!context.lastAssessmentDate) return 'you have not completed a self-assessment yet';
      const [y = 1970, m = 1, d = 1] = context.lastAssessmentDate.split('-').map(Number);
      const due = addMonths(new Date(y, m - 1, d), settings.reminders.reassess.everyMonths);
      const dueText = formatIsoDate(format(due, 'yyyy-MM-dd'), currentFormatPrefs());
      return format(due, 'yyyy-MM-dd') <= localDay(now, timeZone)
        ? `it was due on ${dueText}; completing a new self-assessment starts the count again`
        : `it is due on ${dueText}`;
    }
  }
}

/** For each kind: off, when it fires next, or why it is not scheduled. */
export function nextReminders(
  settings: AppSettings,
  context: ReminderContext,
  now: Date,
  timeZone: string,
): Record<ReminderKind, NextReminder> {
  const upcoming = upcomingByKind(settings, context, now, timeZone, HORIZON_DAYS);
  return Object.fromEntries(
    REMINDER_KINDS.map((kind): [ReminderKind, NextReminder] => {
      if (!settings.reminders[kind].enabled) return [kind, { state: 'off' }];
      const next = upcoming[kind];
      if (!next) {
        return [
          kind,
          {
            state: 'none',
            text: `Not scheduled: ${whyNotScheduled(kind, settings, context, now, timeZone)}.`,
          },
        ];
      }
      const afterQuietHours = next.at.getTime() !== next.scheduledAt.getTime();
      return [
        kind,
        {
          state: 'next',
          at: next.at,
          afterQuietHours,
          text: `Next: ${formatWhen(next.at, now, timeZone)}${afterQuietHours ? ' (held until quiet hours end)' : ''}`,
        },
      ];
    }),
  ) as Record<ReminderKind, NextReminder>;
}
