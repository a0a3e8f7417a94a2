import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ProfileView } from '@renderer/features/profile/components/ProfileView';
import { forgetAllKeptDrafts } from '@renderer/ui/drafts';
import { AUTOSAVE_MS } from '@renderer/ui/useDraft';
import type { Profile } from '@shared/types/entities';
import { afterTimers, eventually } from '../support/eventually';

afterEach(() => {
  cleanup();
  forgetAllKeptDrafts();
});

const PROFILE: Profile = {
  id: 'me',
  name: 'Ada',
  currentLevel: 'E5 · Senior engineer',
  role: 'Senior engineer',
  targetTrack: 'staff',
  targetDate: null,
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-01T10:00:00.000Z',
};

describe('ProfileView', () => {
  it('welcomes a new user', () => {
    render(<ProfileView profile={null} onSave={vi.fn()} />);
    expect(screen.getByRole('heading', { name: 'Welcome to Growth Ledger' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Create profile' })).toBeTruthy();
  });

  it('autosaves an existing profile once typing pauses, with the edited draft, and says so', async () => {
    const onSave = vi.fn(async () => true);
    render(<ProfileView profile={PROFILE} onSave={onSave} />);
    // No Save button to forget: the profile saves itself.
    expect(screen.queryByRole('button', { name: /Save/ })).toBeNull();
    expect(screen.getByText('All changes saved')).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Your name'), { target: { value: 'Ada L.' } });
    fireEvent.click(screen.getByRole('radio', { name: /Engineering manager/ }));
    expect(screen.getByText('Saving shortly…')).toBeTruthy();
    expect(onSave).not.toHaveBeenCalled();
    await afterTimers(AUTOSAVE_MS);
    await eventually(() => expect(onSave).toHaveBeenCalledTimes(1));
    expect(onSave).toHaveBeenCalledWith(
      expect.objectContaining({ name: 'Ada L.', targetTrack: 'em', role: 'Senior engineer' }),
      false,
    );
    await eventually(() => expect(screen.getByText('All changes saved')).toBeTruthy());
  });

  // Issue 15: "Role or title" changed, another section clicked, the old value was back.
  it('writes the typed text at once when a field loses focus, and when the form is left', async () => {
    const onSave = vi.fn(async () => true);
    const { unmount } = render(<ProfileView profile={PROFILE} onSave={onSave} />);
    const role = screen.getByLabelText('Role or title');
    fireEvent.change(role, { target: { value: 'Staff engineer' } });
    fireEvent.focusOut(role);
    await eventually(() => expect(onSave).toHaveBeenCalledTimes(1));
    expect(onSave).toHaveBeenLastCalledWith(expect.objectContaining({ role: 'Staff engineer' }), false);

    fireEvent.change(role, { target: { value: 'Principal engineer' } });
    unmount();
    await eventually(() => expect(onSave).toHaveBeenCalledTimes(2));
    expect(onSave).toHaveBeenLastCalledWith(expect.objectContaining({ role: 'Principal engineer' }), false);
  });

  it('keeps what a new user typed until the profile is created, even when the form is left', async () => {
    const onSave = vi.fn(async () => true);
    const first = render(<ProfileView profile={null} onSave={onSave} />);
    fireEvent.change(screen.getByLabelText('Your name'), { target: { value: 'Grace' } });
    first.unmount();
    expect(onSave).not.toHaveBeenCalled();

    render(<ProfileView profile={null} onSave={onSave} />);
    expect(screen.getByLabelText<HTMLInputElement>('Your name').value).toBe('Grace');
    expect(screen.getByText(/This is what you typed here before/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Create profile' }));
    await eventually(() =>
      expect(onSave).toHaveBeenCalledWith(expect.objectContaining({ name: 'Grace' }), true),
    );
    cleanup();

    // Created: nothing is kept any more.
    render(<ProfileView profile={null} onSave={onSave} />);
    expect(screen.getByLabelText<HTMLInputElement>('Your name').value).toBe('');
  });
});
