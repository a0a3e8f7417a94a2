import { describe, expect, it } from 'vitest';
import { EMPTY_PROFILE_DRAFT, normaliseProfileDraft } from '@shared/domain/profile';

describe('normaliseProfileDraft', () => {
  it('trims text and turns empty dates into null', () => {
    expect(
      normaliseProfileDraft({
        ...EMPTY_PROFILE_DRAFT,
        name: '  Ada ',
        targetDate: '',
        role: ' Senior engineer  ',
      }),
    ).toEqual({ ...EMPTY_PROFILE_DRAFT, name: 'Ada', role: 'Senior engineer' });
  });
});
