/**
 * Pure rules about the profile. Dates are passed in (`today` as yyyy-MM-dd); nothing here reads a clock.
 */
import { addMonths, format, parseISO } from 'date-fns';
import type { Profile } from '../types/entities';

/** The manager's picture of "excellent in six months" goes stale after this many months. */
export const EXCELLENT_ANSWER_MAX_AGE_MONTHS = 6;

export type ExcellentAnswerRisk =
  { kind: 'missing' } | { kind: 'stale'; answeredOn: string } | { kind: 'undated' } | null;

/**
 * Without a clear, recent answer from the manager about what excellent looks like, the user may be
 * working toward a target nobody will recognise at review time: that is a risk worth flagging.
 */
export function excellentAnswerRisk(
  profile: Pick<Profile, 'excellentAnswer' | 'excellentAnsweredOn'>,
  today: string,
): ExcellentAnswerRisk {
  if (profile.excellentAnswer.trim().length === 0) return { kind: 'missing' };
  if (!profile.excellentAnsweredOn) return { kind: 'undated' };
  const expires = format(
    addMonths(parseISO(profile.excellentAnsweredOn), EXCELLENT_ANSWER_MAX_AGE_MONTHS),
    'yyyy-MM-dd',
  );
  return today >= expires ? { kind: 'stale', answeredOn: profile.excellentAnsweredOn } : null;
}

export type ProfileDraft = Omit<Profile, 'id' | 'createdAt' | 'updatedAt'>;

export const EMPTY_PROFILE_DRAFT: ProfileDraft = {
  name: '',
  currentLevel: '',
  role: '',
  targetTrack: 'undecided',
  targetDate: null,
  excellentAnswer: '',
  excellentAnsweredOn: null,
};

/** Trims text fields and turns empty dates into null, so what is stored is tidy and valid. */
export function normaliseProfileDraft(draft: ProfileDraft): ProfileDraft {
  return {
    name: draft.name.trim(),
    currentLevel: draft.currentLevel.trim(),
    role: draft.role.trim(),
    targetTrack: draft.targetTrack,
    targetDate: draft.targetDate || null,
    excellentAnswer: draft.excellentAnswer.trim(),
    excellentAnsweredOn: draft.excellentAnsweredOn || null,
  };
}
