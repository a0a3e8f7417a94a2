import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BackupList } from '@renderer/features/backup/components/BackupList';
import { UpgradeBackupFailed } from '@renderer/app/UpgradeScreens';
import { UpgradeBackupError } from '@renderer/db/upgrade-guard';
import { appWindow } from '@renderer/platform/reload';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('the backup taken before a schema upgrade, on screen (issue 14)', () => {
  it('is listed in plain words with the version it came before', () => {
    render(
      <BackupList
        files={[
          {
            fileName: 'pre-upgrade-v3-2026-12-02T09-30-00-000.json',
            kind: 'pre-upgrade',
            upgradeTo: 3,
            createdAt: '2026-12-02T08:30:00.000Z',
            bytes: 2048,
          },
          {
            fileName: 'manual-2026-12-01T09-30-00-000.json',
            kind: 'manual',
            createdAt: '2026-12-01T08:30:00.000Z',
            bytes: 1024,
          },
        ]}
        loading={false}
        disabled={false}
        onRestore={() => undefined}
      />,
    );
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows[0]?.textContent).toContain('Safety copy before the update to data version 3');
    expect(rows[1]?.textContent).toContain('Made by you');
  });

  it('when it could not be saved, the window says what happened and what to do, and can try again', () => {
    const reload = vi.spyOn(appWindow, 'reload').mockImplementation(() => undefined);
    // Main's message for a full disk, which says what to do (electron/ipc/dispatch.ts).
    const error = new UpgradeBackupError(
      2,
      3,
      'The disk is full, so nothing was saved and your data is as it was. Free some space on this computer (or choose another drive), then try again.',
    );
    render(<UpgradeBackupFailed message={error.message} />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Your data was not updated');
    expect(alert.textContent).toContain('The disk is full, so nothing was saved');
    expect(alert.textContent?.match(/Free some space/g)).toHaveLength(1);
    expect(alert.textContent).toContain('press Try again');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(reload).toHaveBeenCalledTimes(1);
  });
});
