import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bragDocumentMarkdown,
  feedbackLogMarkdown,
  growthPlanMarkdown,
  markdownFileName,
  mdBlock,
  mdCell,
  mdInline,
  mdLink,
  retroMarkdown,
} from '@shared/domain/markdown';
import { exportFileNameSchema } from '@shared/ipc/contract';
import type { EvidenceEntry, Tagged } from '@shared/domain/evidence-links';
import type {
  Action,
  BragEntry,
  Feedback,
  PromotionItem,
  Retro,
  SkillSnapshot,
} from '@shared/types/entities';
import {
  brag as bragRecord,
  competency,
  feedback as feedbackRecord,
  framework,
  retro as retroRecord,
  withTags,
  buyIn,
  managerAnswer,
  project,
} from '../support/journal-fixtures';
import { runs } from '../support/property';

// Journal records as the exports get them: with the competencies they count as evidence for.
const brag = ({ competencyIds = [], ...over }: Partial<Tagged<BragEntry>> = {}) =>
  withTags(bragRecord(over), competencyIds);
const retro = ({ competencyIds = [], ...over }: Partial<Tagged<Retro>> = {}) =>
  withTags(retroRecord(over), competencyIds);
const feedback = ({ competencyIds = [], ...over }: Partial<Tagged<Feedback>> = {}) =>
  withTags(feedbackRecord(over), competencyIds);

/** The text with every backslash escape removed: what is left is syntax the renderer would act on. */
const unescaped = (md: string) => md.replace(/\\[\s\S]/g, '');

/** A line that would start a Markdown block structure (heading, quote, list, code, rule, HTML, table). */
const STRUCTURAL_START = /^( {4}|\t|#|>|[-+*] |\d+[.)]|```|~~~|<|=+$|-{3,}$|\|)/;

const HOSTILE = [
  '# I am a heading',
  '## Impact',
  '> quoted',
  '- fake list item',
  '* star item',
  '+ plus item',
  '1. ordered',
  '2) ordered too',
  '    indented code',
  '\tmore code',
  '```js',
  'alert(1)',
  '```',
  '---',
  '===',
  '| a | b |',
  '| --- | --- |',
  '<script>alert("x")</script>',
  '<img src=x onerror=alert(1)>',
  '<!-- comment -->',
  '`code` and **bold** and _em_ and [link](javascript:alert(1)) and ![img](x)',
  '&lt; already an entity',
  'back\\slash at the end\\',
  'C# and F# and pipes | inside',
].join('\n');

function assertInertBlock(md: string) {
  for (const line of md.split('\n')) {
    expect(line, `line starts a structure: ${JSON.stringify(line)}`).not.toMatch(STRUCTURAL_START);
  }
  const bare = unescaped(md);
  expect(bare).not.toMatch(/[<`|#[\]*_]/);
}

describe('escaping user text', () => {
  it('makes a hostile block inert but keeps its words and lines', () => {
    const md = mdBlock(HOSTILE);
    assertInertBlock(md);
    expect(md).toContain('\\# I am a heading');
    expect(md).toContain('• fake list item');
    expect(md).toContain('• star item');
    expect(md).toContain('1\\. ordered');
    expect(md).toContain('&lt;script>alert("x")&lt;/script>');
    expect(md).toContain('\\`code\\`');
    expect(md).toContain('&amp;lt; already an entity');
    expect(md).toContain('C\\# and F\\# and pipes \\| inside');
    // Lines stay lines (hard breaks), so the reader sees what was typed.
    expect(md.split('  \n')).toHaveLength(HOSTILE.split('\n').length);
  });

  it('keeps paragraphs and drops blank runs and trailing spaces', () => {
    expect(mdBlock('first\nsecond  \n\n\n\nthird')).toBe('first  \nsecond\n\nthird');
    expect(mdBlock('   \n\n ')).toBe('');
  });

  it('puts inline text on one line and caps it', () => {
    expect(mdInline('## two\nlines')).toBe('\\#\\# two lines');
    expect(mdInline('- item')).toBe('• item');
    const long = 'x'.repeat(10_000);
    expect(mdInline(long, 100)).toHaveLength(100);
    expect(mdInline(long, 100).endsWith('…')).toBe(true);
    expect(mdCell('a | b\nc')).toBe('a \\| b c');
  });

  it('strips control characters', () => {
    expect(mdInline('a\u0000b\u001bc\u2028d')).toBe('abcd');
  });

  it('only links real http(s) URLs', () => {
    expect(mdLink('https://example.com/pr/42?x=1')).toBe('<https://example.com/pr/42?x=1>');
    expect(mdLink('javascript:alert(1)')).toBe('javascript:alert(1)');
    expect(mdLink('https://evil.example/><script>')).toBe('https://evil.example/>&lt;script>');
    expect(mdLink('see [x](y)')).toBe('see \\[x\\](y)');
  });

  it('never lets any string start a structure or leave live syntax (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        assertInertBlock(mdBlock(text));
        const inline = mdInline(text);
        expect(inline).not.toContain('\n');
        assertInertBlock(inline);
      }),
      { numRuns: runs(500) },
    );
  });

  it('makes safe file names for the save dialog', () => {
    for (const base of [
      'brag-document-2026',
      'Retro: ../../etc/passwd',
      '...',
      '  Ünïcode Project (v2)  ',
      '/',
    ]) {
      expect(exportFileNameSchema.safeParse(markdownFileName(base)).success, base).toBe(true);
    }
    expect(markdownFileName('Retro: ../../etc/passwd')).toBe('Retro- ..-..-etc-passwd.md');
    expect(markdownFileName('///')).toBe('export.md');
  });
});

const names = new Map([
  ['c1', 'Technical direction'],
  ['c2', 'Glue | team health'],
]);

/** The headings of a document, in order. */
const headings = (md: string) => md.split('\n').filter((l) => /^#{1,6} /.test(l));

describe('the brag document', () => {
  const entries = [
    brag({
      id: 'a',
      date: '2026-01-15',
      title: 'Shipped search',
      impact: 'Users find things.',
      numbers: '+12% conversion',
      link: 'https://example.com/pr/1',
      competencyIds: ['c1'],
    }),
    brag({
      id: 'b',
      date: '2026-04-02',
      title: 'Onboarded Kim',
      kind: 'glue',
      impact: 'Productive in a week.',
      competencyIds: ['c2'],
    }),
    brag({ id: 'c', date: '2025-12-30', title: 'Out of range' }),
  ];

  it('has a title, the range, quarter headings and each entry with its fields', () => {
    const md = bragDocumentMarkdown({
      entries,
      from: '2026-01-01',
      to: '2026-12-31',
      competencyNames: names,
      author: 'Ada Example',
      exportedOn: '2026-11-28',
    });
    expect(headings(md)).toEqual([
      '# Brag document',
      '## 2026 Q2 (Apr–Jun)',
      '### 2 April 2026: Onboarded Kim',
      '## 2026 Q1 (Jan–Mar)',
      '### 15 January 2026: Shipped search',
    ]);
    expect(md).toContain(
      '_1 January 2026 to 31 December 2026 · 2 entries · 1 of them glue work · exported 28 November 2026_',
    );
    expect(md).toContain('**Kind:** Glue work · **Competencies:** Glue \\| team health');
    expect(md).toContain('**Impact:**\n\nUsers find things.');
    expect(md).toContain('**Numbers:**\n\n+12% conversion');
    expect(md).toContain('**Link:** <https://example.com/pr/1>');
    expect(md).not.toContain('Out of range');
    expect(md.endsWith('\n')).toBe(true);
    expect(md).not.toMatch(/\n{3,}/);
  });

  it('says so when the range is empty', () => {
    const md = bragDocumentMarkdown({
      entries,
      from: '2030-01-01',
      to: null,
      competencyNames: names,
      exportedOn: '2026-11-28',
    });
    expect(md).toContain('_Since 1 January 2030 · 0 entries · exported 28 November 2026_');
    expect(md).toContain('No entries in this period.');
  });

  it('keeps its structure whatever the entries contain', () => {
    const hostile = brag({
      id: 'h',
      title: `# Heading\n> quote | pipe <b>`,
      impact: HOSTILE,
      numbers: HOSTILE,
      link: HOSTILE,
      competencyIds: ['c1'],
    });
    const md = bragDocumentMarkdown({
      entries: [hostile],
      from: null,
      to: null,
      competencyNames: names,
      author: '## me',
      exportedOn: '2026-11-28',
    });
    expect(headings(md)).toEqual([
      '# Brag document',
      '## 2026 Q1 (Jan–Mar)',
      '### 10 February 2026: \\# Heading &gt; quote \\| pipe &lt;b>'.replace('&gt;', '>'),
    ]);
    expect(unescaped(md)).not.toMatch(/<(?!https?:)/);
    expect(md).not.toMatch(/^(>|```| {4})/m);
  });

  it('keeps very long text whole in the body and short in the heading', () => {
    const long = 'word '.repeat(4_000).trim();
    const md = bragDocumentMarkdown({
      entries: [brag({ title: 'T'.repeat(200), impact: long })],
      from: null,
      to: null,
      competencyNames: names,
      exportedOn: '2026-11-28',
    });
    const heading = headings(md).at(-1)!;
    expect(heading.length).toBeLessThan(230);
    expect(md).toContain(long);
  });
});

describe('one retrospective', () => {
  const r = retro({
    wentWell: 'Early RFC.\nWeekly demos.',
    didNotGoWell: 'Late load test.',
    prevention: 'Put a load test in the plan on day one.',
    change: 'Budget for rollback drills.',
    overEngineered: 'yes',
    overEngineeredNote: 'The plugin system was never used.',
    competencyIds: ['c1', 'unknown'],
  });
  const actions: Action[] = [
    {
      id: 'a1',
      competencyId: 'c1',
      title: 'Write a load-test checklist',
      status: 'todo',
      dueDate: '2026-04-30',
      doneAt: null,
      source: { kind: 'retro', id: 'r1' },
      createdAt: r.createdAt,
      updatedAt: r.createdAt,
    },
  ];

  it('has every part under its own heading', () => {
    const md = retroMarkdown({ retro: r, competencyNames: names, actions, exportedOn: '2026-11-28' });
    expect(headings(md)).toEqual([
      '# Retrospective: Checkout rewrite',
      '## What went well (do more of it)',
      "## What didn't go well",
      '## How it could have been prevented upfront',
      '## What to change next time',
      '## Did we over-engineer it? Could it have shipped sooner?',
      '## Actions',
      '## Evidence for',
    ]);
    expect(md).toContain(
      '**Dates:** 5 January 2026 to 20 March 2026  \n**My role:** Tech lead  \n**Status:** Done',
    );
    expect(md).toContain('Early RFC.  \nWeekly demos.');
    expect(md).toContain('**Answer:** Yes, we built more than we needed');
    expect(md).toContain('- [ ] Write a load-test checklist (Technical direction), due 30 April 2026');
    expect(md).toContain('## Evidence for\n\nTechnical direction\n');
  });

  it('leaves out empty parts and survives hostile text', () => {
    const md = retroMarkdown({
      retro: retro({ project: '# Evil | project', role: '> boss', wentWell: HOSTILE, status: 'draft' }),
      competencyNames: names,
      actions: [],
      exportedOn: '2026-11-28',
    });
    expect(headings(md)).toEqual([
      '# Retrospective: \\# Evil \\| project',
      '## What went well (do more of it)',
    ]);
    expect(md).toContain('**My role:** \\> boss');
    expect(md).toContain('**Status:** Draft');
  });
});

describe('the feedback log', () => {
  it('lists items newest first and marks pending requests', () => {
    const md = feedbackLogMarkdown({
      feedback: [
        feedback({
          id: 'f1',
          from: 'Priya',
          askedOn: '2026-03-01',
          question: 'How can I run reviews better?',
          receivedOn: '2026-03-03',
          content: 'Send the doc a day earlier.',
          sentiment: 'growth',
          followUp: 'Docs go out 24h before.',
          competencyIds: ['c1'],
        }),
        feedback({ id: 'f2', from: 'Lee | manager', askedOn: '2026-04-01', question: '# what now?' }),
      ],
      competencyNames: names,
      exportedOn: '2026-11-28',
    });
    expect(headings(md)).toEqual([
      '# Feedback log',
      '## 1 April 2026: Lee \\| manager (waiting for an answer)',
      '## 3 March 2026: Priya',
    ]);
    expect(md).toContain('_2 items · 1 waiting for an answer · exported 28 November 2026_');
    expect(md).toContain(
      '**Asked:** 1 March 2026 · **Received:** 3 March 2026 · **Tone:** Growth · **Competencies:** Technical direction',
    );
    expect(md).toContain('**What I did with it:**\n\nDocs go out 24h before.');
    expect(md).toContain('**Question:**\n\n\\# what now?');
  });
});

describe('the growth plan', () => {
  it('writes frameworks, a table of levels from the newest snapshots, actions and the promotion checklist', () => {
    const snap = (
      id: string,
      competencyId: string,
      recordedAt: string,
      current: number,
      target: number,
      note = '',
    ): SkillSnapshot => ({ id, competencyId, recordedAt, current, target, note });
    const items: PromotionItem[] = [
      {
        id: 'p1',
        title: 'Leads a multi-team project',
        status: 'in-progress',
        note: '',
        order: 0,
        createdAt: '2026-01-01T00:00:00.000Z',
        updatedAt: '2026-01-01T00:00:00.000Z',
      },
    ];
    const md = growthPlanMarkdown({
      frameworks: [
        framework({ description: 'My | ladder' }),
        framework({ id: 'old', name: 'Old', archived: true }),
      ],
      competencies: [competency(), competency({ id: 'c2', name: 'Pipes | in name', group: '', order: 1 })],
      snapshots: [
        snap('s1', 'c1', '2026-01-01T00:00:00.000Z', 2, 4),
        snap('s2', 'c1', '2026-06-01T00:00:00.000Z', 3, 4, '# Better\nnow'),
      ],
      actions: [
        {
          id: 'a1',
          competencyId: 'c1',
          title: 'Lead an RFC',
          status: 'doing',
          dueDate: null,
          doneAt: null,
          source: null,
          createdAt: '2026-01-01T00:00:00.000Z',
          updatedAt: '2026-01-01T00:00:00.000Z',
        },
        {
          id: 'a2',
          competencyId: null,
          title: 'Read a book',
          status: 'done',
          dueDate: null,
          doneAt: null,
          source: null,
          createdAt: '2026-01-01T00:00:00.000Z',
          updatedAt: '2026-01-01T00:00:00.000Z',
        },
      ],
      promotionItems: items,
      checklistEvidence: new Map<string, EvidenceEntry[]>([
        [
          'p1',
          [
            {
              linkId: 'l1',
              kind: 'brag',
              refId: 'b1',
              date: '2026-03-01',
              title: 'Shipped search',
              detail: '',
              note: 'Cut p99 by half',
              gone: false,
            },
            {
              linkId: 'l2',
              kind: 'retro',
              refId: 'gone',
              date: '2026-02-01',
              title: 'A record that has since been deleted',
              detail: '',
              note: '',
              gone: true,
            },
          ],
        ],
      ]),
      managerAnswers: [
        managerAnswer({
          id: 'm2',
          askedOn: '2026-09-01',
          answer: 'Lead the | search rewrite',
          concrete: 'vague',
          nextStep: 'Ask for an example',
        }),
        managerAnswer({ id: 'm1', askedOn: '2026-03-01', answer: 'Ship search', concrete: 'concrete' }),
      ],
      buyIns: [
        buyIn({
          id: 'b2',
          who: 'Sam',
          relation: 'director',
          status: 'wants-changes',
          on: '2026-10-02',
          note: 'Add a hiring item',
          order: 1,
        }),
        buyIn({ id: 'b1', who: 'Priya', status: 'agreed', on: '2026-10-01' }),
      ],
      projects: [
        project({ id: 'pr2', name: 'Tracing', status: 'candidate', order: 1 }),
        project({
          id: 'pr1',
          name: 'Gateway | merge',
          status: 'active',
          scope: 'Payments group',
          teams: 'Payments, checkout',
          whyPicked: 'Nobody owns it',
        }),
      ],
      exportedOn: '2026-11-28',
    });
    expect(headings(md)).toEqual([
      '# Growth plan',
      '## Senior to Staff',
      '### Technical direction',
      '## Other actions',
      '## Staff-level projects',
      '### Gateway \\| merge (under way)',
      '### Tracing (candidate)',
      '## What excellent looks like, in my manager’s words',
      '### Latest: asked on 1 September 2026 · too vague',
      '### Earlier: asked on 1 March 2026 · concrete',
      '## Promotion checklist',
      '### Buy-in from my management chain',
    ]);
    // Under way first; only what is written, each under its own label.
    expect(md).toContain(
      '- **Scope:** Payments group\n- **Teams involved:** Payments, checkout\n- **Why I picked it:** Nobody owns it\n\n### Tracing (candidate)\n\nNothing written about it yet.',
    );
    // Every answer is kept, newest first, with what the user will do about a vague one.
    expect(md).toContain('> Lead the \\| search rewrite\n\nNext step: Ask for an example');
    expect(md).toContain(
      '- Priya (manager): agreed, 1 October 2026\n- Sam (director or above): asked for changes, 2 October 2026 — Add a hiring item',
    );
    expect(md).toContain(
      '| Competency | Group | Current | Target | Gap |\n| --- | --- | ---: | ---: | ---: |\n| Technical direction | Technical | 3 | 4 | 1 |\n| Pipes \\| in name | – | – | – | – |',
    );
    expect(md).toContain('\\# Better  \nnow');
    expect(md).toContain('- [ ] Lead an RFC (in progress)');
    expect(md).toContain('- [x] Read a book (done)');
    expect(md).toContain(
      '- [ ] Leads a multi-team project (in progress)\n  - Brag entry: Shipped search — Cut p99 by half\n  - Retrospective: A record that has since been deleted (deleted since)',
    );
    expect(md).toContain('My \\| ladder');
    expect(md).not.toContain('Old');
    // Every table row has exactly the header's five cells.
    for (const row of md.split('\n').filter((l) => l.startsWith('|'))) {
      expect(unescaped(row).split('|').length - 2).toBe(5);
    }
  });
});
