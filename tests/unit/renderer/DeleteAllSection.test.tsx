/**
 * The "Delete all my data" section (settings): the typed confirmation, the unticked second choice that
 * decides about the backups, and a refusal shown with focus back in the field.
 */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DeleteAllSection } from '@renderer/features/settings/components/DeleteAllSection';
import { confirmed, deletedNotice } from '@renderer/features/settings/model/delete-all-text';
import { eventually } from '../support/eventually';

afterEach(cleanup);

function renderSection(onDelete = vi.fn(async () => undefined), backupRunning = false) {
  const onBackup = vi.fn();
  render(
    <DeleteAllSection
      backupsDir="/home/ada/.config/Growth Ledger/backups"
      backupRunning={backupRunning}
      onBackup={onBackup}
      onDelete={onDelete}
    />,
  );
  return {
    onDelete,
    onBackup,
    field: screen.getByLabelText<HTMLInputElement>('Type DELETE to confirm'),
    backups: screen.getByRole<HTMLInputElement>('checkbox', { name: 'Also delete my backups' }),
    button: () => screen.getByRole<HTMLButtonElement>('button', { name: /^Delete all my data/ }),
  };
}

describe('DeleteAllSection', () => {
  it('stays disabled until DELETE is typed, and keeps the backups unless asked', async () => {
    const s = renderSection();
    expect(s.backups.checked).toBe(false);
    expect(screen.getByText(/Your backups stay in/).textContent).toContain(
      '/home/ada/.config/Growth Ledger/backups',
    );
    for (const wrong of ['', 'delete', 'DELET', 'DELETE ALL']) {
      fireEvent.change(s.field, { target: { value: wrong } });
      expect(s.button().disabled).toBe(true);
      fireEvent.submit(s.field.form as HTMLFormElement);
    }
    expect(s.onDelete).not.toHaveBeenCalled();
    fireEvent.change(s.field, { target: { value: 'DELETE' } });
    expect(s.button().disabled).toBe(false);
    fireEvent.click(s.button());
    await eventually(() => expect(s.onDelete).toHaveBeenCalledExactlyOnceWith({ includeBackups: false }));
  });

  it('deletes the backups too only with the second choice, and says so', async () => {
    const s = renderSection();
    fireEvent.click(s.backups);
    expect(screen.getByText(/are deleted too: nothing will be left to restore from/)).toBeTruthy();
    fireEvent.change(s.field, { target: { value: 'DELETE' } });
    expect(s.button().textContent).toBe('Delete all my data and backups');
    fireEvent.click(s.button());
    await eventually(() => expect(s.onDelete).toHaveBeenCalledExactlyOnceWith({ includeBackups: true }));
  });

  it('shows a refusal and puts focus back in the field', async () => {
    const s = renderSection(
      vi.fn(async () => {
        throw new Error('Your data was not deleted: the disk is read-only. Try again.');
      }),
    );
    fireEvent.change(s.field, { target: { value: 'DELETE' } });
    await act(async () => {
      fireEvent.click(s.button());
    });
    await eventually(() =>
      expect(screen.getByRole('alert').textContent).toBe(
        'Your data was not deleted: the disk is read-only. Try again.',
      ),
    );
    expect(document.activeElement).toBe(s.field);
    expect(s.button().disabled).toBe(false);
  });

  it('waits while a backup is being written, and offers one first', () => {
    const s = renderSection(undefined, true);
    fireEvent.change(s.field, { target: { value: 'DELETE' } });
    expect(s.button().disabled).toBe(true);
    expect(screen.getByText('Wait for the backup to finish, then delete.')).toBeTruthy();
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Backing up…' }).disabled).toBe(true);
  });
});

describe('the words', () => {
  it('accepts DELETE with stray spaces only, and names where kept backups are', () => {
    expect([' DELETE ', 'DELETE', 'delete', 'DELETED'].map(confirmed)).toEqual([true, true, false, false]);
    expect(deletedNotice({ backupsKept: '/b' })).toBe(
      'All your data was deleted. Your backups are still in /b: delete that folder yourself if you want them gone too.',
    );
    expect(deletedNotice({ backupsKept: null })).toMatch(/backups included/);
  });
});
