import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ProfileView } from '@renderer/features/profile/components/ProfileView';
import type { Profile } from '@shared/types/entities';
import { eventually } from '../support/eventually';

afterEach(cleanup);

const PROFILE: Profile = {
  id: 'me',
  name: 'Ada',
  currentLevel: 'E5 · Senior engineer',
  role: 'Senior engineer',
  targetTrack: 'staff',
  targetDate: null,
  excellentAnswer: 'Lead the migration.',
  excellentAnsweredOn: '2026-11-01',
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-01T10:00:00.000Z',
};

describe('ProfileView', () => {
  it('welcomes a new user and flags the missing manager answer', () => {
    render(<ProfileView profile={null} today="2026-11-28" onSave={vi.fn()} />);
    expect(screen.getByRole('heading', { name: 'Welcome to Growth Ledger' })).toBeTruthy();
    expect(screen.getByRole('note').textContent).toMatch(/No answer yet/);
    expect(screen.getByRole('button', { name: 'Create profile' })).toBeTruthy();
  });

  it('saves only when something changed, with the edited draft', async () => {
    const onSave = vi.fn(async () => undefined);
    render(<ProfileView profile={PROFILE} today="2026-11-28" onSave={onSave} />);
    const save = screen.getByRole<HTMLButtonElement>('button', { name: 'Save changes' });
    expect(save.disabled).toBe(true);
    expect(screen.queryByRole('note')).toBeNull();

    fireEvent.change(screen.getByLabelText('Your name'), { target: { value: 'Ada L.' } });
    fireEvent.click(screen.getByRole('radio', { name: /Engineering manager/ }));
    expect(screen.getByText('You have unsaved changes.')).toBeTruthy();
    expect(save.disabled).toBe(false);
    fireEvent.click(save);
    await eventually(() => expect(onSave).toHaveBeenCalledTimes(1));
    expect(onSave).toHaveBeenCalledWith(
      expect.objectContaining({ name: 'Ada L.', targetTrack: 'em', excellentAnsweredOn: '2026-11-01' }),
    );
  });

  it('warns when the manager answer is six months old', () => {
    render(
      <ProfileView
        profile={{ ...PROFILE, excellentAnsweredOn: '2026-05-01' }}
        today="2026-11-28"
        onSave={vi.fn()}
      />,
    );
    expect(screen.getByRole('note').textContent).toMatch(/more than six months ago/);
  });
});
