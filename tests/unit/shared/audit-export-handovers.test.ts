/**
 * The audit's Markdown export and its handovers (issue 17): what the audit found someone else could do,
 * and what was actually handed over, in one document. The hours a week come from the audit's own log
 * (shared/domain/delegation.ts, `hoursFreed`), as the ledger shows them.
 */
import { describe, expect, it } from 'vitest';
import { auditMarkdown, type ExportedHandover } from '@shared/domain/audit-export';
import { summariseAudit } from '@shared/domain/audit-aggregate';
import { fitReading } from '@shared/domain/audit-fit';
import { hoursFreed } from '@shared/domain/delegation';
import type { Handover } from '@shared/types/entities';
import { audit as auditOf, auditEntry, handover as handoverRecord } from '../support/journal-fixtures';

const audit = auditOf({ status: 'finished' });
const entries = [
  auditEntry({ id: 'e1', date: '2026-01-05', minutes: 60, title: 'Release notes', delegable: true }),
  auditEntry({ id: 'e2', date: '2026-01-12', minutes: 60, title: 'release notes ', delegable: true }),
  auditEntry({ id: 'e3', date: '2026-01-06', minutes: 240, title: 'On-call triage', delegable: true }),
  auditEntry({ id: 'e4', date: '2026-01-07', minutes: 120, title: 'Design review' }),
];

function handover(over: Partial<Handover>): Handover {
  const stamp = '2026-01-14T09:00:00.000Z';
  const base = { auditId: audit.id, to: 'Mei', expectations: '', followUpOn: null };
  return handoverRecord({ ...base, createdAt: stamp, updatedAt: stamp, ...over });
}

/** Each handover with its time a week in the audit, as the audit screen passes them. */
const withHours = (handovers: Handover[]): ExportedHandover[] =>
  handovers.map((h) => ({
    handover: h,
    minutesPerWeek: hoursFreed(audit, entries, h.activity, '2026-02-10').minutesPerWeek,
  }));

function markdown(handovers?: ExportedHandover[], locale = 'en-GB'): string {
  const summary = summariseAudit(audit, entries, []);
  return auditMarkdown({
    audit,
    summary,
    fit: fitReading(summary, null),
    reflections: [],
    ...(handovers ? { handovers } : {}),
    prefs: { locale },
  });
}

/** The lines of the Handovers section, up to the next section. */
function section(md: string): string[] {
  const lines = md.split('\n');
  const start = lines.indexOf('## Handovers');
  if (start < 0) return [];
  const end = lines.findIndex((line, at) => at > start && line.startsWith('## '));
  return lines.slice(start, end < 0 ? undefined : end);
}

describe('the audit export and its handovers', () => {
  it('has no Handovers section when nothing was handed over (or none are passed)', () => {
    expect(section(markdown())).toEqual([]);
    expect(section(markdown([]))).toEqual([]);
  });

  it('lists each handover: who took it, its state, follow-up, time a week, expectations and outcome', () => {
    const md = markdown(
      withHours([
        handover({
          id: 'h1',
          activity: 'Release notes',
          to: 'Mei',
          expectations: 'Writes them;\nI read them before they go out.',
          followUpOn: '2026-01-28',
          status: 'done',
          outcome: 'Mei owns them *now*.',
          doneOn: '2026-01-30',
        }),
        handover({
          id: 'h2',
          activity: 'On-call triage',
          to: 'Kofi | Ana',
          followUpOn: '2026-02-04',
        }),
      ]),
    );
    expect(section(md)).toEqual([
      '## Handovers',
      '',
      '2 handovers: 30 min a week freed so far, 1 h a week still being handed over.',
      '',
      // Open first, by follow-up day; then the done ones.
      '- On-call triage → Kofi \\| Ana: open',
      '  - Follow-up: 4 February 2026',
      '  - Would free: 1 h a week',
      '- Release notes → Mei: done on 30 January 2026',
      '  - Follow-up: 28 January 2026',
      '  - Freed: 30 min a week',
      '  - Expectations: Writes them; I read them before they go out.',
      '  - Outcome: Mei owns them \\*now\\*.',
      '',
    ]);
    // Right after how much time could have been handed over, before the sustainability signals.
    expect(md.indexOf('## Delegation and priorities')).toBeLessThan(md.indexOf('## Handovers'));
    expect(md.indexOf('## Handovers')).toBeLessThan(md.indexOf('## Sustainability'));
  });

  it('says when no follow-up day is set, and counts an activity the log no longer has as no time', () => {
    const lines = section(
      markdown([{ handover: handover({ activity: 'Renamed since' }), minutesPerWeek: 0 }]),
    );
    expect(lines).toContain('1 handover: 0 min a week freed so far, 0 min a week still being handed over.');
    expect(lines).toContain('  - Follow-up: no day set');
    expect(lines).toContain('  - Would free: 0 min a week');
    expect(lines.some((line) => line.includes('Expectations') || line.includes('Outcome'))).toBe(false);
  });

  it('writes dates and durations in the reader’s locale', () => {
    const lines = section(
      markdown(
        [
          {
            handover: handover({ followUpOn: '2026-01-28', status: 'done', doneOn: '2026-01-30' }),
            minutesPerWeek: 90,
          },
        ],
        'de-DE',
      ),
    );
    expect(lines).toContain('- Release notes → Mei: done on 30. Januar 2026');
    expect(lines).toContain('  - Follow-up: 28. Januar 2026');
    expect(lines).toContain('  - Freed: 1 h 30 min a week');
  });
});
