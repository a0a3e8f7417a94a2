/**
 * Pure rules about the profile. Dates are passed in (`today` as yyyy-MM-dd); nothing here reads a clock.
 */
import type { Profile } from '../types/entities';

export type ProfileDraft = Omit<Profile, 'id' | 'createdAt' | 'updatedAt'>;

export const EMPTY_PROFILE_DRAFT: ProfileDraft = {
  name: '',
  currentLevel: '',
  role: '',
  targetTrack: 'undecided',
  targetDate: null,
};

/** Trims text fields and turns empty dates into null, so what is stored is tidy and valid. */
export function normaliseProfileDraft(draft: ProfileDraft): ProfileDraft {
  return {
    name: draft.name.trim(),
    currentLevel: draft.currentLevel.trim(),
    role: draft.role.trim(),
    targetTrack: draft.targetTrack,
    targetDate: draft.targetDate || null,
  };
}
