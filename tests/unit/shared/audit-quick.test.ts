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
  entryDate,
  type DayToken,
  type KeywordRules,
  type QuickEntry,
} from '@shared/domain/audit-quick';
import { auditCsv, auditMarkdown, csvField, escapeMarkdown } from '@shared/domain/audit-export';
import { summariseAudit } from '@shared/domain/audit-aggregate';
import { fitReading } from '@shared/domain/audit-fit';
import { minutesToClock } from '@shared/domain/audit';
import type { Audit, AuditCategory, AuditEntry, CategoryRule } from '@shared/types/entities';
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
      value: {
        title: 'Design review',
        day: null,
        minutes: 45,
        startTime: null,
        categoryId: 'design',
        energy: 1,
        mostImportant: null,
        delegable: null,
      },
    });
  });

  it('takes tokens in any order at the end, and keeps earlier numbers in the title', () => {
    expect(parseQuickEntry('Sprint 2 planning -1 @9:05 1h30 #plan', CATS)).toEqual({
      ok: true,
      value: {
        title: 'Sprint 2 planning',
        day: null,
        minutes: 90,
        startTime: '09:05',
        categoryId: 'plan',
        energy: -1,
        mostImportant: null,
        delegable: null,
      },
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

  it('fills what is missing from the last entry, never the energy or the flags', () => {
    const parsed: QuickEntry = {
      title: 'Email',
      day: null,
      minutes: null,
      startTime: null,
      categoryId: null,
      energy: null,
      mostImportant: null,
      delegable: null,
    };
    const last = { date: '2026-01-05', startTime: '09:00', minutes: 45, categoryId: 'rfc' };
    expect(withDefaults(parsed, '2026-01-05', last)).toEqual({
      title: 'Email',
      minutes: 45,
      startTime: '09:45',
      categoryId: 'rfc',
      energy: null,
      mostImportant: null,
      delegable: null,
      categoryFrom: { kind: 'last' },
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
      day: fc.option(
        fc.oneof(
          fc.integer({ min: 1, max: 99 }).map((days): DayToken => ({ kind: 'ago', days })),
          fc.integer({ min: 0, max: 6 }).map((weekday): DayToken => ({ kind: 'weekday', weekday })),
        ),
        { nil: null },
      ),
      minutes: fc.option(fc.integer({ min: 1, max: 1440 }), { nil: null }),
      startTime: fc.option(fc.integer({ min: 0, max: 1439 }).map(minutesToClock), { nil: null }),
      categoryId: fc.constantFrom(null, 'design', 'rfc', 'one', 'plan'),
      energy: fc.option(fc.integer({ min: -2, max: 2 }), { nil: null }),
      mostImportant: fc.constantFrom(true as const, null),
      delegable: fc.constantFrom(true as const, null),
    });
    fc.assert(
      fc.property(entryArb, (entry) => {
        expect(parseQuickEntry(formatQuickEntry(entry, CATS), CATS)).toEqual({ ok: true, value: entry });
      }),
    );
    expect(formatDuration(90)).toBe('1h30');
  });

  it('property: a signed energy outside −2…+2 is refused, never kept in the title unasked', () => {
    const outside = fc
      .tuple(fc.constantFrom('+', '-', '−'), fc.integer({ min: 3, max: 99 }))
      .map(([sign, n]) => `${sign}${n}`);
    const tokens = fc.subarray(['45m', '#rfc', '@9:30', '!', '~'], { minLength: 0, maxLength: 5 });
    fc.assert(
      fc.property(outside, tokens, fc.nat(5), (energy, rest, at) => {
        const after = [...rest];
        after.splice(Math.min(at, after.length), 0, energy);
        const line = `Design review ${after.join(' ')}`;
        const result = parseQuickEntry(line, CATS);
        expect(result.ok).toBe(false);
        if (result.ok) return;
        expect(result.error).toContain(`“${energy}”`);
        // The confirmed reading keeps the number in the title, visibly.
        expect(result.suspect?.token).toBe(energy);
        expect(result.suspect?.kept.title).toContain(energy);
      }),
    );
  });
});

describe('quick-entry flags', () => {
  const parse = (line: string) => {
    const result = parseQuickEntry(line, CATS);
    return result.ok ? result.value : result.error;
  };

  it('reads ! as "the most important thing" and ~ as "someone else could do it", in any order', () => {
    expect(parse('1:1 Sam 30m +1 !')).toMatchObject({
      title: '1:1 Sam',
      minutes: 30,
      energy: 1,
      mostImportant: true,
      delegable: null,
    });
    expect(parse('Status report ~ 1h #rfc -1')).toMatchObject({
      title: 'Status report',
      mostImportant: null,
      delegable: true,
      categoryId: 'rfc',
    });
    expect(parse('Hiring call ! ~')).toMatchObject({
      title: 'Hiring call',
      mostImportant: true,
      delegable: true,
    });
  });

  it('keeps ! and ~ inside words and in the middle of the title', () => {
    expect(parse('Ship it! 1h')).toMatchObject({ title: 'Ship it!', mostImportant: null });
    expect(parse('Ask ~ Lee 30m')).toMatchObject({ title: 'Ask ~ Lee', delegable: null });
    expect(parse('! 30m')).toMatchObject({ title: '!', mostImportant: null });
  });

  it('refuses a flag given twice', () => {
    expect(parse('Review ! 1h !')).toMatch(/Give only one “most important” flag/);
    expect(parse('Review ~ ~')).toMatch(/Give only one “someone else could do it” flag/);
  });

  it('writes the flags back into the line', () => {
    expect(
      formatQuickEntry(
        {
          title: 'Review',
          day: null,
          minutes: 60,
          startTime: null,
          categoryId: null,
          energy: 1,
          mostImportant: true,
          delegable: true,
        },
        CATS,
      ),
    ).toBe('Review 1h +1 ! ~');
  });
});

describe('numbers that look like a misplaced energy', () => {
  const result = (line: string) => parseQuickEntry(line, CATS);

  it('refuses an energy above +2, and offers the line with it kept in the title', () => {
    const parsed = result('Design review 45m #design +3');
    expect(parsed).toMatchObject({
      ok: false,
      error:
        'Energy goes from -2 to +2, so “+3” is not one: change it (for example to +2 or -2), or press Enter again to keep “+3” in the title.',
      suspect: { token: '+3', kept: { title: 'Design review 45m #design +3', energy: null } },
    });
  });

  it('refuses an energy below -2, and ±1', () => {
    expect(result('Incident 1h -5')).toMatchObject({ ok: false, suspect: { token: '-5' } });
    expect(result('Incident -5 1h')).toMatchObject({
      ok: false,
      suspect: { token: '-5', kept: { minutes: 60 } },
    });
    expect(result('Incident 1h ±1')).toMatchObject({ ok: false, suspect: { token: '±1' } });
  });

  it('refuses a bare digit at the end of the line (an energy without its sign)', () => {
    expect(result('Design review 45m #design 2')).toMatchObject({
      ok: false,
      error:
        '“2” looks like an energy without its sign: write +2 or -2, or press Enter again to keep “2” in the title.',
      suspect: { token: '2', kept: { title: 'Design review 45m #design 2' } },
    });
    expect(result('Sprint 2')).toMatchObject({
      ok: false,
      suspect: { token: '2', kept: { title: 'Sprint 2' } },
    });
    expect(result('Hiring loop 1h 7')).toMatchObject({
      ok: false,
      error:
        '“7” looks like an energy, but energy goes from -2 to +2 with a sign (like +1): fix it, or press Enter again to keep “7” in the title.',
    });
  });

  it('refuses a bare digit right after a token, which would swallow that token into the title', () => {
    expect(result('Review 45m 2 #design')).toMatchObject({
      ok: false,
      suspect: { token: '2', kept: { title: 'Review 45m 2', categoryId: 'design' } },
    });
  });

  it('keeps numbers inside the title, which are not misplaced tokens', () => {
    for (const [line, title] of [
      ['Sprint 2 planning 1h', 'Sprint 2 planning'],
      ['Sprint 2 1h #plan', 'Sprint 2'],
      ['Top 5 risks 30m +1', 'Top 5 risks'],
      ['Room 12', 'Room 12'],
      ['Fix +3 bug 1h', 'Fix +3 bug'],
      ['Q3 roadmap 2h -1', 'Q3 roadmap'],
      ['2', '2'],
    ] as const) {
      expect(result(line)).toMatchObject({ ok: true, value: { title } });
    }
  });

  it('does not offer to keep the number when the line has another problem too', () => {
    const parsed = result('Lunch 1h 3 #food');
    expect(parsed).toMatchObject({ ok: false });
    expect(parsed).not.toHaveProperty('suspect');
  });
});

describe('quick-entry category from the keyword rules', () => {
  const rule = (id: string, keyword: string, categoryId: string, order: number): CategoryRule => ({
    id,
    keyword,
    categoryId,
    order,
  });
  const ALL = [...CATS, category('admin', 'Admin & chores', 5)];
  const keywords: KeywordRules = {
    rules: [
      rule('r1', '1:1', 'one', 0),
      rule('r2', 'design review', 'design', 1),
      rule('r3', 'sprint', 'old', 2),
    ],
    categories: ALL,
  };
  const resolve = (line: string, last: Parameters<typeof withDefaults>[2]) => {
    const parsed = parseQuickEntry(line, ALL);
    if (!parsed.ok) throw new Error(parsed.error);
    return withDefaults(parsed.value, '2026-01-05', last, keywords);
  };
  const afterAdmin = { date: '2026-01-05', startTime: null, minutes: 30, categoryId: 'admin' };

  it('files “1:1 with Sam” after an admin entry under the 1:1 rule, not the inherited category', () => {
    const first = resolve('On-call handover 30m #admin -1', null);
    expect(first).toMatchObject({ categoryId: 'admin', categoryFrom: { kind: 'tag' } });
    expect(resolve('1:1 with Sam 30m +1', afterAdmin)).toMatchObject({
      categoryId: 'one',
      energy: 1,
      categoryFrom: { kind: 'rule', rule: { keyword: '1:1' } },
    });
  });

  it('lets an explicit #category beat a rule match', () => {
    expect(resolve('1:1 prep 15m #admin', afterAdmin)).toMatchObject({
      categoryId: 'admin',
      categoryFrom: { kind: 'tag' },
    });
  });

  it('falls back to the last entry when no rule matches, and skips rules to archived categories', () => {
    expect(resolve('Expenses 15m', afterAdmin)).toMatchObject({
      categoryId: 'admin',
      categoryFrom: { kind: 'last' },
    });
    expect(resolve('Sprint review 15m', afterAdmin)).toMatchObject({ categoryFrom: { kind: 'last' } });
    expect(resolve('Expenses 15m', null)).toMatchObject({ categoryId: null, categoryFrom: { kind: 'none' } });
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
    // Prose reads the locale's long dates (en-GB unless given); the CSV keeps ISO dates.
    expect(md).toContain('# Calendar audit, 5 January 2026 to 1 February 2026');
    expect(md).toContain('Not enough data for a fit reading yet.');
    expect(md).toContain('| Design \\| \\*reviews\\* | Neutral | 1 | +1.0 |');
    expect(md).toContain('- Week of 5 January 2026: Delegate the \\*status\\* report');
    expect(md).toContain('No long weeks or runs of draining days.');
  });
});

describe('quick-entry day tokens', () => {
  const AUDIT = { startDate: '2026-01-05', weeks: 4 as const };
  const TODAY = '2026-01-15'; // a Thursday in the audit's second week
  const dayOf = (line: string) => {
    const parsed = parseQuickEntry(line, CATS);
    if (!parsed.ok) throw new Error(parsed.error);
    return entryDate(parsed.value.day, '2026-01-12', TODAY, AUDIT);
  };

  it('puts an entry on yesterday, some days back, or the latest weekday, counted from today', () => {
    expect(dayOf('Review 1h yesterday +1')).toEqual({ ok: true, date: '2026-01-14' });
    expect(dayOf('Review 1h -3d')).toEqual({ ok: true, date: '2026-01-12' });
    expect(dayOf('Review mon 1h')).toEqual({ ok: true, date: '2026-01-12' });
    expect(dayOf('Review 1h Thu')).toEqual({ ok: true, date: '2026-01-15' });
    expect(dayOf('Review 1h fri')).toEqual({ ok: true, date: '2026-01-09' });
    // Without a day token the entry goes on the day shown.
    expect(dayOf('Review 1h')).toEqual({ ok: true, date: '2026-01-12' });
  });

  it('refuses a day outside the audit, and says which days it holds', () => {
    expect(dayOf('Review 1h -11d')).toEqual({
      ok: false,
      error:
        '“-11d” is 2026-01-04, outside this audit (2026-01-05 to 2026-02-01): pick a day in the audit, or leave the day out to log on the day shown.',
    });
  });

  it('keeps day words inside the title, and refuses two days', () => {
    expect(parseQuickEntry('Planning for mon with Sam 1h', CATS)).toMatchObject({
      ok: true,
      value: { title: 'Planning for mon with Sam', day: null },
    });
    expect(parseQuickEntry('Review yesterday mon', CATS)).toMatchObject({
      ok: false,
      error: 'Give only one day (found “yesterday” as well).',
    });
  });
});
