/**
 * The promotion packet (issue 17): what an engineer brings to a promotion conversation, for a date
 * range — who they are and where they aim, the manager's "excellent in six months" answer, each
 * competency's current and target level with its evidence, the brag highlights, the feedback received,
 * the promotion checklist and the open actions.
 *
 * `buildPacket` turns the records into one plain model; the Markdown export (`packetMarkdown`) and the
 * print view the PDF is made from (renderer) both render that model, so the two always hold the same
 * content.
 */
import { BRAG_KIND_LABELS, SENTIMENT_LABELS } from '../content/journal';
import { TRACK_NAMES } from '../content/assessment';
import type {
  Action,
  BragEntry,
  BuyIn,
  Competency,
  Feedback,
  Framework,
  ManagerAnswer,
  Profile,
  PromotionItem,
  SkillSnapshot,
} from '../types/entities';
import { EVIDENCE_KIND_LABELS, type EvidenceEntry } from './evidence-links';
import { BUY_IN_RELATIONS, BUY_IN_STATUSES } from './manager-loop';
import { feedbackDate, isPendingFeedback } from './journal';
import { finishMarkdown, latestSnapshots, mdBlock, mdDate, mdInline } from './markdown';

export interface PacketRange {
  /** First day in the packet (yyyy-mm-dd), inclusive. */
  from: string;
  /** Last day in the packet (yyyy-mm-dd), inclusive. */
  to: string;
}

export interface PacketInput {
  range: PacketRange;
  profile: Profile | null;
  frameworks: readonly Framework[];
  competencies: readonly Competency[];
  snapshots: readonly SkillSnapshot[];
  /** Each competency's evidence, by competency id, as its page lists it (any dates: the range applies here). */
  evidence: ReadonlyMap<string, readonly EvidenceEntry[]>;
  brag: readonly BragEntry[];
  feedback: readonly Feedback[];
  promotionItems: readonly PromotionItem[];
  /** Each checklist item's evidence, by item id. */
  checklistEvidence: ReadonlyMap<string, readonly EvidenceEntry[]>;
  actions: readonly Action[];
  /** The manager's answer in force (the latest of the manager loop), or null. */
  managerAnswer: ManagerAnswer | null;
  /** The management chain's buy-in on the checklist, in the user's order. */
  buyIns: readonly BuyIn[];
  /** The day the packet is made (yyyy-mm-dd). */
  preparedOn: string;
}

export interface PacketEvidence {
  kind: string;
  title: string;
  date: string;
  /** What the record says in a line (a brag entry's impact, a retro's lesson…). */
  detail: string;
  /** The user's own "what this shows". */
  shows: string;
  gone: boolean;
}

export interface PacketCompetency {
  id: string;
  name: string;
  group: string;
  framework: string;
  current: number | null;
  target: number | null;
  /** What the current level reads like in the framework, when rated. */
  currentText: string;
  evidence: PacketEvidence[];
}

export interface PacketHighlight {
  date: string;
  title: string;
  kind: string;
  impact: string;
  numbers: string;
}

export interface PacketFeedback {
  date: string;
  from: string;
  tone: string;
  content: string;
}

export interface PacketChecklistItem {
  title: string;
  status: string;
  met: boolean;
  note: string;
  evidence: PacketEvidence[];
}

export interface PacketAction {
  title: string;
  competency: string;
  status: string;
  due: string | null;
}

export interface Packet {
  range: PacketRange;
  preparedOn: string;
  person: {
    name: string;
    role: string;
    currentLevel: string;
    /** "Staff engineer", "Engineering manager", or '' when undecided. */
    aim: string;
    targetDate: string | null;
  };
  managerAnswer: { text: string; on: string } | null;
  /** Who in the management chain stands where on the checklist: "Priya (Manager): Agreed, 3 Nov". */
  buyIn: { who: string; relation: string; status: string; on: string | null }[];
  competencies: PacketCompetency[];
  highlights: PacketHighlight[];
  feedback: PacketFeedback[];
  checklist: PacketChecklistItem[];
  openActions: PacketAction[];
}

/** Above the management chain's buy-in, under the checklist, in both renderings. */
export const PACKET_BUY_IN_HEADING = 'Agreed with my management chain';

/** The sections every packet has, in order, with the headings both renderings use. */
export const PACKET_SECTIONS = {
  person: 'Who and where to',
  manager: 'What excellent looks like, in my manager’s words',
  competencies: 'Competencies and evidence',
  highlights: 'Highlights',
  feedback: 'Feedback received',
  checklist: 'Promotion checklist',
  actions: 'Open actions',
} as const;

const CHECKLIST_STATUS: Record<PromotionItem['status'], string> = {
  todo: 'Not started',
  'in-progress': 'In progress',
  met: 'Met',
};
const ACTION_STATUS: Record<Action['status'], string> = { todo: 'To do', doing: 'In progress', done: 'Done' };

const inRange = (date: string, range: PacketRange) => date >= range.from && date <= range.to;

function packetEvidence(entries: readonly EvidenceEntry[] | undefined, range: PacketRange): PacketEvidence[] {
  return (entries ?? [])
    .filter((entry) => inRange(entry.date, range))
    .map((entry) => ({
      kind: EVIDENCE_KIND_LABELS[entry.kind],
      title: entry.title,
      date: entry.date,
      detail: entry.detail,
      shows: entry.note,
      gone: entry.gone,
    }));
}

/** The packet's model: the records of the range, in the order a reader wants them. */
export function buildPacket(input: PacketInput): Packet {
  const { range, profile } = input;
  const latest = latestSnapshots(input.snapshots);
  const frameworks = new Map(input.frameworks.map((f) => [f.id, f]));
  const names = new Map(input.competencies.map((c) => [c.id, c.name]));
  const competencies = input.competencies
    .filter((c) => !c.archived && frameworks.get(c.frameworkId)?.archived === false)
    .sort(
      (a, b) =>
        (frameworks.get(a.frameworkId)?.name ?? '').localeCompare(
          frameworks.get(b.frameworkId)?.name ?? '',
        ) || a.order - b.order,
    )
    .map((c): PacketCompetency => {
      const snapshot = latest.get(c.id);
      const current = snapshot?.current ?? null;
      return {
        id: c.id,
        name: c.name,
        group: c.group,
        framework: frameworks.get(c.frameworkId)?.name ?? '',
        current,
        target: snapshot?.target ?? null,
        currentText: current === null ? '' : (c.levels[current - 1] ?? ''),
        evidence: packetEvidence(input.evidence.get(c.id), range),
      };
    });
  const highlights = input.brag
    .filter((entry) => inRange(entry.date, range))
    .sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title))
    .map((entry) => ({
      date: entry.date,
      title: entry.title,
      kind: BRAG_KIND_LABELS[entry.kind],
      impact: entry.impact,
      numbers: entry.numbers,
    }));
  const feedback = input.feedback
    .filter((item) => !isPendingFeedback(item) && inRange(feedbackDate(item), range))
    .sort((a, b) => feedbackDate(b).localeCompare(feedbackDate(a)))
    .map((item) => ({
      date: feedbackDate(item),
      from: item.from.trim() || 'Someone',
      tone: item.sentiment ? SENTIMENT_LABELS[item.sentiment] : '',
      content: item.content,
    }));
  const checklist = [...input.promotionItems]
    .sort((a, b) => a.order - b.order)
    .map((item) => ({
      title: item.title,
      status: CHECKLIST_STATUS[item.status],
      met: item.status === 'met',
      note: item.note,
      evidence: packetEvidence(input.checklistEvidence.get(item.id), range),
    }));
  const openActions = input.actions
    .filter((a) => a.status !== 'done')
    .sort(
      (a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') || a.title.localeCompare(b.title),
    )
    .map((a) => ({
      title: a.title,
      competency: a.competencyId === null ? '' : (names.get(a.competencyId) ?? ''),
      status: ACTION_STATUS[a.status],
      due: a.dueDate,
    }));
  return {
    range,
    preparedOn: input.preparedOn,
    person: {
      name: profile?.name.trim() ?? '',
      role: profile?.role.trim() ?? '',
      currentLevel: profile?.currentLevel.trim() ?? '',
      aim: profile && profile.targetTrack !== 'undecided' ? TRACK_NAMES[profile.targetTrack] : '',
      targetDate: profile?.targetDate ?? null,
    },
    managerAnswer: input.managerAnswer
      ? { text: input.managerAnswer.answer, on: input.managerAnswer.askedOn }
      : null,
    buyIn: [...input.buyIns]
      .sort((a, b) => a.order - b.order)
      .map((b) => ({
        who: b.who,
        relation: BUY_IN_RELATIONS[b.relation],
        status: BUY_IN_STATUSES[b.status],
        on: b.on,
      })),
    competencies,
    highlights,
    feedback,
    checklist,
    openActions,
  };
}

/** "Current 3 → target 4", or what is missing. */
export function levelText(current: number | null, target: number | null): string {
  if (current === null && target === null) return 'Not rated yet';
  return `Current ${current ?? '–'} → target ${target ?? '–'}`;
}

/** The packet's title line: "Promotion packet — Ada Example". */
export function packetTitle(packet: Packet): string {
  return packet.person.name ? `Promotion packet — ${packet.person.name}` : 'Promotion packet';
}

function evidenceLines(
  evidence: readonly PacketEvidence[],
  locale: string | undefined,
  indent = '',
): string[] {
  return evidence.map((e) => {
    const detail = mdInline(e.detail, 300);
    const shows = mdInline(e.shows, 500);
    return `${indent}- ${e.kind}, ${mdDate(e.date, locale)}: ${mdInline(e.title, 200)}${e.gone ? ' (deleted since)' : ''}${detail ? ` — ${detail}` : ''}${shows ? ` _Shows: ${shows}_` : ''}`;
  });
}

/** The packet as Markdown: every section, in the order of PACKET_SECTIONS, even when one is empty. */
export function packetMarkdown(packet: Packet, locale?: string): string {
  const { person } = packet;
  const lines: string[] = [`# ${mdInline(packetTitle(packet), 200)}`, ''];
  lines.push(
    `_${mdDate(packet.range.from, locale)} to ${mdDate(packet.range.to, locale)} · prepared ${mdDate(packet.preparedOn, locale)}_`,
    '',
  );

  lines.push(`## ${PACKET_SECTIONS.person}`, '');
  const who = [
    person.role ? `**Role:** ${mdInline(person.role)}` : null,
    person.currentLevel ? `**Current level:** ${mdInline(person.currentLevel)}` : null,
    `**Aiming for:** ${person.aim || 'Not decided yet'}${person.targetDate ? `, by ${mdDate(person.targetDate, locale)}` : ''}`,
  ].filter((line): line is string => line !== null);
  lines.push(who.join('  \n'), '');

  lines.push(`## ${PACKET_SECTIONS.manager}`, '');
  if (packet.managerAnswer) {
    lines.push(
      mdBlock(packet.managerAnswer.text)
        .split('\n')
        .map((l) => `> ${l}`)
        .join('\n'),
      '',
    );
    lines.push(`_Asked on ${mdDate(packet.managerAnswer.on, locale)}_`, '');
  } else lines.push('Not asked yet.', '');

  lines.push(`## ${PACKET_SECTIONS.competencies}`, '');
  if (packet.competencies.length === 0) lines.push('No competencies in the plan yet.', '');
  for (const c of packet.competencies) {
    lines.push(`### ${mdInline(c.name, 200)}`, '');
    lines.push(
      `${levelText(c.current, c.target)}${c.currentText ? ` — ${mdInline(c.currentText, 300)}` : ''}`,
      '',
    );
    if (c.evidence.length) lines.push(...evidenceLines(c.evidence, locale), '');
    else lines.push('No evidence in this period.', '');
  }

  lines.push(`## ${PACKET_SECTIONS.highlights}`, '');
  if (packet.highlights.length === 0) lines.push('No brag entries in this period.', '');
  for (const h of packet.highlights) {
    lines.push(`- **${mdInline(h.title, 200)}** (${h.kind}, ${mdDate(h.date, locale)})`);
    const impact = mdInline(h.impact, 600);
    const numbers = mdInline(h.numbers, 200);
    if (impact) lines.push(`  ${impact}`);
    if (numbers) lines.push(`  _Numbers: ${numbers}_`);
  }
  lines.push('');

  lines.push(`## ${PACKET_SECTIONS.feedback}`, '');
  if (packet.feedback.length === 0) lines.push('No feedback received in this period.', '');
  for (const f of packet.feedback) {
    lines.push(
      `- **${mdInline(f.from, 120)}**, ${mdDate(f.date, locale)}${f.tone ? ` (${f.tone.toLowerCase()})` : ''}`,
    );
    const content = mdInline(f.content, 1_000);
    if (content) lines.push(`  ${content}`);
  }
  lines.push('');

  lines.push(`## ${PACKET_SECTIONS.checklist}`, '');
  if (packet.checklist.length === 0) lines.push('No checklist items yet.', '');
  for (const item of packet.checklist) {
    lines.push(`- [${item.met ? 'x' : ' '}] ${mdInline(item.title, 200)} (${item.status.toLowerCase()})`);
    const note = mdInline(item.note, 1_000);
    if (note) lines.push(`  ${note}`);
    lines.push(...evidenceLines(item.evidence, locale, '  '));
  }
  lines.push('');
  if (packet.buyIn.length > 0) {
    lines.push(`**${PACKET_BUY_IN_HEADING}**`, '');
    for (const b of packet.buyIn)
      lines.push(
        `- ${mdInline(b.who, 200)} (${b.relation.toLowerCase()}): ${b.status.toLowerCase()}${b.on ? `, ${mdDate(b.on, locale)}` : ''}`,
      );
    lines.push('');
  }

  lines.push(`## ${PACKET_SECTIONS.actions}`, '');
  if (packet.openActions.length === 0) lines.push('No open actions.', '');
  for (const a of packet.openActions) {
    const parts = [
      a.status.toLowerCase(),
      a.competency ? mdInline(a.competency, 120) : null,
      a.due ? `due ${mdDate(a.due, locale)}` : null,
    ]
      .filter((p): p is string => p !== null)
      .join(', ');
    lines.push(`- ${mdInline(a.title, 200)} (${parts})`);
  }
  lines.push('');
  return finishMarkdown(lines);
}
