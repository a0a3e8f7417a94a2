import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  categorySlug,
  formatDuration,
  formatQuickEntry,
  matchCategoryTag,
  parseDuration,
  parseQuickEntry,
  withDefaults,
  type QuickEntry,
} from '@shared/domain/audit-quick';
import { auditCsv, auditMarkdown, csvField, escapeMarkdown } from '@shared/domain/audit-export';
import { summariseAudit } from '@shared/domain/audit-aggregate';
import { fitReading } from '@shared/domain/audit-fit';
import { minutesToClock } from '@shared/domain/audit';
import type { Audit, AuditCategory, AuditEntry } from '@shared/types/entities';
import { auditEntry } from '../support/journal-fixtures';

const category = (id: string, name: string, order: number, archived = false): AuditCategory => ({
  id,
  name,
  lean: 'neutral',
  color: '#000000',
  order,
  archived,
});
const CATS = [
  category('design', 'Design & architecture reviews', 0),
  category('rfc', 'RFCs & strategy writing', 1),
  category('one', '1:1s & coaching', 2),
  category('plan', 'Planning, roadmaps & staffing', 3),
  category('old', 'Design sprints', 4, true),
];

describe('quick-entry parsing', () => {
  it('reads the example line', () => {
    expect(parseQuickEntry('Design review 45m #reviews +1', CATS)).toEqual({
      ok: true,
      value: { title: 'Design review', minutes: 45, startTime: null, categoryId: 'design', energy: 1 },
    });
  });

  it('takes tokens in any order at the end, and keeps earlier numbers in the title', () => {
    expect(parseQuickEntry('Sprint 2 planning -1 @9:05 1h30 #plan', CATS)).toEqual({
      ok: true,
      value: { title: 'Sprint 2 planning', minutes: 90, startTime: '09:05', categoryId: 'plan', energy: -1 },
    });
    expect(parseQuickEntry('Fix +1 bug in #42 parser', CATS)).toMatchObject({
      ok: true,
      value: { title: 'Fix +1 bug in #42 parser', minutes: null, categoryId: null },
    });
    expect(parseQuickEntry('  Email   ', CATS)).toMatchObject({ ok: true, value: { title: 'Email' } });
  });

  it('reads every duration form and energy form', () => {
    expect([...['45m', '90min', '1h', '1h30', '1h30m', '1.5h', '2h05', '0,5h']].map(parseDuration)).toEqual([
      45, 90, 60, 90, 90, 90, 125, 30,
    ]);
    expect(parseDuration('1x')).toBeNull();
    const energy = (token: string) => {
      const r = parseQuickEntry(`Thing ${token}`, CATS);
      return r.ok ? r.value.energy : r.error;
    };
    expect(['+2', '+1', '+0', '±0', '-0', '-1', '−2'].map(energy)).toEqual([2, 1, 0, 0, 0, -1, -2]);
    expect(energy('+3')).toBeNull(); // not a token: stays in the title
    expect(energy('2')).toBeNull();
  });

  it('matches #tags by slug, then prefix, then a word of the name, skipping archived categories', () => {
    expect(matchCategoryTag('design-architecture-reviews', CATS)?.id).toBe('design');
    expect(matchCategoryTag('Des', CATS)?.id).toBe('design');
    expect(matchCategoryTag('strategy', CATS)?.id).toBe('rfc');
    expect(matchCategoryTag('1:1', CATS)?.id).toBe('one');
    expect(matchCategoryTag('sprints', CATS)).toBeNull();
    expect(categorySlug('1:1s & coaching')).toBe('1:1s-coaching');
  });

  it('explains what is wrong with a line', () => {
    expect(parseQuickEntry('Coffee 30m #nothing', CATS)).toEqual({
      ok: false,
      error: 'No category matches “#nothing”.',
    });
    const error = (line: string) => {
      const result = parseQuickEntry(line, CATS);
      return result.ok ? 'parsed' : result.error;
    };
    expect(error('Review 1h 30m')).toMatch(/one duration/);
    expect(error('Review 2000m')).toMatch(/24 hours/);
    expect(parseQuickEntry('x'.repeat(201), CATS)).toMatchObject({ ok: false });
  });

  it('fills what is missing from the last entry, never the energy', () => {
    const parsed: QuickEntry = {
      title: 'Email',
      minutes: null,
      startTime: null,
      categoryId: null,
      energy: null,
    };
    const last = { date: '2026-01-05', startTime: '09:00', minutes: 45, categoryId: 'rfc' };
    expect(withDefaults(parsed, '2026-01-05', last)).toEqual({
      title: 'Email',
      minutes: 45,
      startTime: '09:45',
      categoryId: 'rfc',
      energy: null,
    });
    expect(withDefaults(parsed, '2026-01-06', last).startTime).toBeNull();
    expect(withDefaults({ ...parsed, minutes: 10, categoryId: 'one' }, '2026-01-05', null)).toMatchObject({
      minutes: 10,
      categoryId: 'one',
      startTime: null,
    });
    expect(withDefaults(parsed, '2026-01-05', null).minutes).toBe(30);
    // No chaining past midnight.
    expect(withDefaults(parsed, '2026-01-05', { ...last, startTime: '23:30' }).startTime).toBeNull();
  });

  it('property: formatting an entry and parsing the line gives the entry back', () => {
    const word = fc.stringMatching(/^[A-Za-z][A-Za-z0-9:'/.,&-]{0,10}$/);
    const title = fc
      .array(word, { minLength: 1, maxLength: 5 })
      .map((words) => words.join(' '))
      // A title whose last word reads as a token would lose it: the grammar says tokens end the line.
      .filter(
        (t) =>
          parseQuickEntry(t, CATS).ok &&
          (parseQuickEntry(t, CATS) as { value: QuickEntry }).value.title === t,
      );
    const entryArb = fc.record({
      title,
      minutes: fc.option(fc.integer({ min: 1, max: 1440 }), { nil: null }),
      startTime: fc.option(fc.integer({ min: 0, max: 1439 }).map(minutesToClock), { nil: null }),
      categoryId: fc.constantFrom(null, 'design', 'rfc', 'one', 'plan'),
      energy: fc.option(fc.integer({ min: -2, max: 2 }), { nil: null }),
    });
    fc.assert(
      fc.property(entryArb, (entry) => {
        expect(parseQuickEntry(formatQuickEntry(entry, CATS), CATS)).toEqual({ ok: true, value: entry });
      }),
    );
    expect(formatDuration(90)).toBe('1h30');
  });
});

describe('exports', () => {
  const audit: Audit = {
    id: 'a',
    startDate: '2026-01-05',
    weeks: 4,
    status: 'active',
    createdAt: '2026-01-05T08:00:00.000Z',
    updatedAt: '2026-01-05T08:00:00.000Z',
  };
  const row = (over: Partial<AuditEntry>): AuditEntry =>
    auditEntry({
      id: 'e',
      startTime: '09:00',
      minutes: 60,
      title: 'Thing',
      categoryId: 'design',
      energy: 1,
      createdAt: '2026-01-05T08:00:00.000Z',
      updatedAt: '2026-01-05T08:00:00.000Z',
      ...over,
    });

  it('quotes CSV fields and defuses formulas', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, "b"')).toBe('"a, ""b"""');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('-1 day')).toBe("'-1 day");
    expect(csvField(-1)).toBe('-1');
    expect(csvField(null)).toBe('');
  });

  it('writes one CSV row per activity, in time order', () => {
    const csv = auditCsv(
      [
        row({ id: '2', date: '2026-01-06', title: 'Later, with comma', energy: -2, delegable: true }),
        row({ id: '1', title: '=cmd', categoryId: null, energy: null, importKey: 'k', note: 'said "hi"' }),
      ],
      CATS,
    );
    expect(csv.split('\r\n')).toEqual([
      'date,start,minutes,title,category,lean,energy,most_important,delegable,note,source',
      '2026-01-05,09:00,60,\'=cmd,,,,,,"said ""hi""",calendar',
      '2026-01-06,09:00,60,"Later, with comma",Design & architecture reviews,neutral,-2,,yes,,typed',
      '',
    ]);
  });

  it('escapes user text in Markdown', () => {
    expect(escapeMarkdown('# not a heading')).toBe('\\# not a heading');
    expect(escapeMarkdown('a | b *c* [x](y)')).toBe('a \\| b \\*c\\* \\[x\\](y)');
    expect(escapeMarkdown('1. first\nsecond')).toBe('1\\. first second');
    expect(escapeMarkdown('<script>')).toBe('\\<script\\>');
  });

  it('summarises the audit in Markdown with the fit reading and intentions', () => {
    const entries = [row({ title: 'Review | RFC' })];
    const categories = [{ ...CATS[0]!, name: 'Design | *reviews*' }];
    const summary = summariseAudit(audit, entries, categories);
    const md = auditMarkdown({
      audit,
      summary,
      fit: fitReading(summary, null),
      reflections: [
        {
          id: 'r',
          auditId: 'a',
          weekStart: '2026-01-05',
          items: [],
          intentions: 'Delegate the *status* report',
          createdAt: '2026-01-11T08:00:00.000Z',
          updatedAt: '2026-01-11T08:00:00.000Z',
        },
      ],
    });
    expect(md).toContain('# Calendar audit, 2026-01-05 to 2026-02-01');
    expect(md).toContain('Not enough data for a fit reading yet.');
    expect(md).toContain('| Design \\| \\*reviews\\* | Neutral | 1 | +1.0 |');
    expect(md).toContain('- Week of 2026-01-05: Delegate the \\*status\\* report');
    expect(md).toContain('No long weeks or runs of draining days.');
  });
});
