import { describe, expect, it } from 'vitest';
import { EMPTY_PROFILE_DRAFT, excellentAnswerRisk, normaliseProfileDraft } from '@shared/domain/profile';

describe('the "what does excellent look like" risk', () => {
  const answer = (excellentAnswer: string, excellentAnsweredOn: string | null) => ({
    excellentAnswer,
    excellentAnsweredOn,
  });

  it('flags a missing or blank answer', () => {
    expect(excellentAnswerRisk(answer('', null), '2026-11-28')).toEqual({ kind: 'missing' });
    expect(excellentAnswerRisk(answer('   ', '2026-11-01'), '2026-11-28')).toEqual({ kind: 'missing' });
  });
  it('asks for a date when the answer has none', () => {
    expect(excellentAnswerRisk(answer('Ship X', null), '2026-11-28')).toEqual({ kind: 'undated' });
  });
  it('is fine for an answer younger than six months', () => {
    expect(excellentAnswerRisk(answer('Ship X', '2026-05-29'), '2026-11-28')).toBeNull();
  });
  it('flags an answer six months old or older, at the exact boundary', () => {
    expect(excellentAnswerRisk(answer('Ship X', '2026-05-28'), '2026-11-28')).toEqual({
      kind: 'stale',
      answeredOn: '2026-05-28',
    });
    // Month ends: 31 August + 6 months is the last day of February.
    expect(excellentAnswerRisk(answer('Ship X', '2026-08-31'), '2027-02-27')).toBeNull();
    expect(excellentAnswerRisk(answer('Ship X', '2026-08-31'), '2027-02-28')).toEqual({
      kind: 'stale',
      answeredOn: '2026-08-31',
    });
  });
});

describe('normaliseProfileDraft', () => {
  it('trims text and turns empty dates into null', () => {
    expect(
      normaliseProfileDraft({
        ...EMPTY_PROFILE_DRAFT,
        name: '  Ada ',
        targetDate: '',
        excellentAnsweredOn: '',
        excellentAnswer: ' x ',
      }),
    ).toEqual({ ...EMPTY_PROFILE_DRAFT, name: 'Ada', excellentAnswer: 'x' });
  });
});
