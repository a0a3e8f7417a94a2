import { describe, expect, it } from 'vitest';
import { freshDb, uniqueDbName } from '../support/fresh-db';
import { PROFILE_ID } from '@shared/types/tables';
import { AssessmentInputError, assessmentHistory, detectDrift } from '@shared/domain/assessment';
import { LedgerDb } from '@renderer/db/db';
import { saveProfile } from '@renderer/features/profile/model/repo';
import { EMPTY_PROFILE_DRAFT } from '@shared/domain/profile';
import {
  changeTrialStatus,
  completeTake,
  deleteTake,
  saveAnswer,
  saveDecision,
  saveTrial,
  setTargetTrack,
  startOrResumeTake,
} from '@renderer/features/assessment/model/repo';
import { applyResultToPlan } from '@renderer/features/assessment/model/applyToPlan';
import { ACTIVE_FRAMEWORK_KEY } from '@renderer/features/growth-plan';

const at = (day: number) => new Date(Date.UTC(2026, 0, day, 9));

async function answerAll(db: LedgerDb, id: string, values: number[]) {
  for (const [i, v] of values.entries()) await saveAnswer(db, id, i, v);
}

describe('taking the assessment', () => {
  it('saves each answer as it is given, and a reopened app resumes the same take', async () => {
    const name = uniqueDbName('assessment-resume');
    // Closed below and deleted through `second`, which opens the same database.
    const first = new LedgerDb(name);
    const take = await startOrResumeTake(first, at(1));
    expect(take.answers).toEqual(Array(12).fill(null));
    await saveAnswer(first, take.id, 0, 4);
    await saveAnswer(first, take.id, 5, 2);
    first.close();

    // A new connection to the same database: as after closing and reopening the app.
    const second = freshDb(name);
    const resumed = await startOrResumeTake(second, at(2));
    expect(resumed.id).toBe(take.id);
    expect(resumed.startedAt).toBe(at(1).toISOString());
    expect(resumed.answers).toEqual([4, null, null, null, null, 2, null, null, null, null, null, null]);
    expect(await second.selfAssessments.count()).toBe(1);
  });

  it('changes an answer in place', async () => {
    const db = freshDb();
    const take = await startOrResumeTake(db, at(1));
    await saveAnswer(db, take.id, 3, 1);
    await saveAnswer(db, take.id, 3, 5);
    expect((await db.selfAssessments.get(take.id))?.answers[3]).toBe(5);
  });

  it('refuses an out-of-range answer or statement and leaves the take unchanged', async () => {
    const db = freshDb();
    const take = await startOrResumeTake(db, at(1));
    await expect(saveAnswer(db, take.id, 0, 6)).rejects.toBeInstanceOf(AssessmentInputError);
    await expect(saveAnswer(db, take.id, 0, 0)).rejects.toBeInstanceOf(AssessmentInputError);
    await expect(saveAnswer(db, take.id, 12, 3)).rejects.toBeInstanceOf(AssessmentInputError);
    expect((await db.selfAssessments.get(take.id))?.answers).toEqual(Array(12).fill(null));
  });

  it('will not complete a take with a missing answer', async () => {
    const db = freshDb();
    const take = await startOrResumeTake(db, at(1));
    await answerAll(db, take.id, [3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3]);
    await expect(completeTake(db, take.id, at(1))).rejects.toThrow(/statement 12 not answered/);
    expect((await db.selfAssessments.get(take.id))?.completedAt).toBeNull();
  });

  it('keeps every completed take: a retake is a new record, and the history shows the drift', async () => {
    const db = freshDb();
    const first = await startOrResumeTake(db, at(1));
    await answerAll(db, first.id, [5, 5, 5, 4, 4, 4, 2, 2, 2, 2, 2, 2]);
    await completeTake(db, first.id, at(1));
    await expect(saveAnswer(db, first.id, 0, 1)).rejects.toThrow(/already finished/);

    const retake = await startOrResumeTake(db, at(40));
    expect(retake.id).not.toBe(first.id);
    expect(retake.answers).toEqual(Array(12).fill(null));
    await answerAll(db, retake.id, [2, 2, 2, 2, 2, 2, 5, 5, 5, 4, 4, 4]);
    await completeTake(db, retake.id, at(40));

    const history = assessmentHistory(await db.selfAssessments.toArray());
    expect(history.points.map((p) => [p.id, p.staff, p.em, p.reading])).toEqual([
      [first.id, 27, 12, 'staff'],
      [retake.id, 12, 27, 'em'],
    ]);
    expect(detectDrift(history.points)).toMatchObject([{ from: 'staff', to: 'em', toId: retake.id }]);

    await deleteTake(db, first.id);
    expect(await db.selfAssessments.count()).toBe(1);
  });
});

describe('decisions and trials', () => {
  it('keeps each decision statement, trimmed and validated', async () => {
    const db = freshDb();
    await saveDecision(
      db,
      {
        statement: '  I want to set direction for our platform.  ',
        framing: 'technical-direction',
        energising: false,
      },
      '2026-01-05',
      at(5),
    );
    const [saved] = await db.decisions.toArray();
    expect(saved).toMatchObject({
      statement: 'I want to set direction for our platform.',
      date: '2026-01-05',
    });
    await expect(
      saveDecision(db, { statement: '   ', framing: 'team-building', energising: true }, '2026-01-05', at(5)),
    ).rejects.toThrow();
    expect(await db.decisions.count()).toBe(1);
  });

  it('plans, starts and finishes a trial, and refuses to finish without the signal answer', async () => {
    const db = freshDb();
    const trial = await saveTrial(
      db,
      {
        track: 'em',
        title: 'Run Q2 planning',
        ideaKey: 'em-planning',
        startDate: '2026-02-01',
        endDate: '2026-03-01',
        status: 'planned',
        notes: '',
        energy: null,
        signalAnswer: '',
      },
      at(10),
    );
    await changeTrialStatus(db, trial.id, 'start', '2026-02-01', at(32));
    await expect(
      changeTrialStatus(db, trial.id, 'finish', '2026-03-01', at(60), {
        endDate: '2026-03-01',
        energy: 1,
        signalAnswer: '',
      }),
    ).rejects.toThrow(/signal question/);
    expect((await db.trials.get(trial.id))?.status).toBe('running');
    const done = await changeTrialStatus(db, trial.id, 'finish', '2026-03-01', at(60), {
      endDate: '2026-03-01',
      energy: 2,
      signalAnswer: 'Yes — the plan felt like mine.',
    });
    expect(done).toMatchObject({
      status: 'done',
      energy: 2,
      endDate: '2026-03-01',
      createdAt: at(10).toISOString(),
    });

    await expect(saveTrial(db, { ...done, title: ' ' }, at(61))).rejects.toThrow(/title/);
    await expect(saveTrial(db, { ...done, id: 'missing' }, at(61))).rejects.toThrow(/no longer exists/);
  });
});

describe('using the result for the plan', () => {
  it('creates a profile with empty fields when none exists', async () => {
    const db = freshDb();
    await setTargetTrack(db, 'staff', at(3));
    expect(await db.profile.get(PROFILE_ID)).toEqual({
      ...EMPTY_PROFILE_DRAFT,
      id: PROFILE_ID,
      targetTrack: 'staff',
      createdAt: at(3).toISOString(),
      updatedAt: at(3).toISOString(),
    });
  });
  it('changes only the target track of an existing profile', async () => {
    const db = freshDb();
    await saveProfile(db, { ...EMPTY_PROFILE_DRAFT, name: 'Ada', role: 'Senior engineer' }, at(1));
    await setTargetTrack(db, 'em', at(4));
    expect(await db.profile.get(PROFILE_ID)).toMatchObject({
      name: 'Ada',
      role: 'Senior engineer',
      targetTrack: 'em',
      createdAt: at(1).toISOString(),
      updatedAt: at(4).toISOString(),
    });
  });
});

describe('applying the result to the plan', () => {
  it('sets the target track and activates the framework of that track together', async () => {
    const db = freshDb();
    const frameworkId = await applyResultToPlan(db, 'em', at(5));
    expect((await db.profile.get(PROFILE_ID))?.targetTrack).toBe('em');
    const framework = await db.frameworks.get(frameworkId);
    expect(framework?.track).toBe('em');
    expect(await db.competencies.where('frameworkId').equals(frameworkId).count()).toBeGreaterThan(0);
    expect((await db.settings.get(ACTIVE_FRAMEWORK_KEY))?.value).toBe(frameworkId);

    // Using it again switches, and switching back reuses the existing copy.
    await applyResultToPlan(db, 'staff', at(6));
    expect((await db.profile.get(PROFILE_ID))?.targetTrack).toBe('staff');
    expect(await applyResultToPlan(db, 'em', at(7))).toBe(frameworkId);
  });
});
