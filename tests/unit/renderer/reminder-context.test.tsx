import { cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { db } from '@renderer/db/db';
import { useReminderContext } from '@renderer/features/settings/hooks/useReminderContext';
import { eventually } from '../support/eventually';
import { auditEntry, handover as handoverRecord } from '../support/journal-fixtures';
import { EMPTY_RETRO } from '@renderer/features/journal/model/repo';
import {
  buildReminderContext,
  pickActiveAudit,
  readManagerAnswerRecords,
  type ReminderRecords,
} from '@renderer/features/settings/model/reminder-context';
import { addDays } from '@shared/domain/audit';
import {
  EMPTY_REMINDER_CONTEXT,
  reminderContextSchema,
  type ReminderContext,
} from '@shared/domain/reminders';
import type {
  Audit,
  AuditEntry,
  Handover,
  ManagerAnswer,
  Retro,
  SelfAssessment,
  WeeklyReflection,
} from '@shared/types/entities';

const STAMP = '2026-11-02T09:00:00.000Z';

function audit(id: string, status: Audit['status'], startDate: string, weeks: Audit['weeks'] = 4): Audit {
  return { id, status, startDate, weeks, createdAt: STAMP, updatedAt: STAMP };
}

function retro(id: string, patch: Partial<Retro> = {}): Retro {
  return { id, ...EMPTY_RETRO, project: 'Search rewrite', createdAt: STAMP, updatedAt: STAMP, ...patch };
}

function reflection(id: string, auditId: string | null, weekStart: string): WeeklyReflection {
  return { id, auditId, weekStart, items: [], intentions: '', createdAt: STAMP, updatedAt: STAMP };
}

function entry(id: string, auditId: string, date: string): AuditEntry {
  return auditEntry({ id, auditId, date, createdAt: STAMP, updatedAt: STAMP });
}

function assessment(id: string, completedAt: string | null): SelfAssessment {
  return { id, startedAt: STAMP, completedAt, answers: Array<null>(12).fill(null) };
}

function handover(id: string, patch: Partial<Handover> = {}): Handover {
  const base = { id, auditId: null, activity: 'On-call rota', expectations: 'Runs the rota without me.' };
  return handoverRecord({ ...base, followUpOn: null, createdAt: STAMP, updatedAt: STAMP, ...patch });
}

function answer(id: string, askedOn: string, patch: Partial<ManagerAnswer> = {}): ManagerAnswer {
  return {
    id,
    askedOn,
    answer: 'Own the billing roadmap end to end.',
    concrete: null,
    nextStep: '',
    createdAt: `${askedOn}T09:00:00.000Z`,
    updatedAt: `${askedOn}T09:00:00.000Z`,
    ...patch,
  };
}

const NONE: ReminderRecords = {
  activeAudit: null,
  lastLoggedDate: null,
  reflections: [],
  retros: [],
  assessments: [],
  handovers: [],
  managerAnswers: [],
};

describe('pickActiveAudit', () => {
  it('picks the latest-starting active audit and ignores finished ones', () => {
    const audits = [
      audit('old', 'active', '2026-09-07'),
      audit('done', 'finished', '2026-12-07'),
      audit('new', 'active', '2026-11-02'),
    ];
    expect(pickActiveAudit(audits)?.id).toBe('new');
    expect(pickActiveAudit([audit('done', 'finished', '2026-12-07')])).toBeNull();
    expect(pickActiveAudit([])).toBeNull();
  });
});

describe('buildReminderContext', () => {
  it('is the empty context when there is no data', () => {
    expect(buildReminderContext(NONE, 'Europe/Berlin')).toEqual(EMPTY_REMINDER_CONTEXT);
  });

  it('describes the running audit, its last logged day and its reflected weeks only', () => {
    const context = buildReminderContext(
      {
        ...NONE,
        activeAudit: audit('a1', 'active', '2026-11-02', 5),
        lastLoggedDate: '2026-11-12',
        reflections: [
          reflection('r2', 'a1', '2026-11-09'),
          reflection('r1', 'a1', '2026-11-02'),
          reflection('r1b', 'a1', '2026-11-02'),
          reflection('other', 'a0', '2026-10-05'),
          reflection('loose', null, '2026-11-16'),
        ],
      },
      'Europe/Berlin',
    );
    expect(context.activeAudit).toEqual({ startDate: '2026-11-02', weeks: 5 });
    expect(context.lastLoggedDate).toBe('2026-11-12');
    expect(context.reflectedWeeks).toEqual(['2026-11-02', '2026-11-09']);
  });

  it('drops the last logged day when no audit is running', () => {
    const context = buildReminderContext({ ...NONE, lastLoggedDate: '2026-11-12' }, 'UTC');
    expect(context.lastLoggedDate).toBeNull();
    expect(context.reflectedWeeks).toEqual([]);
  });

  it('keeps only draft retrospectives with an end date, newest end first', () => {
    const context = buildReminderContext(
      {
        ...NONE,
        retros: [
          retro('r-old', { endDate: '2026-10-01' }),
          retro('r-none'),
          retro('r-done', { endDate: '2026-11-20', status: 'done' }),
          retro('r-new', { endDate: '2026-11-27', project: '  Billing  ' }),
          retro('bad id!', { endDate: '2026-11-28' }),
        ],
      },
      'UTC',
    );
    expect(context.openRetros).toEqual([
      { id: 'r-new', project: 'Billing', endDate: '2026-11-27' },
      { id: 'r-old', project: 'Search rewrite', endDate: '2026-10-01' },
    ]);
  });

  it('keeps only open handovers with a follow-up day, the latest day first', () => {
    const context = buildReminderContext(
      {
        ...NONE,
        handovers: [
          handover('h-early', { followUpOn: '2026-11-10' }),
          handover('h-none'),
          handover('h-done', { followUpOn: '2026-12-01', status: 'done', doneOn: '2026-11-30' }),
          handover('h-late', { followUpOn: '2026-12-04', activity: '  Release notes ', to: ' Sam ' }),
          handover('bad id!', { followUpOn: '2026-12-05' }),
        ],
      },
      'UTC',
    );
    expect(context.followUps).toEqual([
      { id: 'h-late', activity: 'Release notes', to: 'Sam', followUpOn: '2026-12-04' },
      { id: 'h-early', activity: 'On-call rota', to: 'Priya', followUpOn: '2026-11-10' },
    ]);
  });

  it("takes the manager's answer in force: the latest asked, then the latest written that day", () => {
    const context = (...answers: ManagerAnswer[]) =>
      buildReminderContext({ ...NONE, managerAnswers: answers }, 'UTC').managerAnswer;
    expect(
      context(
        answer('a1', '2026-05-04', { concrete: 'concrete' }),
        answer('a3', '2026-11-17', { concrete: 'vague', createdAt: '2026-11-17T08:00:00.000Z' }),
        answer('a2', '2026-09-01'),
      ),
    ).toEqual({ askedOn: '2026-11-17', vague: true });
    // Two answers of one day: the one written later counts, whatever order they come in.
    const morning = answer('m', '2026-11-17', { concrete: 'vague', createdAt: '2026-11-17T08:00:00.000Z' });
    const evening = answer('e', '2026-11-17', {
      concrete: 'concrete',
      createdAt: '2026-11-17T18:00:00.000Z',
    });
    expect(context(morning, evening)).toEqual({ askedOn: '2026-11-17', vague: false });
    expect(context(evening, morning)).toEqual({ askedOn: '2026-11-17', vague: false });
    // Not yet judged counts as not vague: six months, not two weeks.
    expect(context(answer('n', '2026-11-17'))).toEqual({ askedOn: '2026-11-17', vague: false });
    expect(context()).toBeNull();
  });

  it('turns the latest completion time into a day in the given time zone', () => {
    const records: ReminderRecords = {
      ...NONE,
      assessments: [
        assessment('s1', '2026-06-01T10:00:00.000Z'),
        assessment('s2', '2026-09-30T23:30:00.000Z'),
        assessment('s3', null),
      ],
    };
    expect(buildReminderContext(records, 'UTC').lastAssessmentDate).toBe('2026-09-30');
    // Half past eleven at night in UTC is already the next morning in Berlin.
    expect(buildReminderContext(records, 'Europe/Berlin').lastAssessmentDate).toBe('2026-10-01');
    expect(buildReminderContext(records, 'America/Los_Angeles').lastAssessmentDate).toBe('2026-09-30');
  });

  it('always produces a context main accepts, even from many long records', () => {
    const many: ReminderRecords = {
      activeAudit: audit('a1', 'active', '2026-11-02', 6),
      lastLoggedDate: '2026-11-03',
      reflections: Array.from({ length: 80 }, (_, i) =>
        reflection(`w${i}`, 'a1', addDays('2025-01-06', 7 * i)),
      ),
      retros: Array.from({ length: 600 }, (_, i) =>
        retro(`r${i}`, { endDate: '2026-11-01', project: 'x'.repeat(300) }),
      ),
      assessments: [],
      handovers: Array.from({ length: 600 }, (_, i) =>
        handover(`h${i}`, { followUpOn: '2026-12-01', activity: 'y'.repeat(200), to: 'z'.repeat(200) }),
      ),
      managerAnswers: [answer('a1', '2026-11-17', { answer: 'x'.repeat(5_000), concrete: 'vague' })],
    };
    const context = buildReminderContext(many, 'UTC');
    expect(context.followUps).toHaveLength(500);
    expect(context.openRetros).toHaveLength(500);
    expect(context.reflectedWeeks).toHaveLength(60);
    expect(reminderContextSchema.safeParse(context).success).toBe(true);
  });
});

/** The context as the app keeps it: the hook's live queries on the app's database. */
async function liveContext(): Promise<ReminderContext> {
  const { result } = renderHook(() => useReminderContext('UTC'));
  return eventually(() => {
    expect(result.current).toBeDefined();
    return result.current as ReminderContext;
  });
}

describe('useReminderContext', () => {
  afterEach(async () => {
    cleanup();
    await Promise.all(db.tables.map((table) => table.clear()));
  });

  it('reads the running audit, its latest entry, drafts with end dates and the last assessment', async () => {
    await db.audits.bulkAdd([audit('a0', 'finished', '2026-09-07'), audit('a1', 'active', '2026-11-02')]);
    await db.auditEntries.bulkAdd([
      entry('e1', 'a1', '2026-11-03'),
      entry('e2', 'a1', '2026-11-10'),
      entry('e3', 'a1', '2026-11-05'),
      entry('e4', 'a0', '2026-11-20'),
    ]);
    await db.weeklyReflections.bulkAdd([
      reflection('w1', 'a1', '2026-11-02'),
      reflection('w0', 'a0', '2026-09-07'),
    ]);
    await db.retros.bulkAdd([
      retro('r1', { endDate: '2026-11-30' }),
      retro('r2'),
      retro('r3', { endDate: '2026-11-15', status: 'done' }),
    ]);
    await db.selfAssessments.bulkAdd([
      assessment('s1', '2026-05-04T08:00:00.000Z'),
      assessment('s2', '2026-08-04T08:00:00.000Z'),
      assessment('s3', null),
    ]);

    expect(await liveContext()).toEqual({
      activeAudit: { startDate: '2026-11-02', weeks: 4 },
      lastLoggedDate: '2026-11-10',
      reflectedWeeks: ['2026-11-02'],
      openRetros: [{ id: 'r1', project: 'Search rewrite', endDate: '2026-11-30' }],
      lastAssessmentDate: '2026-08-04',
      followUps: [],
      managerAnswer: null,
    });
  });

  it('reads the open handovers with a follow-up day, and follows a change to them', async () => {
    await db.handovers.bulkAdd([
      handover('h1', { followUpOn: '2026-12-04' }),
      handover('h2'),
      handover('h3', { followUpOn: '2026-11-20', status: 'done', doneOn: '2026-11-21' }),
    ]);
    const { result } = renderHook(() => useReminderContext('UTC'));
    const followUps = () => result.current?.followUps.map((f) => [f.id, f.followUpOn]);
    await eventually(() => expect(followUps()).toEqual([['h1', '2026-12-04']]));

    // Setting a day in the ledger, and finishing one, reach the context (and so main) without a reload.
    await db.handovers.update('h2', { followUpOn: '2026-12-10' });
    await eventually(() =>
      expect(followUps()).toEqual([
        ['h2', '2026-12-10'],
        ['h1', '2026-12-04'],
      ]),
    );
    await db.handovers.update('h1', { status: 'done', doneOn: '2026-12-01' });
    await eventually(() => expect(followUps()).toEqual([['h2', '2026-12-10']]));
  });

  it('reads the answer in force, and follows a new answer or a changed judgement', async () => {
    await db.managerAnswers.bulkAdd([
      answer('a1', '2026-05-04', { concrete: 'concrete' }),
      answer('a2', '2026-09-01', { concrete: 'vague', createdAt: '2026-09-01T08:00:00.000Z' }),
      answer('a3', '2026-09-01', { concrete: null, createdAt: '2026-09-01T17:00:00.000Z' }),
    ]);
    expect(await readManagerAnswerRecords(db)).toEqual([
      answer('a3', '2026-09-01', { concrete: null, createdAt: '2026-09-01T17:00:00.000Z' }),
    ]);

    const { result } = renderHook(() => useReminderContext('UTC'));
    const managerAnswer = () => result.current?.managerAnswer;
    await eventually(() => expect(managerAnswer()).toEqual({ askedOn: '2026-09-01', vague: false }));

    // The user marks the answer in force as vague on the Profile: the reminder moves to two weeks.
    await db.managerAnswers.update('a3', { concrete: 'vague' });
    await eventually(() => expect(managerAnswer()).toEqual({ askedOn: '2026-09-01', vague: true }));
    // A new answer takes over; removing it puts the earlier one back in force.
    await db.managerAnswers.add(answer('a4', '2026-11-30', { concrete: 'concrete' }));
    await eventually(() => expect(managerAnswer()).toEqual({ askedOn: '2026-11-30', vague: false }));
    await db.managerAnswers.delete('a4');
    await eventually(() => expect(managerAnswer()).toEqual({ askedOn: '2026-09-01', vague: true }));
    await db.managerAnswers.clear();
    await eventually(() => expect(managerAnswer()).toBeNull());
    expect(await readManagerAnswerRecords(db)).toEqual([]);
  });

  it('keeps the same context while an activity logged leaves it as it was, and follows a later day', async () => {
    await db.audits.add(audit('a1', 'active', '2026-11-02'));
    await db.auditEntries.bulkAdd([entry('e1', 'a1', '2026-11-03'), entry('e2', 'a1', '2026-11-05')]);
    await db.weeklyReflections.add(reflection('w1', 'a1', '2026-11-02'));
    const { result } = renderHook(() => useReminderContext('UTC'));
    await eventually(() => expect(result.current?.lastLoggedDate).toBe('2026-11-05'));
    const before = result.current;

    // Another activity on an earlier day: re-read, and answered with the very same context (no render).
    await db.auditEntries.add(entry('e3', 'a1', '2026-11-04'));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(result.current).toBe(before);

    // One on a later day moves the last logged day, and a new reflection is seen too.
    await db.auditEntries.add(entry('e4', 'a1', '2026-11-09'));
    await eventually(() => expect(result.current?.lastLoggedDate).toBe('2026-11-09'));
    await db.weeklyReflections.add(reflection('w2', 'a1', '2026-11-09'));
    await eventually(() => expect(result.current?.reflectedWeeks).toEqual(['2026-11-02', '2026-11-09']));
  });

  it('is the empty context for an empty database', async () => {
    expect(await liveContext()).toEqual(EMPTY_REMINDER_CONTEXT);
  });
});
