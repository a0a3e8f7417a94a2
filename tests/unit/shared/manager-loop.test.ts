/**
 * The manager loop's rules (issue 18, schema v8): when to ask again, which answer is in force, what risk
 * to flag, where the chain's buy-in stands, and the migration that keeps the profile's one answer.
 */
import { describe, expect, it } from 'vitest';
import {
  askAgainDay,
  buyInSummary,
  CARRIED_ANSWER_ID,
  excellentAnswerRisk,
  latestAnswer,
  migrateToManagerLoop,
} from '@shared/domain/manager-loop';
import { backupMigrations } from '@shared/domain/backup-migrations';
import { managerAnswerSchema, profileSchema } from '@shared/types/entities';

const answer = (
  askedOn: string,
  concrete: 'concrete' | 'vague' | null = null,
  createdAt = `${askedOn}T09:00:00.000Z`,
) => ({
  askedOn,
  concrete,
  createdAt,
});

describe('asking again', () => {
  it('comes two weeks after a vague answer, six calendar months after any other', () => {
    expect(askAgainDay('2026-03-04', true)).toBe('2026-03-18');
    expect(askAgainDay('2026-03-04', false)).toBe('2026-09-04');
    // Month ends: 31 August + 6 months is the last day of February.
    expect(askAgainDay('2025-08-31', false)).toBe('2026-02-28');
    expect(askAgainDay('2026-12-25', true)).toBe('2027-01-08');
  });
});

describe('the answer in force', () => {
  it('is the one asked last, and on the same day the one written down last', () => {
    expect(latestAnswer([])).toBeNull();
    const a = answer('2026-01-10');
    const b = answer('2026-06-01');
    const c = answer('2026-06-01', 'vague', '2026-06-02T08:00:00.000Z');
    expect(latestAnswer([a, b])).toBe(b);
    expect(latestAnswer([c, a, b])).toBe(c);
  });
});

describe('the risk to flag', () => {
  it('flags no answer at all', () => {
    expect(excellentAnswerRisk(null, '2026-11-28')).toEqual({ kind: 'missing' });
  });
  it('is quiet for a recent answer, concrete or not judged yet', () => {
    expect(excellentAnswerRisk(answer('2026-05-29', 'concrete'), '2026-11-28')).toBeNull();
    expect(excellentAnswerRisk(answer('2026-11-01'), '2026-11-28')).toBeNull();
  });
  it('flags a vague answer, with the day to ask again by', () => {
    expect(excellentAnswerRisk(answer('2026-11-20', 'vague'), '2026-11-28')).toEqual({
      kind: 'vague',
      askedOn: '2026-11-20',
      askAgainOn: '2026-12-04',
    });
  });
  it('flags an answer six months old or older, at the exact boundary, vague or not', () => {
    expect(excellentAnswerRisk(answer('2026-05-28', 'concrete'), '2026-11-27')).toBeNull();
    expect(excellentAnswerRisk(answer('2026-05-28', 'concrete'), '2026-11-28')).toEqual({
      kind: 'stale',
      askedOn: '2026-05-28',
    });
    expect(excellentAnswerRisk(answer('2026-05-28', 'vague'), '2026-12-01')).toEqual({
      kind: 'stale',
      askedOn: '2026-05-28',
    });
  });
});

describe('buy-in on the checklist', () => {
  const person = (
    who: string,
    status: 'not-asked' | 'asked' | 'agreed' | 'wants-changes',
    on: string | null,
  ) => ({
    who,
    status,
    on,
  });
  it('counts who agreed, and names those who agreed before an expectation was added', () => {
    const chain = [
      person('Priya', 'agreed', '2026-10-01'),
      person('Sam', 'agreed', '2026-11-15'),
      person('Lee', 'asked', '2026-09-01'),
      person('Kim', 'not-asked', null),
    ];
    expect(buyInSummary(chain, '2026-11-01')).toEqual({ agreed: 2, total: 4, agreedBeforeChange: ['Priya'] });
    // Added on the day of the agreement: covered (the user showed the new item that day).
    expect(buyInSummary(chain, '2026-10-01').agreedBeforeChange).toEqual([]);
    expect(buyInSummary(chain, null).agreedBeforeChange).toEqual([]);
    expect(buyInSummary([], '2026-11-01')).toEqual({ agreed: 0, total: 0, agreedBeforeChange: [] });
  });
});

describe('the migration to schema version 8', () => {
  const v7Profile = {
    id: 'me',
    name: 'Ada',
    currentLevel: 'E5',
    role: 'Senior engineer',
    targetTrack: 'staff',
    targetDate: null,
    excellentAnswer: '  Lead the migration.  ',
    excellentAnsweredOn: '2026-02-20',
    createdAt: '2026-01-01T09:00:00.000Z',
    updatedAt: '2026-03-01T09:00:00.000Z',
  };

  it('is the backup migration to version 8', () => {
    expect(backupMigrations[8]).toBe(migrateToManagerLoop);
  });

  it('makes the profile’s answer the first of the history, and the profile valid without it', () => {
    const after = migrateToManagerLoop({ profile: [v7Profile], retros: [{ id: 'r1' }] });
    expect(after.retros).toEqual([{ id: 'r1' }]);
    expect(after.buyIns).toEqual([]);
    expect(profileSchema.parse(after.profile![0])).toEqual({
      id: 'me',
      name: 'Ada',
      currentLevel: 'E5',
      role: 'Senior engineer',
      targetTrack: 'staff',
      targetDate: null,
      createdAt: '2026-01-01T09:00:00.000Z',
      updatedAt: '2026-03-01T09:00:00.000Z',
    });
    expect(after.managerAnswers!.map((a) => managerAnswerSchema.parse(a))).toEqual([
      {
        id: CARRIED_ANSWER_ID,
        askedOn: '2026-02-20',
        answer: 'Lead the migration.',
        concrete: null,
        nextStep: '',
        createdAt: '2026-03-01T09:00:00.000Z',
        updatedAt: '2026-03-01T09:00:00.000Z',
      },
    ]);
  });

  it('dates an undated answer with the day the profile last changed', () => {
    const after = migrateToManagerLoop({ profile: [{ ...v7Profile, excellentAnsweredOn: null }] });
    expect((after.managerAnswers![0] as { askedOn: string }).askedOn).toBe('2026-03-01');
  });

  it('carries no answer over from a blank one, or from no profile at all', () => {
    expect(
      migrateToManagerLoop({ profile: [{ ...v7Profile, excellentAnswer: '   ' }] }).managerAnswers,
    ).toEqual([]);
    expect(migrateToManagerLoop({ profile: [] }).managerAnswers).toEqual([]);
    expect(migrateToManagerLoop({}).managerAnswers).toEqual([]);
  });
});
