/**
 * A deterministic, realistic journal of years of use, for benchmarks, tests and trying the app with a
 * full database (`npm run seed`). Same options → the very same records, on any machine.
 *
 * Per year of use (five years give the sizes the performance budgets are set for):
 * 10 audits of 5 weeks with 1,200 activities each (the newest still running), 1,000 brag entries, 200 feedback items, 60 retros,
 * 50 weekly reflections, 4 self-assessments, 400 skill ratings, 200 actions and 600 evidence notes,
 * over a growth plan of 20 competencies; about half the journal counts as evidence for one or two
 * competencies (links, as the app keeps them). Each audit hands over one or two of the activities it
 * found someone else could do (the delegation ledger, at most 20 a year). Every record passes the
 * backup's validation.
 */
import { addDays, formatISO, parseISO } from 'date-fns';
import { BUILT_IN_CATEGORIES, DEFAULT_RULES } from '@shared/content/audit';
import { SENIOR_TO_STAFF } from '@shared/content/frameworks';
import { delegableActivities, hoursFreed } from '@shared/domain/delegation';
import {
  ASSESSMENT_STATEMENT_COUNT,
  emptyTableData,
  type AuditEntry,
  type TableData,
} from '@shared/types/entities';
import { PROFILE_ID } from '@shared/types/tables';

export interface DatasetOptions {
  /** Years of use: 5 gives the budget sizes; fractions give smaller sets (0.02 for a smoke test). */
  years: number;
  /** The PRNG seed: the same seed and options always give the same records. */
  seed: number;
  /** The last day of the data (yyyy-MM-dd); the newest audit is running on it. */
  end: string;
}

export const DEFAULT_SEED = 20261201;
export const DEFAULT_END = '2026-11-30';

/** Sizes per year of use. */
const PER_YEAR = {
  audits: 10,
  entriesPerAudit: 1_200,
  brags: 1_000,
  feedback: 200,
  retros: 60,
  assessments: 4,
  snapshots: 400,
  actions: 200,
  evidence: 600,
};
const COMPETENCIES = 20;
const AUDIT_WEEKS = 5;
/** The settings key the growth plan reads its framework from (renderer/src/features/growth-plan). */
const ACTIVE_FRAMEWORK_KEY = 'growthPlan.activeFrameworkId';

/** mulberry32: small, fast and good enough for test data. */
function prng(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
    chance: (p: number) => next() < p,
  };
}

const ACTIVITY_TITLES = [
  'Design review: payments ledger',
  '1:1 with Sam',
  'Sprint planning',
  'RFC: event sourcing for orders',
  'Incident follow-up',
  'Focus time: migration script',
  'Stakeholder status update',
  'Interview loop debrief',
  'Pairing with a new joiner',
  'Architecture sync with platform',
  'Email and chat triage',
  'Roadmap review',
  'Office hours',
  'Team retro',
  'Learning: distributed tracing',
  'Code review batch',
];
const BRAG_TITLES = [
  'Led the checkout latency work',
  'Mentored two engineers through their first on-call',
  'Wrote the data-retention RFC',
  'Unblocked the mobile release',
  'Ran the incident review for the search outage',
  'Organised the cross-team API guild',
  'Cut build times for every team',
  'Onboarded the new platform team',
];
const WORDS = [
  'latency',
  'reliability',
  'migration',
  'alignment',
  'roadmap',
  'mentoring',
  'review',
  'incident',
  'design',
  'customers',
  'platform',
  'quarter',
  'budget',
  'team',
  'scope',
  'trade-off',
];
const PEOPLE = ['Sam', 'Priya', 'Alex', 'Jordan', 'Mei', 'Tomás', 'Ana', 'Kofi'];
/** What "done" looks like when a piece of work is handed over, and how it turned out. */
const EXPECTATIONS = [
  'Runs it end to end; brings me only the calls that cross teams.',
  'Owns the agenda and the notes, sends me the summary.',
  'Answers the first round of questions and escalates what needs me.',
  'Sends the update every Friday; I read the first two before they go out.',
  'Decides on their own below a day of work; we compare notes weekly for a month.',
];
const OUTCOMES = [
  'Ran it alone from the second week; I only read the summaries now.',
  'Mostly theirs; I still join once a month for the hard ones.',
  'Took twice as long as planned to settle, now fully handed over.',
  'Came back to me: it needed context only I had. Wrote that down before trying again.',
  'Better than when I did it: they added a checklist I never had time for.',
];

/** The records of `options.years` years of use, ending on `options.end`. */
export function generateDataset(options: DatasetOptions): TableData {
  const { years, end } = options;
  const random = prng(options.seed);
  const tables = emptyTableData();
  const endDay = parseISO(end);
  const days = Math.max(1, Math.round(years * 365));
  const firstDay = addDays(endDay, -days);
  let counter = 0;
  const id = (prefix: string) => `${prefix}-${(counter += 1).toString(36)}`;
  const day = (date: Date) => formatISO(date, { representation: 'date' });
  const stamp = (date: Date, minutes = 9 * 60) => `${day(date)}T${clock(minutes)}:00.000Z`;
  const randomDay = () => addDays(firstDay, random.int(0, days));
  const sentence = (count: number) => Array.from({ length: count }, () => random.pick(WORDS)).join(' ') + '.';
  const scaled = (perYear: number, min = 1) => Math.max(min, Math.round(perYear * years));
  const created = stamp(firstDay);

  tables.profile.push({
    id: PROFILE_ID,
    name: 'Robin Example',
    currentLevel: 'E5 (Senior)',
    role: 'Senior engineer, payments',
    targetTrack: 'staff',
    targetDate: day(addDays(endDay, 365)),
    createdAt: created,
    updatedAt: created,
  });
  // The manager loop: an answer every six months, the latest two months ago; every third one was vague.
  // Fixed ids and no random draws, so the rest of the dataset is what it was before schema v8.
  for (let i = 0, n = Math.max(1, Math.floor(years * 2)); i < n; i += 1) {
    const asked = day(addDays(endDay, -60 - i * 182));
    tables.managerAnswers.push({
      id: `manager-answer-${i}`,
      askedOn: asked,
      answer:
        i === 0
          ? 'Owns the payments platform direction and grows two senior engineers.'
          : `Answer ${n - i}: leads a cross-team change and writes down the area's direction.`,
      concrete: i % 3 === 2 ? 'vague' : 'concrete',
      nextStep: i % 3 === 2 ? 'Ask for an example of someone doing this well.' : '',
      createdAt: `${asked}T10:00:00.000Z`,
      updatedAt: `${asked}T10:00:00.000Z`,
    });
  }

  // The growth plan: the built-in Senior → Staff framework, topped up to 20 competencies.
  const frameworkId = id('framework');
  tables.frameworks.push({
    id: frameworkId,
    name: SENIOR_TO_STAFF.name,
    description: SENIOR_TO_STAFF.description,
    track: 'staff',
    builtInKey: SENIOR_TO_STAFF.key,
    builtInVersion: SENIOR_TO_STAFF.version,
    archetype: null,
    archived: false,
    createdAt: created,
    updatedAt: created,
  });
  tables.settings.push({ key: ACTIVE_FRAMEWORK_KEY, value: frameworkId });
  for (let order = 0; order < COMPETENCIES; order += 1) {
    const builtIn = SENIOR_TO_STAFF.competencies[order];
    tables.competencies.push({
      id: id('competency'),
      frameworkId,
      group: builtIn?.group ?? 'Own additions',
      name: builtIn?.name ?? `Own competency ${order + 1}`,
      description: builtIn?.description ?? sentence(10),
      levels: builtIn ? [...builtIn.levels] : ['One.', 'Two.', 'Three.', 'Four.', 'Five.'],
      order,
      priority: builtIn?.priority ?? order,
      builtInKey: builtIn?.key ?? null,
      archived: false,
      createdAt: created,
      updatedAt: created,
    });
  }
  const competencyIds = tables.competencies.map((c) => c.id);
  const someCompetencies = () =>
    random.chance(0.5) ? [] : [...new Set([random.pick(competencyIds), random.pick(competencyIds)])];
  /** Each record's links to competencies, one per record and competency (as the app keeps them). */
  const linked = new Map<string, TableData['evidence'][number]>();
  const linkTo = (
    ref: { kind: 'retro' | 'brag' | 'feedback' | 'handover'; id: string },
    competencies: readonly string[],
    date: string,
    at: string,
    note = '',
  ) => {
    for (const competencyId of competencies) {
      const pair = `${ref.kind}:${ref.id}|${competencyId}`;
      const same = linked.get(pair);
      // One link per record and competency: a second note on the pair is added to the first.
      if (same) {
        if (note) same.note = same.note ? `${same.note}\n\n${note}` : note;
        continue;
      }
      const link = {
        id: id('evidence'),
        competencyId,
        promotionItemId: null,
        ref,
        note,
        date,
        createdAt: at,
        updatedAt: at,
      };
      linked.set(pair, link);
      tables.evidence.push(link);
    }
  };

  // Ratings history: evenly spread over the years, levels creeping up.
  const snapshots = scaled(PER_YEAR.snapshots, COMPETENCIES);
  for (let i = 0; i < snapshots; i += 1) {
    const progress = i / snapshots;
    tables.skillSnapshots.push({
      id: id('snapshot'),
      competencyId: competencyIds[i % COMPETENCIES]!,
      recordedAt: stamp(addDays(firstDay, Math.floor(progress * days)), 8 * 60 + (i % 600)),
      current: Math.min(5, 1 + Math.floor(progress * 3) + random.int(0, 1)),
      target: 4 + random.int(0, 1),
      note: random.chance(0.3) ? sentence(8) : '',
    });
  }

  // The journal.
  for (let i = 0, n = scaled(PER_YEAR.retros); i < n; i += 1) {
    const start = randomDay();
    const at = stamp(addDays(start, 40));
    const retroId = id('retro');
    const tags = someCompetencies();
    tables.retros.push({
      id: retroId,
      project: `Project ${random.pick(WORDS)} ${i + 1}`,
      startDate: day(start),
      endDate: day(addDays(start, 40)),
      role: random.pick(['Tech lead', 'Contributor', 'Driver']),
      wentWell: sentence(20),
      didNotGoWell: sentence(16),
      prevention: sentence(12),
      change: sentence(12),
      overEngineered: random.pick(['yes', 'no', 'unsure', null] as const),
      overEngineeredNote: random.chance(0.3) ? sentence(8) : '',
      status: random.chance(0.9) ? 'done' : 'draft',
      createdAt: at,
      updatedAt: at,
    });
    linkTo({ kind: 'retro', id: retroId }, tags, day(addDays(start, 40)), at);
  }
  for (let i = 0, n = scaled(PER_YEAR.brags); i < n; i += 1) {
    const date = randomDay();
    const bragId = id('brag');
    tables.bragEntries.push({
      id: bragId,
      date: day(date),
      title: `${random.pick(BRAG_TITLES)} (${i + 1})`,
      impact: sentence(24),
      numbers: random.chance(0.5) ? `-${random.int(5, 60)}% p99` : '',
      link: random.chance(0.3) ? `https://example.com/doc/${i}` : '',
      kind: random.pick(['delivery', 'glue', 'mentorship', 'incident', 'design', 'other'] as const),
      createdAt: stamp(date),
      updatedAt: stamp(date),
    });
    linkTo({ kind: 'brag', id: bragId }, someCompetencies(), day(date), stamp(date));
  }
  for (let i = 0, n = scaled(PER_YEAR.feedback); i < n; i += 1) {
    const asked = randomDay();
    const answered = random.chance(0.85);
    const feedbackId = id('feedback');
    tables.feedback.push({
      id: feedbackId,
      from: random.pick(PEOPLE),
      askedOn: day(asked),
      question: `What should I do differently about ${random.pick(WORDS)}?`,
      receivedOn: answered ? day(addDays(asked, random.int(1, 14))) : null,
      content: answered ? sentence(30) : '',
      sentiment: answered ? random.pick(['positive', 'growth', 'mixed'] as const) : null,
      followUp: random.chance(0.4) ? sentence(10) : '',
      createdAt: stamp(asked),
      updatedAt: stamp(asked),
    });
    linkTo({ kind: 'feedback', id: feedbackId }, someCompetencies(), day(asked), stamp(asked));
  }

  // The plan's actions and evidence notes, some linked to journal items.
  for (let i = 0, n = scaled(PER_YEAR.actions); i < n; i += 1) {
    const made = randomDay();
    const status = random.pick(['todo', 'doing', 'done', 'done'] as const);
    tables.actions.push({
      id: id('action'),
      competencyId: random.chance(0.9) ? random.pick(competencyIds) : null,
      title: `Practise ${random.pick(WORDS)} with ${random.pick(PEOPLE)}`,
      status,
      dueDate: random.chance(0.6) ? day(addDays(made, random.int(7, 60))) : null,
      doneAt: status === 'done' ? stamp(addDays(made, random.int(1, 50))) : null,
      source: null,
      createdAt: stamp(made),
      updatedAt: stamp(made),
    });
  }
  for (let i = 0, n = scaled(PER_YEAR.evidence); i < n; i += 1) {
    const date = randomDay();
    const brag = random.chance(0.4) ? random.pick(tables.bragEntries) : undefined;
    const competencyId = random.pick(competencyIds);
    const note = sentence(12);
    // A note on a brag entry says what the entry shows; a free note stands on its own.
    if (brag) linkTo({ kind: 'brag', id: brag.id }, [competencyId], brag.date, stamp(date), note);
    else
      tables.evidence.push({
        id: id('evidence'),
        competencyId,
        promotionItemId: null,
        ref: null,
        note,
        date: day(date),
        createdAt: stamp(date),
        updatedAt: stamp(date),
      });
  }
  ['Leads a cross-team design', 'Mentors a senior engineer', 'Writes the area strategy'].forEach(
    (title, order) => {
      const itemId = id('promotion');
      tables.promotionItems.push({
        id: itemId,
        title,
        status: random.pick(['todo', 'in-progress', 'met'] as const),
        note: sentence(10),
        order,
        createdAt: created,
        updatedAt: created,
      });
      for (const brag of tables.bragEntries.slice(order * 3, order * 3 + 3))
        tables.evidence.push({
          id: id('evidence'),
          competencyId: null,
          promotionItemId: itemId,
          ref: { kind: 'brag', id: brag.id },
          note: '',
          date: brag.date,
          createdAt: created,
          updatedAt: created,
        });
    },
  );
  tables.buyIns.push(
    {
      id: 'buy-in-manager',
      who: 'Priya Shah',
      relation: 'manager',
      status: 'agreed',
      on: day(addDays(endDay, -90)),
      note: 'Agreed, and asked to see the strategy draft first.',
      order: 0,
      createdAt: created,
      updatedAt: created,
    },
    {
      id: 'buy-in-skip',
      who: 'Sam Okafor',
      relation: 'skip-level',
      status: 'asked',
      on: day(addDays(endDay, -30)),
      note: '',
      order: 1,
      createdAt: created,
      updatedAt: created,
    },
  );

  // Staff-level projects: one under way, one candidate, one done with the case written down. Fixed ids and
  // no random draws, so the rest of the dataset is what it was before schema v9.
  tables.projects.push(
    ...(
      [
        ['project-gateway', 'Payments gateway consolidation', 'active', 'Three teams run their own gateway.'],
        [
          'project-observability',
          'Shared tracing for checkout',
          'candidate',
          'Nobody can follow a payment end to end.',
        ],
        ['project-ledger', 'Ledger migration', 'done', 'The old ledger blocked every new currency.'],
      ] as const
    ).map(([projectId, name, status, why], order) => ({
      id: projectId,
      name,
      status,
      scope: 'The whole payments group.',
      ambiguity: 'No agreed target design yet.',
      teams: 'Payments, checkout, finance engineering.',
      impact: 'Fewer failed payments; new markets sooner.',
      role: 'Technical lead',
      whyPicked: why,
      wins: status === 'done' ? 'Cut payment failures by a third.' : '',
      tellWho: status === 'done' ? 'Director of engineering, finance partners.' : '',
      retroId: null,
      order,
      createdAt: created,
      updatedAt: created,
    })),
  );

  // Staff or EM: assessments, decisions and trials.
  for (let i = 0, n = scaled(PER_YEAR.assessments); i < n; i += 1) {
    const started = addDays(firstDay, Math.floor(((i + 0.5) / n) * days));
    tables.selfAssessments.push({
      id: id('assessment'),
      startedAt: stamp(started),
      completedAt: stamp(started, 9 * 60 + 20),
      answers: Array.from({ length: ASSESSMENT_STATEMENT_COUNT }, () => random.int(1, 5)),
    });
  }
  for (let i = 0; i < Math.max(1, Math.round(years * 2)); i += 1) {
    const date = randomDay();
    tables.decisions.push({
      id: id('decision'),
      date: day(date),
      statement: 'I want my main impact to come from setting technical direction across teams.',
      framing: 'technical-direction',
      energising: random.chance(0.7),
      createdAt: stamp(date),
      updatedAt: stamp(date),
    });
  }
  for (let i = 0; i < Math.max(1, Math.round(years * 2)); i += 1) {
    const start = randomDay();
    tables.trials.push({
      id: id('trial'),
      track: random.pick(['staff', 'em'] as const),
      title: `Try ${random.pick(WORDS)} for a month`,
      ideaKey: null,
      startDate: day(start),
      endDate: day(addDays(start, 30)),
      status: 'done',
      notes: sentence(15),
      energy: random.int(-2, 2),
      signalAnswer: sentence(10),
      createdAt: stamp(start),
      updatedAt: stamp(start),
    });
  }

  // The calendar audit: categories and rules as the app seeds them, then back-to-back audits ending with
  // one that is running on the last day.
  const categoryIds = new Map<string, string>();
  BUILT_IN_CATEGORIES.forEach((category, order) => {
    const categoryId = id('category');
    categoryIds.set(category.key, categoryId);
    tables.auditCategories.push({
      id: categoryId,
      name: category.name,
      lean: category.lean,
      color: category.color,
      order,
      archived: false,
    });
  });
  DEFAULT_RULES.forEach((rule, order) =>
    tables.categoryRules.push({
      id: id('rule'),
      keyword: rule.keyword,
      categoryId: categoryIds.get(rule.categoryKey)!,
      order,
    }),
  );
  const categories = [...categoryIds.values()];
  const audits = scaled(PER_YEAR.audits);
  const entriesPerAudit = Math.max(10, Math.round(PER_YEAR.entriesPerAudit * Math.min(1, years)));
  const auditDays = AUDIT_WEEKS * 7;
  for (let a = 0; a < audits; a += 1) {
    const running = a === audits - 1;
    // Back to back; the newest is in its last week on the last day, so it is still running.
    const start = addDays(endDay, -(audits - a) * auditDays + 1);
    const auditId = id('audit');
    tables.audits.push({
      id: auditId,
      startDate: day(start),
      weeks: AUDIT_WEEKS,
      status: running ? 'active' : 'finished',
      createdAt: stamp(start),
      updatedAt: stamp(start),
    });
    const count = entriesPerAudit;
    for (let e = 0; e < count; e += 1) {
      const date = addDays(start, Math.floor((e / count) * auditDays));
      const startMinutes = 8 * 60 + ((e * 37) % (9 * 60));
      const title = random.pick(ACTIVITY_TITLES);
      tables.auditEntries.push({
        id: id('entry'),
        auditId,
        date: day(date),
        startTime: random.chance(0.9) ? clock(startMinutes) : null,
        minutes: random.pick([15, 30, 30, 45, 60, 60, 90, 120]),
        title,
        categoryId: random.chance(0.95) ? random.pick(categories) : null,
        energy: random.chance(0.9) ? random.int(-2, 2) : null,
        note: random.chance(0.2) ? sentence(8) : '',
        mostImportant: random.chance(0.3) ? random.chance(0.5) : null,
        delegable: random.chance(0.3) ? random.chance(0.4) : null,
        importKey: random.chance(0.4) ? `uid-${e}-${auditId}@calendar|${day(date)}` : null,
        createdAt: stamp(date, startMinutes),
        updatedAt: stamp(date, startMinutes),
      });
    }
    // The running audit's last week is not reflected on yet.
    for (let week = 0; week < (running ? AUDIT_WEEKS - 1 : AUDIT_WEEKS); week += 1) {
      const weekStart = addDays(start, week * 7);
      tables.weeklyReflections.push({
        id: id('reflection'),
        auditId,
        weekStart: day(weekStart),
        items: Array.from({ length: 3 }, () => ({
          title: random.pick(ACTIVITY_TITLES),
          minutes: random.pick([60, 120, 180]),
          mostImportant: random.chance(0.5),
          delegable: random.chance(0.3),
        })),
        intentions: sentence(14),
        createdAt: stamp(addDays(weekStart, 6)),
        updatedAt: stamp(addDays(weekStart, 6)),
      });
    }
  }

  // The delegation ledger: each audit hands over one or two of the kinds of work its log marked as
  // someone else's to do (the largest first), from its second week on, with a follow-up two or three
  // weeks later (inside the audit or just after it). About two in three of a finished audit's are done,
  // with how it went, so the open ones keep a few follow-ups overdue; the running audit's are all still
  // open. A few done ones count as evidence. They draw from a generator of their own, after every other
  // record, so adding them changed none of the records (or ids) the benchmarks' budgets were set on.
  const delegation = prng(options.seed ^ 0x0d31e6a7);
  const entriesOf = new Map<string, AuditEntry[]>();
  for (const entry of tables.auditEntries) {
    let list = entriesOf.get(entry.auditId);
    if (!list) entriesOf.set(entry.auditId, (list = []));
    list.push(entry);
  }
  for (const audit of tables.audits) {
    const entries = entriesOf.get(audit.id) ?? [];
    const found = delegableActivities(audit, entries, tables.auditCategories).slice(0, delegation.int(1, 2));
    const start = parseISO(audit.startDate);
    for (const activity of found) {
      const made = addDays(start, delegation.int(7, auditDays - 1));
      const followUp = delegation.chance(0.9) ? addDays(made, delegation.int(14, 21)) : null;
      const done = audit.status === 'finished' && delegation.chance(0.65);
      let doneDate = done ? (followUp ?? addDays(made, delegation.int(7, 28))) : null;
      if (doneDate && doneDate > endDay) doneDate = endDay;
      const { minutes, count, weeks } = hoursFreed(audit, entries, activity.title, end);
      const handoverId = id('handover');
      tables.handovers.push({
        id: handoverId,
        auditId: audit.id,
        activity: activity.title,
        categoryId: activity.categoryId,
        to: delegation.pick(PEOPLE),
        expectations: delegation.pick(EXPECTATIONS),
        followUpOn: followUp && day(followUp),
        status: doneDate ? 'done' : 'open',
        outcome: doneDate ? delegation.pick(OUTCOMES) : '',
        doneOn: doneDate && day(doneDate),
        estimate: { minutes, count, weeks },
        createdAt: stamp(made),
        updatedAt: stamp(doneDate ?? made),
      });
      if (doneDate && delegation.chance(0.3))
        linkTo(
          { kind: 'handover', id: handoverId },
          [delegation.pick(competencyIds)],
          day(doneDate),
          stamp(doneDate),
          'Let go of work someone else could own, and checked it landed.',
        );
    }
  }

  // People around you (schema v10): one of each role, named as in the journal, each linked to the
  // feedback, handovers, retro and trial that name them or fit. Fixed fields and no random draws, so the
  // rest of the dataset is what it was before.
  const named = (name: string) => (record: { from?: string; to?: string }) =>
    record.from === name || record.to === name;
  const roles = ['mentor', 'mentee', 'sponsor', 'stakeholder'] as const;
  const directions = { mentor: 'up', mentee: 'down', sponsor: 'up', stakeholder: 'sideways' } as const;
  PEOPLE.slice(0, roles.length).forEach((name, order) => {
    const role = roles[order] ?? 'stakeholder';
    const links = [
      ...tables.feedback.filter(named(name)).map((f) => `feedback:${f.id}`),
      ...tables.handovers.filter(named(name)).map((h) => `handover:${h.id}`),
      ...(role === 'mentee' && tables.retros[0] ? [`retro:${tables.retros[0].id}`] : []),
      ...(role === 'mentor' && tables.trials[0] ? [`trial:${tables.trials[0].id}`] : []),
    ];
    tables.people.push({
      id: `person-${order + 1}`,
      name,
      role,
      direction: directions[role],
      relation:
        role === 'sponsor' ? 'Director of engineering' : role === 'mentee' ? 'Engineer on my team' : '',
      goal: role === 'mentee' ? 'Lead a project across two teams.' : '',
      stretchWork: role === 'mentee' ? 'The checkout tracing rollout.' : '',
      nextTalk: 'What worries you about the next quarter?',
      notes: '',
      lastTalkedOn: day(addDays(endDay, -7 * (order + 1))),
      links,
      order,
      createdAt: stamp(firstDay),
      updatedAt: stamp(firstDay),
    });
  });
  return tables;
}

function clock(minutes: number): string {
  const h = Math.floor(minutes / 60) % 24;
  const m = minutes % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}
