/**
 * Markdown exports: the brag document, one retrospective, the feedback log and the whole growth plan.
 *
 * The output is meant to read well both rendered and as plain text in any editor. Every piece of user
 * text goes through one of three escapers, so nothing a user typed can open a heading, a list, a quote,
 * a table row, a code block or raw HTML, or close one of ours:
 * - `mdInline`  for one-line places (headings, list items, labels): line breaks become spaces.
 * - `mdCell`    for table cells: like inline, plus pipes, and capped in length.
 * - `mdBlock`   for free text: paragraphs and line breaks are kept, every line is made inert.
 */
import { BRAG_KIND_LABELS, OVER_ENGINEERED_LABELS, SENTIMENT_LABELS } from '../content/journal';
import type {
  Action,
  BragEntry,
  BuyIn,
  Competency,
  Feedback,
  Framework,
  ManagerAnswer,
  Person,
  Project,
  PromotionItem,
  Retro,
  SkillSnapshot,
  TargetTrack,
} from '../types/entities';
import { archetypeText } from '../content/archetypes';
import { ladderStep, ladderTarget } from '../content/levels';
import { EVIDENCE_KIND_LABELS, type EvidenceEntry, type Tagged } from './evidence-links';
import { BUY_IN_RELATIONS, BUY_IN_STATUSES } from './manager-loop';
import { orderedProjects, PROJECT_STATUSES, STAFF_LEVEL_SIGNALS } from './projects';
import {
  DIRECTIONS,
  FIND_A_MENTOR,
  LINK_KIND_LABELS,
  orderedPeople,
  PERSON_ROLES,
  ROLE_ORDER,
  type PersonLinkRef,
} from './people';
import { feedbackDate, groupByQuarter, inDateRange, isPendingFeedback, retroTitle } from './journal';
import { DEFAULT_FORMAT_PREFS, formatIsoDate } from './format';

// ---------- Escaping ----------

/** Characters that are Markdown syntax anywhere in a line (CommonMark backslash escapes). */
const INLINE_SPECIALS = /[\\`*_[\]#~|]/g;
// C0 controls except tab and newline, DEL, and the Unicode line/paragraph separators.
// eslint-disable-next-line no-control-regex -- stripping control characters is the point.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f\u2028\u2029]/g;

// Non-global twins for a cheap "anything to do?" check: most text has nothing to escape.
// eslint-disable-next-line no-control-regex -- see CONTROL.
const NEEDS_ESCAPE = /[\\`*_[\]#~|<&\u0000-\u0008\u000b-\u001f\u007f\u2028\u2029]/;

/** Escapes one line's characters (no line-start handling). */
function escapeChars(line: string): string {
  if (!NEEDS_ESCAPE.test(line)) return line;
  return line
    .replace(CONTROL, '')
    .replace(INLINE_SPECIALS, '\\$&')
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '&amp;')
    .replace(/</g, '&lt;');
}

/**
 * Makes the start of a line inert: list markers become a bullet character (still reads as a list),
 * and quote, heading, ordered-list, setext and thematic-break starts are backslash-escaped.
 * Leading spaces are dropped so nothing turns into an indented code block.
 */
function neutraliseLineStart(escaped: string): string {
  const line = escaped.replace(/^[ \t]+/, '');
  if (/^[-+*] /.test(line)) return `• ${line.slice(2)}`;
  if (/^\\\* /.test(line)) return `• ${line.slice(3)}`;
  if (/^[-=>]/.test(line)) return `\\${line}`;
  const digits = /^\d{1,9}(?=[.)])/.exec(line)?.[0];
  if (digits) return `${digits}\\${line.slice(digits.length)}`;
  return line;
}

function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : text;
}

/** User text for a one-line place. Line breaks become spaces; `max` caps very long text. */
export function mdInline(text: string, max = 300): string {
  const oneLine = text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
  return neutraliseLineStart(escapeChars(truncate(oneLine, max)));
}

/** User text for a table cell. */
export function mdCell(text: string, max = 200): string {
  return mdInline(text, max);
}

/**
 * User free text as Markdown paragraphs: blank lines separate paragraphs, single line breaks are kept
 * (as hard breaks), and every line is escaped and made inert.
 */
export function mdBlock(text: string): string {
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n+/)
    .map((p) =>
      p
        .split('\n')
        .map((line) => neutraliseLineStart(escapeChars(line.trimEnd())))
        .filter((line) => line.length > 0),
    )
    .filter((lines) => lines.length > 0);
  return paragraphs.map((lines) => lines.join('  \n')).join('\n\n');
}

/** A link the user typed: an autolink when it is a plain http(s) URL, otherwise inert text. */
export function mdLink(url: string): string {
  const trimmed = url.trim();
  if (/^https?:\/\/[^\s<>"`\\]+$/i.test(trimmed) && trimmed.length <= 2_000) return `<${trimmed}>`;
  return mdInline(trimmed);
}

// ---------- Small helpers ----------

/**
 * `2026-03-12` → the locale's long form for prose: "12 March 2026" (en-GB), "March 12, 2026" (en-US),
 * "12. März 2026" (de-DE). Every document takes the reader's locale; en-GB when none is given.
 */
export function mdDate(date: string, locale: string = DEFAULT_FORMAT_PREFS.locale): string {
  return formatIsoDate(date, { locale }, 'long');
}

function section(lines: string[], heading: string, body: string) {
  if (body.trim() === '') return;
  lines.push(heading, '', body, '');
}

function field(label: string, value: string): string | null {
  return value.trim() === '' ? null : `**${label}:** ${value}`;
}

function tagLine(ids: readonly string[], names: ReadonlyMap<string, string>): string {
  return ids
    .map((id) => names.get(id))
    .filter((n): n is string => n !== undefined)
    .map((n) => mdInline(n, 120))
    .join(', ');
}

export function finishMarkdown(lines: string[]): string {
  // One blank line between blocks, exactly one newline at the end.
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}

/**
 * A safe file name for the save dialog (matches the IPC contract's rule): letters, numbers, spaces,
 * dots, dashes, underscores and parentheses; starts with a letter or number.
 */
export function markdownFileName(base: string, fallback = 'export'): string {
  const cleaned = base
    .normalize('NFC')
    .replace(/[^\p{L}\p{N} ._()-]+/gu, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[^\p{L}\p{N}]+/u, '')
    .replace(/[ .-]+$/u, '');
  const name = truncate(cleaned, 80).replace(/…$/, '') || fallback;
  return `${name}.md`;
}

// ---------- Brag document ----------

export interface BragDocumentInput {
  entries: readonly Tagged<BragEntry>[];
  from: string | null;
  to: string | null;
  competencyNames: ReadonlyMap<string, string>;
  /** Shown under the title, e.g. "Ada Example — Senior backend engineer". */
  author?: string;
  exportedOn: string;
  /** The reader's locale for dates in the prose (BCP-47); en-GB when not given. */
  locale?: string;
}

export function bragDocumentMarkdown(input: BragDocumentInput): string {
  const { locale } = input;
  const entries = inDateRange(input.entries, input.from, input.to);
  const lines: string[] = ['# Brag document', ''];
  if (input.author?.trim()) lines.push(mdInline(input.author), '');
  const range =
    input.from && input.to
      ? `${mdDate(input.from, locale)} to ${mdDate(input.to, locale)}`
      : input.from
        ? `Since ${mdDate(input.from, locale)}`
        : input.to
          ? `Until ${mdDate(input.to, locale)}`
          : 'All entries';
  const glue = entries.filter((e) => e.kind === 'glue').length;
  lines.push(
    `_${range} · ${entries.length} ${entries.length === 1 ? 'entry' : 'entries'}${glue ? ` · ${glue} of them glue work` : ''} · exported ${mdDate(input.exportedOn, locale)}_`,
    '',
  );
  if (entries.length === 0) {
    lines.push('No entries in this period.');
    return finishMarkdown(lines);
  }
  for (const group of groupByQuarter(entries)) {
    lines.push(`## ${group.label}`, '');
    for (const e of group.entries) {
      lines.push(`### ${mdDate(e.date, locale)}: ${mdInline(e.title, 200)}`, '');
      const meta = [
        field('Kind', BRAG_KIND_LABELS[e.kind]),
        field('Competencies', tagLine(e.competencyIds, input.competencyNames)),
      ]
        .filter((x): x is string => x !== null)
        .join(' · ');
      lines.push(meta, '');
      for (const [label, value] of [
        ['Impact', e.impact],
        ['Numbers', e.numbers],
      ] as const) {
        const body = mdBlock(value);
        if (body) lines.push(`**${label}:**`, '', body, '');
      }
      if (e.link.trim()) lines.push(`**Link:** ${mdLink(e.link)}`, '');
    }
  }
  return finishMarkdown(lines);
}

// ---------- One retrospective ----------

export interface RetroMarkdownInput {
  retro: Tagged<Retro>;
  competencyNames: ReadonlyMap<string, string>;
  actions: readonly Action[];
  exportedOn: string;
  /** The reader's locale for dates in the prose (BCP-47); en-GB when not given. */
  locale?: string;
}

export function retroMarkdown({
  retro,
  competencyNames,
  actions,
  exportedOn,
  locale,
}: RetroMarkdownInput): string {
  const lines: string[] = [`# Retrospective: ${mdInline(retroTitle(retro), 200)}`, ''];
  const dates =
    retro.startDate && retro.endDate
      ? `${mdDate(retro.startDate, locale)} to ${mdDate(retro.endDate, locale)}`
      : retro.endDate
        ? `Ended ${mdDate(retro.endDate, locale)}`
        : retro.startDate
          ? `Started ${mdDate(retro.startDate, locale)}`
          : '';
  const meta = [
    field('Dates', dates),
    field('My role', mdInline(retro.role)),
    field('Status', retro.status === 'draft' ? 'Draft' : 'Done'),
  ].filter((x): x is string => x !== null);
  lines.push(meta.join('  \n'), '', `_Exported ${mdDate(exportedOn, locale)}_`, '');
  section(lines, '## What went well (do more of it)', mdBlock(retro.wentWell));
  section(lines, "## What didn't go well", mdBlock(retro.didNotGoWell));
  section(lines, '## How it could have been prevented upfront', mdBlock(retro.prevention));
  section(lines, '## What to change next time', mdBlock(retro.change));
  if (retro.overEngineered !== null || retro.overEngineeredNote.trim()) {
    lines.push('## Did we over-engineer it? Could it have shipped sooner?', '');
    if (retro.overEngineered) lines.push(`**Answer:** ${OVER_ENGINEERED_LABELS[retro.overEngineered]}`, '');
    const note = mdBlock(retro.overEngineeredNote);
    if (note) lines.push(note, '');
  }
  if (actions.length > 0) {
    lines.push('## Actions', '');
    for (const a of actions) {
      const who = a.competencyId ? competencyNames.get(a.competencyId) : undefined;
      lines.push(
        `- [${a.status === 'done' ? 'x' : ' '}] ${mdInline(a.title, 200)}${who ? ` (${mdInline(who, 120)})` : ''}${a.dueDate ? `, due ${mdDate(a.dueDate, locale)}` : ''}`,
      );
    }
    lines.push('');
  }
  const tags = tagLine(retro.competencyIds, competencyNames);
  if (tags) lines.push('## Evidence for', '', tags, '');
  return finishMarkdown(lines);
}

// ---------- Feedback log ----------

export interface FeedbackLogInput {
  feedback: readonly Tagged<Feedback>[];
  competencyNames: ReadonlyMap<string, string>;
  exportedOn: string;
  /** The reader's locale for dates in the prose (BCP-47); en-GB when not given. */
  locale?: string;
}

export function feedbackLogMarkdown({
  feedback,
  competencyNames,
  exportedOn,
  locale,
}: FeedbackLogInput): string {
  const pending = feedback.filter(isPendingFeedback);
  const lines: string[] = [
    '# Feedback log',
    '',
    `_${feedback.length} ${feedback.length === 1 ? 'item' : 'items'} · ${pending.length} waiting for an answer · exported ${mdDate(exportedOn, locale)}_`,
    '',
  ];
  if (feedback.length === 0) {
    lines.push('Nothing logged yet.');
    return finishMarkdown(lines);
  }
  const sorted = [...feedback].sort((a, b) =>
    feedbackDate(a) < feedbackDate(b) ? 1 : feedbackDate(a) > feedbackDate(b) ? -1 : 0,
  );
  for (const f of sorted) {
    const from = f.from.trim() ? mdInline(f.from, 120) : 'Someone';
    lines.push(
      `## ${mdDate(feedbackDate(f), locale)}: ${from}${isPendingFeedback(f) ? ' (waiting for an answer)' : ''}`,
      '',
    );
    const meta = [
      f.askedOn ? field('Asked', mdDate(f.askedOn, locale)) : null,
      f.receivedOn ? field('Received', mdDate(f.receivedOn, locale)) : null,
      f.sentiment ? field('Tone', SENTIMENT_LABELS[f.sentiment]) : null,
      field('Competencies', tagLine(f.competencyIds, competencyNames)),
    ].filter((x): x is string => x !== null);
    if (meta.length) lines.push(meta.join(' · '), '');
    for (const [label, value] of [
      ['Question', f.question],
      ['What was said', f.content],
      ['What I did with it', f.followUp],
    ] as const) {
      const body = mdBlock(value);
      if (body) lines.push(`**${label}:**`, '', body, '');
    }
  }
  return finishMarkdown(lines);
}

// ---------- People around you ----------

export interface PeopleInput {
  people: readonly Person[];
  /** The records the people are linked to, by `kind:id`; a deleted one is missing. */
  linked: ReadonlyMap<string, { ref: PersonLinkRef; title: string; date: string }>;
  exportedOn: string;
  locale?: string;
}

/**
 * The people list as a document to prepare conversations with: by role, each person with who they are,
 * when the user last talked to them, what they noted, the questions for their direction, and the
 * records they are linked to.
 */
export function peopleMarkdown({ people, linked, exportedOn, locale }: PeopleInput): string {
  const lines: string[] = [
    '# People around you',
    '',
    `_${people.length} ${people.length === 1 ? 'person' : 'people'} · exported ${mdDate(exportedOn, locale)}_`,
    '',
  ];
  if (!people.some((p) => p.role === 'mentor'))
    lines.push(`> **${FIND_A_MENTOR.title}.** ${mdInline(FIND_A_MENTOR.body, 1_000)}`, '');
  const ordered = orderedPeople(people);
  for (const role of ROLE_ORDER) {
    const group = ordered.filter((p) => p.role === role);
    if (group.length === 0) continue;
    lines.push(`## ${PERSON_ROLES[role].plural}`, '');
    for (const person of group) {
      const direction = DIRECTIONS[person.direction];
      lines.push(`### ${mdInline(person.name, 200)}`, '');
      const meta = [
        field('Who', mdInline(person.relation, 200)),
        field('Direction', direction.label),
        field('Last talked', person.lastTalkedOn ? mdDate(person.lastTalkedOn, locale) : 'not yet'),
      ].filter((x): x is string => x !== null);
      lines.push(meta.join(' · '), '');
      for (const [label, value] of [
        ['What they want to do next', person.goal],
        ['Work that would stretch them', person.stretchWork],
        ['Next time', person.nextTalk],
        ['Notes', person.notes],
      ] as const) {
        const body = mdBlock(value);
        if (body) lines.push(`**${label}:**`, '', body, '');
      }
      lines.push(`**Questions to ask (${direction.label.toLowerCase()}):**`, '');
      for (const prompt of direction.prompts) lines.push(`- ${prompt}`);
      lines.push('');
      const records = person.links.flatMap((key) => {
        const record = linked.get(key);
        return record ? [record] : [];
      });
      if (records.length) {
        lines.push('**Linked:**', '');
        for (const record of [...records].sort((a, b) => b.date.localeCompare(a.date)))
          lines.push(
            `- ${LINK_KIND_LABELS[record.ref.kind]}: ${mdInline(record.title, 200)} (${mdDate(record.date, locale)})`,
          );
        lines.push('');
      }
    }
  }
  return finishMarkdown(lines);
}

// ---------- Whole growth plan ----------

export interface GrowthPlanInput {
  frameworks: readonly Framework[];
  competencies: readonly Competency[];
  snapshots: readonly SkillSnapshot[];
  actions: readonly Action[];
  promotionItems: readonly PromotionItem[];
  /** Each checklist item's evidence, by item id (features/evidence reads it). */
  checklistEvidence: ReadonlyMap<string, readonly EvidenceEntry[]>;
  /** Every answer of the manager to "what does excellent look like in six months?", newest first. */
  managerAnswers: readonly ManagerAnswer[];
  /** The management chain's buy-in on the checklist. */
  buyIns: readonly BuyIn[];
  /** The staff-level projects, candidates and past ones. */
  projects: readonly Project[];
  exportedOn: string;
  /** The reader's locale for dates in the prose (BCP-47); en-GB when not given. */
  locale?: string;
  /** The level and track from the profile, for the path on the scope ladder; none without a profile. */
  profile?: { currentLevel: string; targetTrack: TargetTrack } | null;
}

const ACTION_STATUS: Record<Action['status'], string> = { todo: 'to do', doing: 'in progress', done: 'done' };
const PROMOTION_STATUS: Record<PromotionItem['status'], string> = {
  todo: 'to do',
  'in-progress': 'in progress',
  met: 'met',
};

/** The newest snapshot of each competency. */
export function latestSnapshots(snapshots: readonly SkillSnapshot[]): Map<string, SkillSnapshot> {
  const latest = new Map<string, SkillSnapshot>();
  for (const s of snapshots) {
    const seen = latest.get(s.competencyId);
    if (!seen || s.recordedAt > seen.recordedAt) latest.set(s.competencyId, s);
  }
  return latest;
}

/** "Level: E5 · Senior engineer → aiming for E6 · Staff engineer", from the profile; '' without one. */
function pathLine(profile: { currentLevel: string; targetTrack: TargetTrack } | null): string {
  if (!profile) return '';
  const level = profile.currentLevel.trim();
  const here = ladderStep(level);
  const aim = ladderTarget(profile.targetTrack);
  const from = here ? `${here.code} · ${here.title}` : level ? mdInline(level, 200) : '';
  if (!from && !aim) return '';
  const parts = [
    from ? `**Level:** ${from}` : '',
    aim ? `aiming for ${aim.code} · ${aim.title} (${aim.scope.replace(/\.$/, '').toLowerCase()})` : '',
  ];
  return `${parts.filter(Boolean).join(', ')}.`;
}

export function growthPlanMarkdown(input: GrowthPlanInput): string {
  const { locale } = input;
  const lines: string[] = ['# Growth plan', '', `_Exported ${mdDate(input.exportedOn, locale)}_`, ''];
  const path = pathLine(input.profile ?? null);
  if (path) lines.push(path, '');
  const latest = latestSnapshots(input.snapshots);
  const frameworks = input.frameworks.filter((f) => !f.archived).sort((a, b) => a.name.localeCompare(b.name));
  if (frameworks.length === 0) lines.push('No framework yet.', '');
  for (const framework of frameworks) {
    lines.push(`## ${mdInline(framework.name, 200)}`, '');
    const description = mdBlock(framework.description);
    if (description) lines.push(description, '');
    if (framework.archetype) {
      const archetype = archetypeText(framework.archetype);
      const weighted = input.competencies.filter(
        (c) =>
          c.frameworkId === framework.id &&
          !c.archived &&
          c.builtInKey !== null &&
          archetype.emphasis.includes(c.builtInKey),
      );
      lines.push(
        `Aiming for the **${mdInline(archetype.name)}** kind of Staff work: ${mdInline(archetype.summary)}` +
          (weighted.length
            ? ` Ranked first among equal gaps: ${weighted.map((c) => mdInline(c.name, 200)).join(', ')}.`
            : ''),
        '',
      );
    }
    const competencies = input.competencies
      .filter((c) => c.frameworkId === framework.id && !c.archived)
      .sort((a, b) => a.order - b.order);
    if (competencies.length === 0) {
      lines.push('No competencies yet.', '');
      continue;
    }
    lines.push('| Competency | Group | Current | Target | Gap |', '| --- | --- | ---: | ---: | ---: |');
    for (const c of competencies) {
      const s = latest.get(c.id);
      const current = s?.current ?? null;
      const target = s?.target ?? null;
      const gap = current !== null && target !== null ? String(target - current) : '–';
      lines.push(
        `| ${mdCell(c.name)} | ${mdCell(c.group) || '–'} | ${current ?? '–'} | ${target ?? '–'} | ${gap} |`,
      );
    }
    lines.push('');
    for (const c of competencies) {
      const note = mdBlock(latest.get(c.id)?.note ?? '');
      const actions = input.actions.filter((a) => a.competencyId === c.id);
      if (!note && actions.length === 0) continue;
      lines.push(`### ${mdInline(c.name, 200)}`, '');
      if (note) lines.push(note, '');
      for (const a of actions) {
        lines.push(
          `- [${a.status === 'done' ? 'x' : ' '}] ${mdInline(a.title, 200)} (${ACTION_STATUS[a.status]}${a.dueDate ? `, due ${mdDate(a.dueDate, locale)}` : ''})`,
        );
      }
      if (actions.length) lines.push('');
    }
  }
  const loose = input.actions.filter((a) => a.competencyId === null);
  if (loose.length) {
    lines.push('## Other actions', '');
    for (const a of loose)
      lines.push(
        `- [${a.status === 'done' ? 'x' : ' '}] ${mdInline(a.title, 200)} (${ACTION_STATUS[a.status]})`,
      );
    lines.push('');
  }
  if (input.projects.length) {
    lines.push('## Staff-level projects', '');
    for (const project of orderedProjects(input.projects)) {
      lines.push(
        `### ${mdInline(project.name, 200)} (${PROJECT_STATUSES[project.status].toLowerCase()})`,
        '',
      );
      const facts = [
        ...STAFF_LEVEL_SIGNALS.map(({ field, label }) => [label, project[field]] as const),
        ['My role', project.role],
        ['Why I picked it', project.whyPicked],
        ['Wins to tell', project.wins],
        ['Who should hear about them', project.tellWho],
      ].flatMap(([label, value]) => {
        const text = mdInline(value, 1_000);
        return text ? [`- **${label}:** ${text}`] : [];
      });
      lines.push(...(facts.length ? facts : ['Nothing written about it yet.']), '');
    }
  }
  if (input.managerAnswers.length) {
    lines.push('## What excellent looks like, in my manager’s words', '');
    input.managerAnswers.forEach((answer, i) => {
      const judged =
        answer.concrete === 'vague' ? ' · too vague' : answer.concrete === 'concrete' ? ' · concrete' : '';
      lines.push(
        `### ${i === 0 ? 'Latest' : 'Earlier'}: asked on ${mdDate(answer.askedOn, locale)}${judged}`,
        '',
      );
      lines.push(
        mdBlock(answer.answer)
          .split('\n')
          .map((l) => `> ${l}`)
          .join('\n'),
        '',
      );
      const next = mdInline(answer.nextStep, 1_000);
      if (next) lines.push(`Next step: ${next}`, '');
    });
  }
  if (input.promotionItems.length) {
    lines.push('## Promotion checklist', '');
    for (const item of [...input.promotionItems].sort((a, b) => a.order - b.order)) {
      lines.push(
        `- [${item.status === 'met' ? 'x' : ' '}] ${mdInline(item.title, 200)} (${PROMOTION_STATUS[item.status]})`,
      );
      const note = mdInline(item.note, 1_000);
      if (note) lines.push(`  ${note}`);
      for (const entry of input.checklistEvidence.get(item.id) ?? []) {
        const what = mdInline(entry.note, 300);
        lines.push(
          `  - ${EVIDENCE_KIND_LABELS[entry.kind]}: ${mdInline(entry.title, 200)}${entry.gone ? ' (deleted since)' : ''}${what ? ` — ${what}` : ''}`,
        );
      }
    }
    lines.push('');
    if (input.buyIns.length) {
      lines.push('### Buy-in from my management chain', '');
      for (const b of [...input.buyIns].sort((x, y) => x.order - y.order)) {
        const note = mdInline(b.note, 600);
        lines.push(
          `- ${mdInline(b.who, 200)} (${BUY_IN_RELATIONS[b.relation].toLowerCase()}): ${BUY_IN_STATUSES[b.status].toLowerCase()}${b.on ? `, ${mdDate(b.on, locale)}` : ''}${note ? ` — ${note}` : ''}`,
        );
      }
      lines.push('');
    }
  }
  return finishMarkdown(lines);
}
