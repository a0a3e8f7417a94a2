import { describe, expect, it } from 'vitest';
import { auditCsv, auditMarkdown } from '@shared/domain/audit-export';
import { summariseAudit } from '@shared/domain/audit-aggregate';
import { fitReading } from '@shared/domain/audit-fit';
import { feedbackLogMarkdown, mdDate } from '@shared/domain/markdown';
import type { Audit, AuditCategory } from '@shared/types/entities';
import { auditEntry } from '../support/journal-fixtures';

/**
 * Issue 16: exports carry ISO dates and plain numbers in data (CSV, for spreadsheets) and the reader's
 * long dates, separators and durations in prose (Markdown), whatever locale the app runs in.
 */
const audit: Audit = {
  id: 'a',
  startDate: '2026-11-30',
  weeks: 4,
  status: 'active',
  createdAt: '2026-11-30T08:00:00.000Z',
  updatedAt: '2026-11-30T08:00:00.000Z',
};
const categories: AuditCategory[] = [
  { id: 'design', name: 'Design reviews', lean: 'staff', color: '#000000', order: 0, archived: false },
];
const entries = [
  auditEntry({
    id: 'e1',
    date: '2026-11-30',
    startTime: '17:30',
    minutes: 45,
    categoryId: 'design',
    energy: 1,
  }),
  auditEntry({
    id: 'e2',
    date: '2026-12-01',
    startTime: '09:00',
    minutes: 90,
    categoryId: 'design',
    energy: 2,
  }),
];

function markdownIn(locale: string): string {
  const summary = summariseAudit(audit, entries, categories);
  return auditMarkdown({
    audit,
    summary,
    fit: fitReading(summary, null),
    reflections: [],
    prefs: { locale },
  });
}

describe('audit exports and the locale', () => {
  it('keeps ISO dates, 24-hour times and plain minutes in the CSV', () => {
    const rows = auditCsv(entries, categories).split('\r\n');
    expect(rows[1]).toMatch(/^2026-11-30,17:30,45,/);
    expect(rows[2]).toMatch(/^2026-12-01,09:00,90,/);
  });

  it('writes long dates and durations in the Markdown of en-US, en-GB and de-DE', () => {
    const us = markdownIn('en-US');
    expect(us).toContain('# Calendar audit, November 30, 2026 to December 27, 2026');
    expect(us).toContain('4 weeks · 2 h 15 min logged in 2 activities · average energy +1.7');
    expect(us).toContain('| Staff-leaning | 2.3 | +1.7 |');

    const gb = markdownIn('en-GB');
    expect(gb).toContain('# Calendar audit, 30 November 2026 to 27 December 2026');

    const de = markdownIn('de-DE');
    expect(de).toContain('# Calendar audit, 30. November 2026 to 27. Dezember 2026');
    expect(de).toContain('2 h 15 min logged in 2 activities · average energy +1,7');
    expect(de).toContain('| Staff-leaning | 2,3 | +1,7 |');
    // Never the ISO form in prose.
    expect(de).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it('writes long dates in the journal documents', () => {
    expect(mdDate('2026-12-01', 'en-US')).toBe('December 1, 2026');
    expect(mdDate('2026-12-01')).toBe('1 December 2026');
    const md = feedbackLogMarkdown({
      feedback: [],
      competencyNames: new Map(),
      exportedOn: '2026-12-01',
      locale: 'de-DE',
    });
    expect(md).toContain('exported 1. Dezember 2026');
  });
});
