/**
 * Calendar audit: aggregation of a full 6-week audit (it reruns on every change to the log) and .ics
 * parsing of a large calendar. Printed, never asserted: wall-clock time depends on the machine.
 */
import { BUILT_IN_CATEGORIES } from '@shared/content/audit';
import { addDays, minutesToClock } from '@shared/domain/audit';
import { summariseAudit } from '@shared/domain/audit-aggregate';
import { burnoutSignals, fitReading } from '@shared/domain/audit-fit';
import { auditCsv } from '@shared/domain/audit-export';
import { parseIcs } from '@shared/domain/ics';
import type { AuditCategory, AuditEntry } from '@shared/types/entities';
import { measure, printTable, type BenchResult } from './harness';

const AUDIT = { startDate: '2026-01-05', weeks: 6 as const };
const CATEGORIES: AuditCategory[] = BUILT_IN_CATEGORIES.map((c, order) => ({
  id: c.key,
  name: c.name,
  lean: c.lean,
  color: c.color,
  order,
  archived: false,
}));

/** A deterministic pseudo-random sequence, so every run measures the same data. */
function lcg(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

export function auditEntries(count: number): AuditEntry[] {
  const random = lcg(42);
  return Array.from({ length: count }, (_, i) => ({
    id: `e${i}`,
    auditId: 'a',
    date: addDays(AUDIT.startDate, Math.floor(random() * 42)),
    startTime: random() < 0.9 ? minutesToClock(7 * 60 + Math.floor(random() * 11 * 60)) : null,
    minutes: 15 + Math.floor(random() * 8) * 15,
    title: `Activity ${i % 120}`,
    categoryId: random() < 0.95 ? (CATEGORIES[Math.floor(random() * CATEGORIES.length)]?.id ?? null) : null,
    energy: random() < 0.85 ? Math.floor(random() * 5) - 2 : null,
    note: '',
    mostImportant: random() < 0.3 ? random() < 0.5 : null,
    delegable: random() < 0.3 ? random() < 0.5 : null,
    importKey: null,
    createdAt: '2026-01-05T08:00:00.000Z',
    updatedAt: '2026-01-05T08:00:00.000Z',
  }));
}

const BERLIN_TZ = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Berlin',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/**
 * A calendar like a busy person's multi-year export: `single` one-off meetings spread over three years,
 * plus `series` weekly and daily series that started up to two years before the audit, some with
 * exceptions and EXDATEs.
 */
export function bigCalendar(single: number, series: number): string {
  const random = lcg(7);
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Growth Ledger bench//EN', ...BERLIN_TZ];
  const stamp = (date: string, minutes: number) =>
    `${date.replaceAll('-', '')}T${minutesToClock(minutes).replace(':', '')}00`;
  for (let i = 0; i < single; i += 1) {
    const date = addDays('2024-06-01', Math.floor(random() * 1_000));
    const start = 8 * 60 + Math.floor(random() * 20) * 30;
    lines.push(
      'BEGIN:VEVENT',
      `UID:single-${i}@bench`,
      `DTSTART;TZID=Europe/Berlin:${stamp(date, start)}`,
      `DTEND;TZID=Europe/Berlin:${stamp(date, start + 30 + Math.floor(random() * 4) * 30)}`,
      `SUMMARY:Meeting ${i} about topic ${i % 37}`,
      'END:VEVENT',
    );
  }
  for (let i = 0; i < series; i += 1) {
    const date = addDays('2024-01-01', Math.floor(random() * 700));
    const start = 9 * 60 + Math.floor(random() * 16) * 30;
    const daily = i % 5 === 0;
    lines.push(
      'BEGIN:VEVENT',
      `UID:series-${i}@bench`,
      `DTSTART;TZID=Europe/Berlin:${stamp(date, start)}`,
      `DTEND;TZID=Europe/Berlin:${stamp(date, start + 30)}`,
      daily ? 'RRULE:FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR' : 'RRULE:FREQ=WEEKLY',
      `EXDATE;TZID=Europe/Berlin:${stamp(addDays(date, 7), start)}`,
      `SUMMARY:${daily ? 'Standup' : '1:1'} series ${i}`,
      'END:VEVENT',
      'BEGIN:VEVENT',
      `UID:series-${i}@bench`,
      `RECURRENCE-ID;TZID=Europe/Berlin:${stamp(addDays(date, 14), start)}`,
      `DTSTART;TZID=Europe/Berlin:${stamp(addDays(date, 15), start)}`,
      `DTEND;TZID=Europe/Berlin:${stamp(addDays(date, 15), start + 45)}`,
      `SUMMARY:Moved ${i}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.join('\r\n');
}

export async function runAuditBench() {
  const entries = auditEntries(2_000);
  printTable('Calendar audit — 6 weeks, 2,000 logged activities', [
    await measure('summarise (hours, energy, weeks, days, heatmap)', () =>
      summariseAudit(AUDIT, entries, CATEGORIES),
    ),
    await measure('summarise + fit reading + burnout signals', () => {
      const summary = summariseAudit(AUDIT, entries, CATEGORIES);
      fitReading(summary, null);
      burnoutSignals(summary);
    }),
    await measure('CSV export', () => auditCsv(entries, CATEGORIES)),
  ]);

  await printAggregationRatios();

  const window = { rangeStart: '2026-01-05', rangeEnd: '2026-02-15', timeZone: 'Europe/Berlin' };
  for (const [single, series] of [
    [500, 40],
    [5_000, 200],
  ] as const) {
    const text = bigCalendar(single, series);
    const result = parseIcs(text, window);
    printTable(
      `.ics import — ${single.toLocaleString('en')} one-off events + ${series} recurring series (${(text.length / 1024 / 1024).toFixed(1)} MB, ${result.occurrences.length} occurrences in a 6-week window)`,
      [await measure('parse + expand + convert time zones', () => parseIcs(text, window), 3_000)],
    );
  }
}

/** Keeps results alive, so the engine cannot drop a loop whose result is unused. */
let sink = 0;

/** `fn` run `times` times per sample: single runs of a few microseconds are below the timer's grain. */
const repeated = (times: number, fn: () => unknown) => () => {
  for (let i = 0; i < times; i += 1) sink += fn() === undefined ? 0 : 1;
};

/**
 * Issue 13's aggregation budget: summarising an audit costs at most 10× one plain pass over the same
 * activities (the floor: read each activity's minutes and energy, sum them). Printed as a ratio of the
 * medians, measured interleaved in the same run.
 */
export async function printAggregationRatios() {
  for (const [count, times] of [
    [1_200, 200],
    [60_000, 4],
  ] as const) {
    // In date order, as the log reads them from the [auditId+date] index.
    const entries = auditEntries(count).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    const plainPass = () => {
      let minutes = 0;
      let energy = 0;
      for (const entry of entries) {
        minutes += entry.minutes;
        if (entry.energy !== null) energy += entry.energy * entry.minutes;
      }
      return minutes + energy;
    };
    const summarise = () => summariseAudit(AUDIT, entries, CATEGORIES);
    const results: BenchResult[] = [];
    // Interleaved rounds, so both sides see the same machine load.
    const rounds: { plain: number[]; summary: number[] } = { plain: [], summary: [] };
    for (let round = 0; round < 5; round += 1) {
      const plain = await measure(`plain pass ×${times}`, repeated(times, plainPass), 300);
      const summary = await measure(`summariseAudit ×${times}`, repeated(times, summarise), 300);
      rounds.plain.push(plain.medianMs);
      rounds.summary.push(summary.medianMs);
      if (round === 4) results.push(plain, summary);
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    const ratio = median(rounds.summary) / median(rounds.plain);
    printTable(
      `Audit aggregation vs one plain pass — ${count.toLocaleString('en')} activities in one 6-week audit`,
      results,
    );
    console.log(`  ratio (median of 5 interleaved rounds): ${ratio.toFixed(1)}× (budget ≤ 10×)`);
  }
  if (sink < 0) console.log(sink);
}

// Run directly: `npx tsx bench/audit.bench.ts`.
if (import.meta.url === `file://${process.argv[1]}`) await runAuditBench();
