/**
 * Reminder schedules (issue 7): what main computes on every check (at most every 15 minutes, and on
 * each data change) and what the settings screen computes on each render. Printed, never asserted.
 */
import {
  DEFAULT_QUIET_HOURS,
  DEFAULT_REMINDERS,
  occurrencesBetween,
  nextOccurrence,
  upcomingByKind,
  type ReminderContext,
  type ReminderRules,
} from '@shared/domain/reminders';
import { measure, printTable } from './harness';

const rules: ReminderRules = {
  reminders: {
    ...DEFAULT_REMINDERS,
    'feedback-before-1on1': { enabled: true, setUp: true, weekday: 1, time: '10:00', leadMinutes: 60 },
  },
  quietHours: DEFAULT_QUIET_HOURS,
};

function context(openRetros: number): ReminderContext {
  return {
    activeAudit: { startDate: '2026-11-02', weeks: 6 },
    lastLoggedDate: '2026-11-20',
    reflectedWeeks: ['2026-11-02', '2026-11-09'],
    openRetros: Array.from({ length: openRetros }, (_, i) => ({
      id: `retro-${i}`,
      project: `Project ${i}`,
      endDate: `2026-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
    })),
    lastAssessmentDate: '2026-09-15',
    followUps: [],
    managerAnswer: { askedOn: '2026-06-01', vague: false },
  };
}

export async function runRemindersBench() {
  const now = new Date('2026-11-30T12:00:00Z');
  const zone = 'Europe/Berlin';
  const results = [];
  for (const retros of [5, 500]) {
    const ctx = context(retros);
    results.push(
      await measure(`one check: next reminder, ${retros} open retros`, () =>
        nextOccurrence(rules, ctx, now, zone),
      ),
      await measure(`start after 2 months away (62 days), ${retros} open retros`, () =>
        occurrencesBetween(rules, ctx, new Date(now.getTime() - 62 * 86_400_000), now, zone),
      ),
      await measure(`settings screen: next of each kind (400 days), ${retros} open retros`, () =>
        upcomingByKind(rules, ctx, now, zone),
      ),
    );
  }
  printTable('Reminders (Europe/Berlin)', results);
}
