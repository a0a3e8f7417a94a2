/**
 * The promotion packet's model and Markdown (issue 17): for a seeded plan and journal, every section is
 * there, only the range's records are in it, and nothing pending or finished leaks in.
 */
import { describe, expect, it } from 'vitest';
import type { EvidenceEntry } from '@shared/domain/evidence-links';
import {
  buildPacket,
  levelText,
  packetMarkdown,
  PACKET_SECTIONS,
  type PacketInput,
} from '@shared/domain/packet';
import {
  action,
  brag,
  buyIn,
  competency,
  feedback,
  framework,
  managerAnswer,
  profile,
  promotionItem,
  skillSnapshot,
} from '../support/journal-fixtures';

const entry = (over: Partial<EvidenceEntry>): EvidenceEntry => ({
  linkId: 'l',
  kind: 'brag',
  refId: 'b1',
  date: '2026-03-02',
  title: 'Split the billing service',
  detail: 'Two teams ship on their own now',
  note: '',
  gone: false,
  ...over,
});

function input(over: Partial<PacketInput> = {}): PacketInput {
  return {
    range: { from: '2026-01-01', to: '2026-06-30' },
    profile: profile({
      name: 'Ada Example',
      role: 'Senior backend engineer',
      currentLevel: 'E5 · Senior engineer',
      targetTrack: 'staff',
      targetDate: '2027-01-31',
    }),
    managerAnswer: managerAnswer({ answer: 'Own the payments platform’s direction\nand grow two seniors.' }),
    buyIns: [
      buyIn({ id: 'b2', who: 'Sam Okafor', relation: 'skip-level', status: 'asked', on: null, order: 1 }),
      buyIn({ id: 'b1', who: 'Priya Shah', relation: 'manager', status: 'agreed', on: '2026-03-01' }),
    ],
    frameworks: [framework({ id: 'fw1', name: 'Senior → Staff' })],
    competencies: [
      competency({
        id: 'c1',
        name: 'Technical direction',
        levels: ['a', 'b', 'Sets direction for a team', 'd', 'e'],
      }),
      competency({ id: 'c2', name: 'Mentorship', order: 1 }),
      competency({ id: 'c3', name: 'Archived one', archived: true, order: 2 }),
    ],
    snapshots: [
      skillSnapshot({
        id: 's1',
        competencyId: 'c1',
        current: 2,
        target: 4,
        recordedAt: '2026-01-05T09:00:00.000Z',
      }),
      skillSnapshot({
        id: 's2',
        competencyId: 'c1',
        current: 3,
        target: 4,
        recordedAt: '2026-04-05T09:00:00.000Z',
      }),
    ],
    evidence: new Map([
      [
        'c1',
        [
          entry({ linkId: 'l1', note: 'I set the direction two teams now follow' }),
          entry({
            linkId: 'l2',
            kind: 'trial',
            refId: 't1',
            title: 'Lead the storage RFC',
            date: '2025-11-01',
          }),
        ],
      ],
    ]),
    brag: [
      brag({
        id: 'b1',
        date: '2026-03-02',
        title: 'Split the billing service',
        impact: 'Two teams ship alone',
      }),
      brag({ id: 'b2', date: '2025-12-31', title: 'Last year’s win' }),
      brag({
        id: 'b3',
        date: '2026-05-20',
        title: 'Ran the incident review',
        kind: 'glue',
        numbers: '3 fixes',
      }),
    ],
    feedback: [
      feedback({
        id: 'f1',
        from: 'Sam',
        receivedOn: '2026-04-01',
        content: 'Clear RFCs.',
        sentiment: 'positive',
      }),
      feedback({ id: 'f2', from: 'Kim', askedOn: '2026-05-01', receivedOn: null, content: '' }),
      feedback({ id: 'f3', from: 'Lee', receivedOn: '2025-10-01', content: 'Old news.' }),
    ],
    promotionItems: [
      promotionItem({ id: 'p2', title: 'Mentors others', status: 'in-progress', order: 1 }),
      promotionItem({
        id: 'p1',
        title: 'Leads cross-team work',
        status: 'met',
        order: 0,
        note: 'Per my manager',
      }),
    ],
    checklistEvidence: new Map([['p1', [entry({ linkId: 'l3' })]]]),
    actions: [
      action({
        id: 'a1',
        competencyId: 'c2',
        title: 'Pair with a junior',
        status: 'todo',
        dueDate: '2026-07-01',
      }),
      action({ id: 'a2', competencyId: 'c1', title: 'Write the RFC', status: 'done' }),
      action({ id: 'a3', competencyId: null, title: 'Ask for a sponsor', status: 'doing', dueDate: null }),
    ],
    preparedOn: '2026-07-02',
    ...over,
  };
}

describe('the promotion packet', () => {
  it('holds each section with only the range’s records', () => {
    const packet = buildPacket(input());
    expect(packet.person).toEqual({
      name: 'Ada Example',
      role: 'Senior backend engineer',
      currentLevel: 'E5 · Senior engineer',
      aim: 'Staff engineer',
      targetDate: '2027-01-31',
    });
    expect(packet.managerAnswer).toEqual({
      text: 'Own the payments platform’s direction\nand grow two seniors.',
      on: '2026-02-10',
    });
    expect(packet.competencies.map((c) => [c.name, c.current, c.target, c.currentText])).toEqual([
      ['Technical direction', 3, 4, 'Sets direction for a team'],
      ['Mentorship', null, null, ''],
    ]);
    // Evidence outside the range (the trial of 2025) stays out.
    expect(packet.competencies[0]!.evidence.map((e) => [e.kind, e.title, e.shows])).toEqual([
      ['Brag entry', 'Split the billing service', 'I set the direction two teams now follow'],
    ]);
    expect(packet.highlights.map((h) => h.title)).toEqual([
      'Ran the incident review',
      'Split the billing service',
    ]);
    // Received in range only: not the pending request, not last year's.
    expect(packet.feedback.map((f) => [f.from, f.tone])).toEqual([['Sam', 'Positive']]);
    expect(packet.checklist.map((i) => [i.title, i.status, i.evidence.length])).toEqual([
      ['Leads cross-team work', 'Met', 1],
      ['Mentors others', 'In progress', 0],
    ]);
    // Open only, soonest due first, undated last.
    expect(packet.openActions.map((a) => [a.title, a.competency, a.due])).toEqual([
      ['Pair with a junior', 'Mentorship', '2026-07-01'],
      ['Ask for a sponsor', '', null],
    ]);
  });

  it('writes every section to Markdown, in order', () => {
    const md = packetMarkdown(buildPacket(input()), 'en-GB');
    const headings = Object.values(PACKET_SECTIONS).map((h) => `## ${h}`);
    const at = headings.map((h) => md.indexOf(h));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(md).toContain('# Promotion packet — Ada Example');
    expect(md).toContain('1 January 2026 to 30 June 2026');
    expect(md).toContain('**Aiming for:** Staff engineer, by 31 January 2027');
    expect(md).toContain('> Own the payments platform’s direction  \n> and grow two seniors.');
    expect(md).toContain('_Asked on 10 February 2026_');
    expect(md).toContain('### Technical direction\n\nCurrent 3 → target 4 — Sets direction for a team');
    expect(md).toContain(
      '- Brag entry, 2 March 2026: Split the billing service — Two teams ship on their own now _Shows: I set the direction two teams now follow_',
    );
    expect(md).toContain('### Mentorship\n\nNot rated yet\n\nNo evidence in this period.');
    expect(md).toContain('- **Ran the incident review** (Glue work, 20 May 2026)');
    expect(md).toContain('- **Sam**, 1 April 2026 (positive)\n  Clear RFCs.');
    expect(md).toContain('- [x] Leads cross-team work (met)\n  Per my manager\n  - Brag entry, 2 March 2026');
    expect(md).toContain('- Pair with a junior (to do, Mentorship, due 1 July 2026)');
    // The management chain's buy-in, in the user's order, under the checklist.
    expect(md).toContain(
      '**Agreed with my management chain**\n\n- Priya Shah (manager): agreed, 1 March 2026\n- Sam Okafor (skip-level manager): asked, waiting',
    );
    expect(md).not.toContain('Last year’s win');
    expect(md).not.toContain('Write the RFC');
    expect(md).not.toContain('Kim');
  });

  it('says what is missing instead of leaving a section out', () => {
    const md = packetMarkdown(
      buildPacket(
        input({
          profile: null,
          competencies: [],
          brag: [],
          feedback: [],
          promotionItems: [],
          actions: [],
          managerAnswer: null,
          buyIns: [],
        }),
      ),
    );
    expect(md.startsWith('# Promotion packet\n')).toBe(true);
    for (const text of [
      '**Aiming for:** Not decided yet',
      'Not asked yet.',
      'No competencies in the plan yet.',
      'No brag entries in this period.',
      'No feedback received in this period.',
      'No checklist items yet.',
      'No open actions.',
    ])
      expect(md).toContain(text);
    expect(md).not.toContain('Agreed with my management chain');
  });

  it('reads a level pair for people', () => {
    expect(levelText(null, null)).toBe('Not rated yet');
    expect(levelText(2, null)).toBe('Current 2 → target –');
  });
});
