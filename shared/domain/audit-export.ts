/**
 * Exports of an audit: CSV with one row per activity, and a Markdown summary. User text is escaped for
 * each format (CSV quoting plus formula guarding; Markdown punctuation and table pipes).
 */
import { LEAN_LABELS } from '../content/audit';
import type { Audit, AuditCategory, AuditEntry, Handover, WeeklyReflection } from '../types/entities';
import { auditEndDate, formatEnergy, formatHours } from './audit';
import { LEAN_BUCKETS, type AuditSummary, type LeanBucket } from './audit-aggregate';
import { burnoutSignals, describeFit, type BurnoutSignal, type FitReading } from './audit-fit';
import { ledgerOrder, ledgerTotals } from './delegation';
import { DEFAULT_FORMAT_PREFS, formatDuration, formatIsoDate, pluralize, type FormatPrefs } from './format';

/** One CSV field: quoted when needed; text that a spreadsheet would run as a formula is defused. */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const guarded = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

const CSV_HEADER = [
  'date',
  'start',
  'minutes',
  'title',
  'category',
  'lean',
  'energy',
  'most_important',
  'delegable',
  'note',
  'source',
];

const yesNo = (value: boolean | null) => (value === null ? null : value ? 'yes' : 'no');

export function auditCsv(
  entries: readonly AuditEntry[],
  categories: readonly Pick<AuditCategory, 'id' | 'name' | 'lean'>[],
): string {
  const byId = new Map(categories.map((c) => [c.id, c]));
  const sorted = [...entries].sort(
    (a, b) =>
      a.date.localeCompare(b.date) ||
      (a.startTime ?? '').localeCompare(b.startTime ?? '') ||
      a.createdAt.localeCompare(b.createdAt),
  );
  const rows = sorted.map((entry) => {
    const category = entry.categoryId ? byId.get(entry.categoryId) : undefined;
    return [
      entry.date,
      entry.startTime,
      entry.minutes,
      entry.title,
      category?.name ?? null,
      category?.lean ?? null,
      entry.energy,
      yesNo(entry.mostImportant),
      yesNo(entry.delegable),
      entry.note || null,
      entry.importKey ? 'calendar' : 'typed',
    ]
      .map(csvField)
      .join(',');
  });
  // CRLF line ends, as RFC 4180 asks and spreadsheets expect.
  return [CSV_HEADER.join(','), ...rows].join('\r\n') + '\r\n';
}

/** Escapes text for Markdown prose and table cells: punctuation that formats, pipes, and line breaks. */
export function escapeMarkdown(text: string): string {
  const inline = text
    .replace(/\r?\n/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>|~]/g, (ch) => `\\${ch}`);
  // Block markers only act at the start of a line: a heading, list item or numbered item.
  return inline.replace(/^[#+-]/, '\\$&').replace(/^(\d+)([.)])/, '$1\\$2');
}

const LEAN_NAMES: Record<LeanBucket, string> = { ...LEAN_LABELS, unassigned: 'No category yet' };

function table(header: string[], rows: string[][], numeric: boolean[]): string[] {
  const align = numeric.map((n) => (n ? '---:' : '---'));
  return [
    `| ${header.join(' | ')} |`,
    `| ${align.join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ];
}

/** One sustainability signal in a sentence, dates and numbers in `locale` (the screen and the export). */
export function describeSignal(signal: BurnoutSignal, locale = DEFAULT_FORMAT_PREFS.locale): string {
  const prefs = { locale };
  const span = `${formatIsoDate(signal.start, prefs, 'dayMonth')} – ${formatIsoDate(signal.end, prefs)}`;
  return signal.kind === 'long-week'
    ? `Week ${signal.weekIndex + 1} (${span}) had ${formatDuration(signal.hours * 60, locale)} logged.`
    : `${signal.days} draining days in a row, ${span} (average energy ${formatEnergy(signal.avgEnergy, locale)}).`;
}

/** One of the audit's handovers, as the export lists it. */
export interface ExportedHandover {
  handover: Pick<
    Handover,
    'id' | 'activity' | 'to' | 'status' | 'followUpOn' | 'doneOn' | 'expectations' | 'outcome' | 'createdAt'
  >;
  /** The time a week the activity took in this audit (shared/domain/delegation.ts, `hoursFreed`). */
  minutesPerWeek: number;
}

/**
 * The "Handovers" section: the time a week already handed over and still being handed over, then each
 * handover in the ledger's order (open ones by follow-up day, then done ones, newest first).
 */
function handoverLines(
  handovers: readonly ExportedHandover[],
  locale: string,
  long: (isoDate: string) => string,
): string[] {
  const perWeek = new Map(handovers.map((h) => [h.handover.id, h.minutesPerWeek]));
  const weekly = (minutes: number) => `${formatDuration(minutes, locale)} a week`;
  const records = handovers.map((h) => h.handover);
  const { freedPerWeek, pendingPerWeek } = ledgerTotals(records, perWeek);
  const { open, done } = ledgerOrder(records);
  const lines = [
    '## Handovers',
    '',
    `${pluralize(handovers.length, 'handover', 'handovers', locale)}: ${weekly(freedPerWeek)} freed so far, ${weekly(pendingPerWeek)} still being handed over.`,
    '',
  ];
  for (const handover of [...open, ...done]) {
    const doneOn = handover.status === 'done' ? handover.doneOn : null;
    lines.push(
      `- ${escapeMarkdown(handover.activity)} → ${escapeMarkdown(handover.to)}: ${doneOn ? `done on ${long(doneOn)}` : 'open'}`,
      `  - Follow-up: ${handover.followUpOn ? long(handover.followUpOn) : 'no day set'}`,
      // Until it is done, the time is only what handing it over would free.
      `  - ${doneOn ? 'Freed' : 'Would free'}: ${weekly(perWeek.get(handover.id) ?? 0)}`,
    );
    if (handover.expectations.trim())
      lines.push(`  - Expectations: ${escapeMarkdown(handover.expectations)}`);
    if (handover.outcome.trim()) lines.push(`  - Outcome: ${escapeMarkdown(handover.outcome)}`);
  }
  lines.push('');
  return lines;
}

export function auditMarkdown(input: {
  audit: Audit;
  summary: AuditSummary;
  fit: FitReading;
  reflections: readonly WeeklyReflection[];
  /** This audit's handovers (the delegation ledger), each with its time a week; none: no section. */
  handovers?: readonly ExportedHandover[];
  /**
   * The reader's locale for the prose: dates in its long form ("1 December 2026"), numbers with its
   * separators. The CSV export keeps ISO dates and plain numbers, for spreadsheets.
   */
  prefs?: FormatPrefs;
}): string {
  const { audit, summary, fit } = input;
  const prefs = input.prefs ?? DEFAULT_FORMAT_PREFS;
  const { locale } = prefs;
  const long = (isoDate: string) => formatIsoDate(isoDate, prefs, 'long');
  const hoursOf = (minutes: number) => formatHours(minutes, locale);
  const energy = (value: number | null) => formatEnergy(value, locale);
  const lines: string[] = [];
  lines.push(`# Calendar audit, ${long(audit.startDate)} to ${long(auditEndDate(audit))}`, '');
  lines.push(
    `${audit.weeks} weeks · ${formatDuration(summary.total.minutes, locale)} logged in ${pluralize(summary.total.count, 'activity', 'activities', locale)} · average energy ${energy(summary.total.avgEnergy)} (−2 drained … +2 energised)`,
    '',
  );

  const reading = describeFit(fit, locale);
  lines.push('## Fit reading', '', escapeMarkdown(reading.headline), '');
  for (const detail of reading.details) lines.push(`- ${escapeMarkdown(detail)}`);
  lines.push('');

  lines.push('## By lean', '');
  lines.push(
    ...table(
      ['Lean', 'Hours', 'Average energy'],
      LEAN_BUCKETS.filter((lean) => summary.byLean[lean].count > 0).map((lean) => [
        LEAN_NAMES[lean],
        hoursOf(summary.byLean[lean].minutes),
        energy(summary.byLean[lean].avgEnergy),
      ]),
      [false, true, true],
    ),
    '',
  );

  lines.push('## By category', '');
  lines.push(
    ...table(
      ['Category', 'Lean', 'Hours', 'Average energy'],
      summary.byCategory.map((row) => [
        escapeMarkdown(row.name),
        LEAN_NAMES[row.lean],
        hoursOf(row.minutes),
        energy(row.avgEnergy),
      ]),
      [false, false, true, true],
    ),
    '',
  );

  lines.push('## By week', '');
  lines.push(
    ...table(
      ['Week', 'Dates', 'Hours', 'Staff-leaning h', 'EM-leaning h', 'Average energy'],
      summary.weeks.map((week) => [
        String(week.index + 1),
        `${long(week.start)} – ${long(week.end)}`,
        hoursOf(week.minutes),
        hoursOf(week.byLean.staff.minutes),
        hoursOf(week.byLean.em.minutes),
        energy(week.avgEnergy),
      ]),
      [true, false, true, true, true, true],
    ),
    '',
  );

  lines.push('## Delegation and priorities', '');
  lines.push(`- Could have been done by someone else: ${formatDuration(summary.delegableMinutes, locale)}`);
  lines.push(
    `- Not the most important thing at the time: ${formatDuration(summary.notMostImportantMinutes, locale)}`,
  );
  lines.push('');

  // What became of that time: the work actually handed over, right after how much could have been.
  if (input.handovers && input.handovers.length > 0)
    lines.push(...handoverLines(input.handovers, locale, long));

  const signals = burnoutSignals(summary);
  lines.push('## Sustainability', '');
  if (signals.length === 0) lines.push('No long weeks or runs of draining days.');
  for (const signal of signals) lines.push(`- ${escapeMarkdown(describeSignal(signal, locale))}`);
  lines.push('');

  const withIntentions = [...input.reflections]
    .filter((r) => r.intentions.trim())
    .sort((a, b) => a.weekStart.localeCompare(b.weekStart));
  if (withIntentions.length > 0) {
    lines.push('## Intentions from the weekly reflections', '');
    for (const reflection of withIntentions) {
      lines.push(`- Week of ${long(reflection.weekStart)}: ${escapeMarkdown(reflection.intentions)}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
