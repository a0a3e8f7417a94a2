import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useStore } from '@renderer/store/store';
import { Toasts } from '@renderer/ui/Toasts';

beforeEach(() => {
  vi.useFakeTimers();
  useStore.setState({ toasts: [] });
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('toasts', () => {
  it('a plain message goes after a few seconds; an error and a sticky message stay until dismissed', () => {
    render(<Toasts />);
    act(() => {
      useStore.getState().pushToast('success', 'Saved.');
      useStore.getState().pushToast('error', 'Could not save.');
      useStore
        .getState()
        .pushToast('success', 'Restored 3 records. Restore pre-restore-1 to undo.', { sticky: true });
    });
    expect(screen.getByText('Saved.')).toBeTruthy();

    act(() => {
      vi.advanceTimersByTime(60_000);
    });
    expect(screen.queryByText('Saved.')).toBeNull();
    expect(screen.getByRole('alert').textContent).toContain('Could not save.');
    expect(screen.getByRole('status').textContent).toContain('Restore pre-restore-1 to undo.');

    act(() => screen.getAllByRole('button', { name: 'Dismiss message' })[1]?.click());
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('merges identical messages into one, counted, and restarts its time', () => {
    render(<Toasts />);
    act(() => {
      useStore.getState().pushToast('error', 'The backup could not be written: disk full.');
      useStore.getState().pushToast('success', 'Saved.');
    });
    act(() => {
      vi.advanceTimersByTime(4_000);
    });
    act(() => {
      useStore.getState().pushToast('success', 'Saved.');
      useStore.getState().pushToast('error', 'The backup could not be written: disk full.');
      useStore.getState().pushToast('error', 'The backup could not be written: disk full.');
    });
    expect(screen.getAllByText('Saved.')).toHaveLength(1);
    expect(screen.getAllByRole('alert')).toHaveLength(1);
    expect(screen.getByRole('alert').textContent).toContain('×3');
    expect(screen.getByRole('status').textContent).toContain('×2');
    // Shown again 4 s into its 6 s: it stays another full 6 s from then.
    act(() => {
      vi.advanceTimersByTime(4_000);
    });
    expect(screen.queryByText('Saved.')).not.toBeNull();
    act(() => {
      vi.advanceTimersByTime(2_500);
    });
    expect(screen.queryByText('Saved.')).toBeNull();
    // The same text in another tone is another message.
    act(() => useStore.getState().pushToast('info', 'The backup could not be written: disk full.'));
    expect(screen.getAllByText(/disk full/)).toHaveLength(2);
  });
});
