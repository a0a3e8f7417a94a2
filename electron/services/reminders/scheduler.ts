/**
 * Fires reminders as notifications from main, whether or not the window is open. It has no timers or
 * clock of its own: `clock` is injected (real in the app, fake in tests), and so are the time zone, the
 * rules (settings), the notifier and the state file.
 *
 * Each check looks at the span since the previous check, (lastCheckedAt, now]:
 * - reminders that came due within `graceMs` fire one by one;
 * - older ones were missed (the app was closed or the machine asleep) and are summed up in a single
 *   notification instead of being replayed one by one;
 * - an occurrence key fires at most once, even when the clock or the time zone moves backwards.
 * Between checks it sleeps until the next reminder, but never longer than `maxSleepMs`, so a changed
 * time zone or a clock jump is noticed soon even when the operating system gives no signal.
 */
import {
  nextOccurrence,
  occurrencesBetween,
  summariseMissed,
  type Occurrence,
  type ReminderContext,
  type ReminderKind,
  type ReminderRules,
} from '@shared/domain/reminders';
import type { ReminderStateStore } from './reminder-state';

export interface Clock {
  now(): Date;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemClock: Clock = {
  now: () => new Date(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface ReminderNotice {
  /** 'missed' for the one summary of reminders missed while away. */
  kind: ReminderKind | 'missed';
  title: string;
  body: string;
  /** The screen a click on the notification opens. */
  route: string;
}

export interface ReminderSchedulerOptions {
  clock: Clock;
  timeZone: () => string;
  rules: () => ReminderRules;
  state: ReminderStateStore;
  notify: (notice: ReminderNotice) => void;
  /** How late a reminder may fire and still count as on time. */
  graceMs?: number;
  maxSleepMs?: number;
  logError?: (message: string, error: unknown) => void;
}

export interface ReminderScheduler {
  /** Loads the state and runs the first check, which reports what was missed since the app last ran. */
  start(): Promise<void>;
  /** Checks now and re-arms: after a resume from sleep, a settings change, a time-zone change. */
  check(): void;
  setContext(context: ReminderContext): void;
  context(): ReminderContext;
  /** The next reminder that will fire, if one is due within about a week. */
  next(): Occurrence | null;
  stop(): void;
  /**
   * Runs again after `stop` without checking at once: after "Delete all my data" the state is fresh, so a
   * check now would find nothing and only write the state file back; the next timer checks as usual.
   */
  resume(): void;
}

export const DEFAULT_GRACE_MS = 15 * 60_000;
export const DEFAULT_MAX_SLEEP_MS = 15 * 60_000;

export function createReminderScheduler({
  clock,
  timeZone,
  rules,
  state,
  notify,
  graceMs = DEFAULT_GRACE_MS,
  maxSleepMs = DEFAULT_MAX_SLEEP_MS,
  logError = console.error,
}: ReminderSchedulerOptions): ReminderScheduler {
  let timer: unknown = null;
  let running = false;
  let upcoming: Occurrence | null = null;

  function safeNotify(notice: ReminderNotice) {
    try {
      notify(notice);
    } catch (error) {
      logError('Could not show a reminder', error);
    }
  }

  function arm(now: Date) {
    if (timer !== null) clock.clearTimeout(timer);
    timer = null;
    if (!running) return;
    upcoming = nextOccurrence(rules(), state.get().context, now, timeZone());
    const delay = upcoming ? Math.min(upcoming.at.getTime() - now.getTime(), maxSleepMs) : maxSleepMs;
    timer = clock.setTimeout(check, Math.max(delay, 0));
  }

  function check() {
    if (!running) return;
    const now = clock.now();
    const { lastCheckedAt, context, fired } = state.get();
    // First run ever: nothing can have been missed. A clock set backwards: start again from now.
    const from = lastCheckedAt && lastCheckedAt <= now ? lastCheckedAt : now;
    let found: Occurrence[] = [];
    try {
      found = occurrencesBetween(rules(), context, from, now, timeZone()).filter(
        (o) => !fired.includes(o.key),
      );
    } catch (error) {
      logError('Could not work out the reminders', error);
    }
    const missed = found.filter((o) => now.getTime() - o.at.getTime() > graceMs);
    const due = found.filter((o) => now.getTime() - o.at.getTime() <= graceMs);
    const summary = summariseMissed(missed);
    if (summary) safeNotify({ kind: 'missed', ...summary });
    for (const occurrence of due) {
      safeNotify({
        kind: occurrence.kind,
        title: occurrence.title,
        body: occurrence.body,
        route: occurrence.route,
      });
    }
    state.update({ lastCheckedAt: now, firedKeys: found.map((o) => o.key) });
    arm(now);
  }

  return {
    async start() {
      await state.load();
      running = true;
      check();
    },
    check,
    setContext(context) {
      state.update({ context });
      // Only re-arm: the span up to now was already checked against the previous context.
      if (running) arm(clock.now());
    },
    context: () => state.get().context,
    next: () => upcoming,
    stop() {
      running = false;
      if (timer !== null) clock.clearTimeout(timer);
      timer = null;
    },
    resume() {
      running = true;
      arm(clock.now());
    },
  };
}
