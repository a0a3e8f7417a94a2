/**
 * When a retrospective and a self-assessment retake fall due: the one rule both the reminders
 * (reminders.ts, which fire on that day) and the Today screen (today.ts, which lists it from that day
 * on) follow, so the app never promises one day and shows another. Kept apart from reminders.ts, which
 * builds its settings schemas as it loads, so that the start screen can use it without the schema
 * library.
 */
import { addMonths, format } from 'date-fns';
import { addDays } from './audit';

/** How many months after the last self-assessment a retake is due, unless Settings says otherwise. */
export const DEFAULT_REASSESS_MONTHS = 3;

/** A draft retrospective is due the day after its project ended. */
export function retroDueDay(endDate: string): string {
  return addDays(endDate, 1);
}

/** The day a retake is due: `everyMonths` calendar months after the last one (31 Jan + 1 month is 28 Feb). */
export function reassessDueDay(lastAssessmentDate: string, everyMonths: number): string {
  const [y = 1970, m = 1, d = 1] = lastAssessmentDate.split('-').map(Number);
  // Calendar arithmetic on a local date, whatever the machine's zone.
  return format(addMonths(new Date(y, m - 1, d), everyMonths), 'yyyy-MM-dd');
}
