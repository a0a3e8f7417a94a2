/**
 * Reminders, as pure functions of (settings, what the data says, a time span, a time zone). Main's
 * scheduler asks "which reminders fall in (from, to]?" and the settings screen asks "when is the next
 * one?"; both get the same answer from here, so what the user is promised is what fires.
 *
 * Times are wall-clock times in the user's time zone ("17:30 on weekdays"): each candidate day is built
 * with TZDate in the zone current at the time of asking, so a reminder follows the user across a DST
 * change (same local time, different UTC instant) and across a time-zone change (17:30 where they are
 * now). A wall-clock time that does not exist on a spring-forward day moves forward by the gap; one that
 * exists twice on a fall-back day fires once.
 */
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { z } from 'zod';
import { addDays, auditWeekIndex, dayOfWeek, isInAudit } from './audit';
import { askAgainDay } from './manager-loop';
import { DEFAULT_REASSESS_MONTHS, reassessDueDay, retroDueDay } from './reminder-cadence';
import { pathTo } from '../routes';

export const REMINDER_KINDS = [
  'log-activities',
  'weekly-reflection',
  'feedback-before-1on1',
  'ask-excellent-again',
  'retro-due',
  'handover-follow-up',
  'reassess',
] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a time as HH:mm');
/** 0 = Monday … 6 = Sunday, as everywhere in the audit. */
const weekday = z.number().int().min(0).max(6);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as yyyy-MM-dd');

export const reminderSettingsSchema = z.strictObject({
  'log-activities': z.strictObject({ enabled: z.boolean(), time: clockTime }),
  'weekly-reflection': z.strictObject({ enabled: z.boolean(), weekday, time: clockTime }),
  'feedback-before-1on1': z.strictObject({
    enabled: z.boolean(),
    /**
     * Whether the user has told the app about a recurring 1:1 with their manager (issue 18): setting one
     * up turns the reminder on the first time (`setUpOneOnOne`); after that it stays as the user left it.
     */
    setUp: z.boolean(),
    weekday,
    /** When the 1:1 starts; the reminder comes `leadMinutes` earlier. */
    time: clockTime,
    leadMinutes: z
      .number()
      .int()
      .min(5)
      .max(24 * 60),
  }),
  /** On the day to ask the manager again what excellent looks like (issue 18, manager-loop.ts). */
  'ask-excellent-again': z.strictObject({ enabled: z.boolean(), time: clockTime }),
  'retro-due': z.strictObject({ enabled: z.boolean(), time: clockTime }),
  /** On the follow-up day of an open handover (issue 17). */
  'handover-follow-up': z.strictObject({ enabled: z.boolean(), time: clockTime }),
  reassess: z.strictObject({
    enabled: z.boolean(),
    everyMonths: z.number().int().min(1).max(24),
    time: clockTime,
  }),
});
export type ReminderSettings = z.infer<typeof reminderSettingsSchema>;

export const quietHoursSchema = z.strictObject({ enabled: z.boolean(), start: clockTime, end: clockTime });
export type QuietHours = z.infer<typeof quietHoursSchema>;

export const DEFAULT_REMINDERS: ReminderSettings = {
  'log-activities': { enabled: true, time: '17:30' },
  'weekly-reflection': { enabled: true, weekday: 4, time: '16:00' },
  'feedback-before-1on1': { enabled: false, setUp: false, weekday: 1, time: '10:00', leadMinutes: 60 },
  'ask-excellent-again': { enabled: true, time: '10:00' },
  'retro-due': { enabled: true, time: '10:00' },
  'handover-follow-up': { enabled: true, time: '10:00' },
  reassess: { enabled: true, everyMonths: DEFAULT_REASSESS_MONTHS, time: '10:00' },
};

/**
 * A 1:1 rule saved before issue 18 has no `setUp`: whoever had turned the reminder on had a 1:1 at the
 * day and time it names, and whoever had not is taken not to have told the app about one. Anything else
 * (a `setUp` already there, something that is not a rule at all) is left to the strict schema to judge.
 */
function withSetUpFromEnabled(rule: unknown): unknown {
  if (typeof rule !== 'object' || rule === null || Array.isArray(rule) || 'setUp' in rule) return rule;
  const { enabled } = rule as { enabled?: unknown };
  return typeof enabled === 'boolean' ? { ...rule, setUp: enabled } : rule;
}

/**
 * The reminder settings as a file written earlier holds them (app-settings.ts, `storedSettingsSchema`):
 * 'handover-follow-up' came with issue 17 and 'ask-excellent-again' with issue 18, so settings saved
 * before them load with their defaults; a 1:1 rule saved before issue 18 gets `setUp` from `enabled`.
 * Only a stored file may lack them; settings sent by the page must be whole.
 */
export const storedReminderSettingsSchema = reminderSettingsSchema.extend({
  'feedback-before-1on1': z.preprocess(
    withSetUpFromEnabled,
    reminderSettingsSchema.shape['feedback-before-1on1'],
  ),
  'ask-excellent-again': reminderSettingsSchema.shape['ask-excellent-again'].default(() => ({
    ...DEFAULT_REMINDERS['ask-excellent-again'],
  })),
  'handover-follow-up': reminderSettingsSchema.shape['handover-follow-up'].default(() => ({
    ...DEFAULT_REMINDERS['handover-follow-up'],
  })),
});

/** The user's recurring 1:1 with their manager: its weekday (0 = Monday) and when it starts ("HH:mm"). */
export interface OneOnOne {
  weekday: number;
  time: string;
}

/**
 * The settings once the user has told the app about their recurring 1:1 (issue 18): its day and time,
 * and the reminder to ask for feedback before it turned on the first time a 1:1 is set up. Setting it up
 * again (a new day or time) keeps the reminder as the user left it, so turning it off stays off.
 */
export function setUpOneOnOne(reminders: ReminderSettings, oneOnOne: OneOnOne): ReminderSettings {
  const rule = reminders['feedback-before-1on1'];
  return {
    ...reminders,
    'feedback-before-1on1': {
      ...rule,
      weekday: oneOnOne.weekday,
      time: oneOnOne.time,
      setUp: true,
      enabled: rule.setUp ? rule.enabled : true,
    },
  };
}

/** The settings once the user no longer has a recurring 1:1: nothing to remind them before. */
export function removeOneOnOne(reminders: ReminderSettings): ReminderSettings {
  return {
    ...reminders,
    'feedback-before-1on1': { ...reminders['feedback-before-1on1'], setUp: false, enabled: false },
  };
}

export const DEFAULT_QUIET_HOURS: QuietHours = { enabled: true, start: '21:00', end: '08:00' };

/**
 * What the data says, as far as reminders care. The renderer owns the database and sends a fresh
 * snapshot whenever one of these changes; main keeps the last one on disk for when the window is gone.
 */
export const reminderContextSchema = z.strictObject({
  activeAudit: z
    .strictObject({ startDate: isoDate, weeks: z.union([z.literal(4), z.literal(5), z.literal(6)]) })
    .nullable(),
  /** The latest day with something logged in the active audit. */
  lastLoggedDate: isoDate.nullable(),
  /** Start days of the active audit's weeks that already have a reflection. */
  reflectedWeeks: z.array(isoDate).max(60),
  /** Retrospectives still in draft whose project has an end date. */
  openRetros: z
    .array(
      z.strictObject({
        id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
        project: z.string().max(200),
        endDate: isoDate,
      }),
    )
    .max(500),
  /** When the self-assessment was last completed. */
  lastAssessmentDate: isoDate.nullable(),
  /** Open handovers with a follow-up day (issue 17): who took what over, and when to check in. */
  followUps: z
    .array(
      z.strictObject({
        id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
        activity: z.string().max(200),
        to: z.string().max(200),
        followUpOn: isoDate,
      }),
    )
    .max(500),
  /**
   * The manager's answer in force to "what does excellent look like in six months?" (issue 18, the latest
   * by day): when it was asked and whether the user found it vague. Null while there is none.
   */
  managerAnswer: z.strictObject({ askedOn: isoDate, vague: z.boolean() }).nullable(),
});
export type ReminderContext = z.infer<typeof reminderContextSchema>;

/**
 * The context as main keeps it on disk (reminder-state.json): one saved by a version before issue 17 has
 * no `followUps`, and one before issue 18 no `managerAnswer`; it loads as having none until the renderer
 * sends a fresh context. The renderer itself must always send them (`reminders:setContext` takes the
 * strict schema).
 */
export const storedReminderContextSchema = reminderContextSchema.extend({
  followUps: reminderContextSchema.shape.followUps.default(() => []),
  managerAnswer: reminderContextSchema.shape.managerAnswer.default(null),
});

export const EMPTY_REMINDER_CONTEXT: ReminderContext = {
  activeAudit: null,
  lastLoggedDate: null,
  reflectedWeeks: [],
  openRetros: [],
  lastAssessmentDate: null,
  followUps: [],
  managerAnswer: null,
};

export interface Occurrence {
  kind: ReminderKind;
  /** Identifies this occurrence (kind + the day or the thing it is about), to fire it at most once. */
  key: string;
  /** When it was due by its own rule. */
  scheduledAt: Date;
  /** When it fires: `scheduledAt`, or the end of quiet hours when that falls inside them. */
  at: Date;
  title: string;
  body: string;
  /** The screen a click opens. */
  route: string;
}

export const REMINDER_LABELS: Record<ReminderKind, string> = {
  'log-activities': "Log today's activities",
  'weekly-reflection': 'Weekly reflection',
  'feedback-before-1on1': 'Ask for feedback before your 1:1',
  'ask-excellent-again': 'Ask again what excellent looks like',
  'retro-due': 'Hold a retrospective',
  'handover-follow-up': 'Follow up on a handover',
  reassess: 'Retake the self-assessment',
};

const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
export function weekdayName(day: number): string {
  return WEEKDAY_NAMES[day] ?? 'Monday';
}

function clockParts(time: string): [number, number] {
  const [h = '0', m = '0'] = time.split(':');
  return [Number(h), Number(m)];
}

/** The instant of wall-clock `time` on local day `date` in `timeZone`. */
export function zonedInstant(date: string, time: string, timeZone: string): Date {
  const [y = '1970', mo = '1', d = '1'] = date.split('-');
  const [h, m] = clockParts(time);
  return new Date(new TZDate(Number(y), Number(mo) - 1, Number(d), h, m, timeZone).getTime());
}

/** The local calendar day of `instant` in `timeZone`. */
export function localDate(instant: Date, timeZone: string): string {
  return format(new TZDate(instant.getTime(), timeZone), 'yyyy-MM-dd');
}

function localMinutes(instant: Date, timeZone: string): number {
  const zoned = new TZDate(instant.getTime(), timeZone);
  return zoned.getHours() * 60 + zoned.getMinutes();
}

/** Whether `instant` falls in quiet hours (a window may run over midnight: 21:00–08:00). */
export function inQuietHours(instant: Date, quiet: QuietHours, timeZone: string): boolean {
  if (!quiet.enabled) return false;
  const [sh, sm] = clockParts(quiet.start);
  const [eh, em] = clockParts(quiet.end);
  const start = sh * 60 + sm;
  const end = eh * 60 + em;
  if (start === end) return false;
  const now = localMinutes(instant, timeZone);
  return start < end ? now >= start && now < end : now >= start || now < end;
}

/** The first moment at or after `instant` outside quiet hours. */
export function afterQuietHours(instant: Date, quiet: QuietHours, timeZone: string): Date {
  if (!inQuietHours(instant, quiet, timeZone)) return instant;
  const today = localDate(instant, timeZone);
  const endToday = zonedInstant(today, quiet.end, timeZone);
  return endToday > instant ? endToday : zonedInstant(addDays(today, 1), quiet.end, timeZone);
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Lookups computed once per question rather than once per day. */
interface Prepared {
  retrosByDueDay: Map<string, ReminderContext['openRetros']>;
  followUpsByDay: Map<string, ReminderContext['followUps']>;
  reassessDay: string | null;
  /** The day to ask the manager again what excellent looks like, or null without an answer. */
  askAgainDay: string | null;
}

function prepare(settings: ReminderSettings, context: ReminderContext): Prepared {
  const retrosByDueDay = new Map<string, ReminderContext['openRetros']>();
  for (const retro of context.openRetros) {
    const due = retroDueDay(retro.endDate);
    retrosByDueDay.set(due, [...(retrosByDueDay.get(due) ?? []), retro]);
  }
  const followUpsByDay = new Map<string, ReminderContext['followUps']>();
  for (const handover of context.followUps)
    followUpsByDay.set(handover.followUpOn, [...(followUpsByDay.get(handover.followUpOn) ?? []), handover]);
  const reassessDay = context.lastAssessmentDate
    ? reassessDueDay(context.lastAssessmentDate, settings.reassess.everyMonths)
    : null;
  const answer = context.managerAnswer;
  return {
    retrosByDueDay,
    followUpsByDay,
    reassessDay,
    askAgainDay: answer ? askAgainDay(answer.askedOn, answer.vague) : null,
  };
}

/** The reminders of one kind that a local day holds (before quiet hours are applied). */
function candidatesOn(
  kind: ReminderKind,
  day: string,
  settings: ReminderSettings,
  context: ReminderContext,
  prepared: Prepared,
  timeZone: string,
): Omit<Occurrence, 'at'>[] {
  const audit = context.activeAudit;
  switch (kind) {
    case 'log-activities': {
      const rule = settings[kind];
      if (!audit || dayOfWeek(day) > 4 || !isInAudit(audit, day)) return [];
      if (context.lastLoggedDate !== null && context.lastLoggedDate >= day) return [];
      return [
        {
          kind,
          key: `${kind}:${day}`,
          scheduledAt: zonedInstant(day, rule.time, timeZone),
          title: 'Time to log your day',
          body: 'Add what you worked on today and how it left your energy: a minute now saves guessing later.',
          route: pathTo('audit'),
        },
      ];
    }
    case 'weekly-reflection': {
      const rule = settings[kind];
      if (!audit || dayOfWeek(day) !== rule.weekday) return [];
      const week = auditWeekIndex(audit, day);
      if (week < 0 || context.reflectedWeeks.includes(addDays(audit.startDate, week * 7))) return [];
      return [
        {
          kind,
          key: `${kind}:${day}`,
          scheduledAt: zonedInstant(day, rule.time, timeZone),
          title: 'Reflect on your week',
          body: `Week ${week + 1} of your audit: which hours mattered most, and which could someone else have taken?`,
          route: pathTo('auditReflection'),
        },
      ];
    }
    case 'feedback-before-1on1': {
      const rule = settings[kind];
      // The 1:1 may be early on a day and the lead long, so the reminder can fall on the day before.
      const meetingDay = addDays(day, 1);
      if (dayOfWeek(meetingDay) !== rule.weekday && dayOfWeek(day) !== rule.weekday) return [];
      return [meetingDay, day]
        .filter((d) => dayOfWeek(d) === rule.weekday)
        .map((d) => ({
          kind,
          key: `${kind}:${d}`,
          scheduledAt: new Date(zonedInstant(d, rule.time, timeZone).getTime() - rule.leadMinutes * 60_000),
          title: 'Ask for feedback before your 1:1',
          body: `Your 1:1 is at ${rule.time}. Pick one recent piece of work and ask a specific question about it.`,
          route: pathTo('feedback'),
        }))
        .filter((o) => localDate(o.scheduledAt, timeZone) === day);
    }
    case 'ask-excellent-again': {
      // Once, on the day: a question already overdue is the Profile's to flag, not a nudge to repeat.
      const rule = settings[kind];
      const answer = context.managerAnswer;
      if (!answer || prepared.askAgainDay !== day) return [];
      return [
        {
          kind,
          // A new answer (or the same one judged differently) is a new occurrence.
          key: `${kind}:${answer.askedOn}:${answer.vague ? 'vague' : 'concrete'}`,
          scheduledAt: zonedInstant(day, rule.time, timeZone),
          title: 'Ask your manager again what excellent looks like',
          body: answer.vague
            ? 'Their last answer was vague. At your next 1:1, ask more sharply: in six months, what would they point to as excellent work? Who does it well today, and what do they do?'
            : 'Six months have passed since they last told you what excellent looks like, and priorities move. Ask again at your next 1:1, and note what has changed.',
          route: pathTo('profile'),
        },
      ];
    }
    case 'retro-due': {
      const rule = settings[kind];
      return (prepared.retrosByDueDay.get(day) ?? []).map((retro) => ({
        kind,
        key: `${kind}:${retro.id}`,
        scheduledAt: zonedInstant(day, rule.time, timeZone),
        title: 'Hold a retrospective',
        body: `${retro.project.trim() || 'A project'} ended on ${retro.endDate}. Spend fifteen minutes on what went well, what did not, and what to change.`,
        route: pathTo('retro', { id: retro.id }),
      }));
    }
    case 'handover-follow-up': {
      // Once, on the day set for it: a handover whose day has passed is Today's to show, not a nudge.
      const rule = settings[kind];
      return (prepared.followUpsByDay.get(day) ?? []).map((handover) => {
        const who = handover.to.trim() || 'Someone';
        const what = handover.activity.trim();
        return {
          kind,
          key: `${kind}:${handover.id}`,
          scheduledAt: zonedInstant(day, rule.time, timeZone),
          title: 'Follow up on a handover',
          body: `${who} took over ${what ? `“${what}”` : 'work from you'}. Is it turning out as you agreed, and is there anything they need from you to keep it going?`,
          route: pathTo('auditHandover', { id: handover.id }),
        };
      });
    }
    case 'reassess': {
      const rule = settings[kind];
      if (prepared.reassessDay !== day) return [];
      return [
        {
          kind,
          key: `${kind}:${day}`,
          scheduledAt: zonedInstant(day, rule.time, timeZone),
          title: 'Retake the self-assessment',
          body: `It has been ${plural(rule.everyMonths, 'month')} since your last one. See whether your answers have moved.`,
          route: pathTo('assessment'),
        },
      ];
    }
  }
}

export interface ReminderRules {
  reminders: ReminderSettings;
  quietHours: QuietHours;
}

/** Longest span looked at in one go: enough to know which kinds were missed over a long absence. */
export const MAX_SPAN_DAYS = 62;

/**
 * Every enabled reminder whose firing moment is in (from, to], in firing order. Spans longer than
 * MAX_SPAN_DAYS are cut to their last MAX_SPAN_DAYS (missed reminders are coalesced anyway).
 */
export function occurrencesBetween(
  rules: ReminderRules,
  context: ReminderContext,
  from: Date,
  to: Date,
  timeZone: string,
): Occurrence[] {
  if (to <= from) return [];
  const earliest = new Date(to.getTime() - MAX_SPAN_DAYS * 86_400_000);
  const start = from < earliest ? earliest : from;
  // One day either side: quiet hours can push a reminder into the next day, and zones differ by up to 26 h.
  const firstDay = addDays(localDate(start, timeZone), -1);
  const lastDay = addDays(localDate(to, timeZone), 1);
  const found: Occurrence[] = [];
  const prepared = prepare(rules.reminders, context);
  const kinds = REMINDER_KINDS.filter((kind) => rules.reminders[kind].enabled);
  for (let day = firstDay; day <= lastDay; day = addDays(day, 1)) {
    for (const kind of kinds) {
      for (const candidate of candidatesOn(kind, day, rules.reminders, context, prepared, timeZone)) {
        const at = afterQuietHours(candidate.scheduledAt, rules.quietHours, timeZone);
        if (at > start && at <= to) found.push({ ...candidate, at });
      }
    }
  }
  return found.sort((a, b) => a.at.getTime() - b.at.getTime() || a.key.localeCompare(b.key));
}

/** The next reminder to fire after `after`, looking `horizonDays` ahead; null when none is due by then. */
export function nextOccurrence(
  rules: ReminderRules,
  context: ReminderContext,
  after: Date,
  timeZone: string,
  horizonDays = 8,
): Occurrence | null {
  for (let offset = 0; offset < horizonDays; offset += 7) {
    const from = new Date(after.getTime() + offset * 86_400_000);
    const to = new Date(after.getTime() + Math.min(offset + 7, horizonDays) * 86_400_000);
    const first = occurrencesBetween(rules, context, from, to, timeZone)[0];
    if (first) return first;
  }
  return null;
}

/** The next time each enabled kind fires, for the settings screen ("next: Fri 4 Dec, 16:00"). */
export function upcomingByKind(
  rules: ReminderRules,
  context: ReminderContext,
  after: Date,
  timeZone: string,
  horizonDays = 400,
): Partial<Record<ReminderKind, Occurrence>> {
  const result: Partial<Record<ReminderKind, Occurrence>> = {};
  const wanted = new Set(REMINDER_KINDS.filter((kind) => rules.reminders[kind].enabled));
  const CHUNK_DAYS = 31;
  for (let offset = 0; offset < horizonDays && wanted.size > 0; offset += CHUNK_DAYS) {
    const from = new Date(after.getTime() + offset * 86_400_000);
    const to = new Date(after.getTime() + Math.min(offset + CHUNK_DAYS, horizonDays) * 86_400_000);
    // Only the kinds still without a next time are looked for: the found ones cost nothing more.
    const still: ReminderRules = {
      quietHours: rules.quietHours,
      reminders: Object.fromEntries(
        REMINDER_KINDS.map((kind) => [kind, { ...rules.reminders[kind], enabled: wanted.has(kind) }]),
      ) as ReminderSettings,
    };
    for (const occurrence of occurrencesBetween(still, context, from, to, timeZone)) {
      if (!wanted.has(occurrence.kind)) continue;
      result[occurrence.kind] = occurrence;
      wanted.delete(occurrence.kind);
    }
  }
  return result;
}

/** One notification for everything missed while the app was closed or the machine asleep. */
export function summariseMissed(
  missed: readonly Occurrence[],
): { title: string; body: string; route: string } | null {
  const latest = missed.at(-1);
  if (!latest) return null;
  const kinds = REMINDER_KINDS.filter((kind) => missed.some((o) => o.kind === kind));
  return {
    title: `${plural(missed.length, 'reminder')} while you were away`,
    body: kinds.map((kind) => REMINDER_LABELS[kind]).join(' · '),
    route: latest.route,
  };
}
