import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EntryDialog } from '@renderer/features/audit/components/EntryDialog';
import type { EntryDraft } from '@renderer/features/audit/model/repo';
import { applyFormatSettings } from '@renderer/ui/format';
import { eventually } from '../support/eventually';
import { typeInto } from '../support/type-text';
import { entryDraft } from '../support/journal-fixtures';

afterEach(() => {
  cleanup();
  localStorage.clear();
});

const STORED: EntryDraft = entryDraft({ startTime: '17:30' });

function renderDialog(onSave = vi.fn(async (_draft: EntryDraft) => true)) {
  const onClose = vi.fn();
  render(
    <EntryDialog
      open
      mode="edit"
      initial={STORED}
      draftKey="audit-entry:entry-time"
      minDate="2026-11-02"
      maxDate="2026-11-29"
      categories={[]}
      onSave={onSave}
      onClose={onClose}
    />,
  );
  return { onSave, onClose, start: screen.getByLabelText<HTMLInputElement>('Start') };
}

describe("the activity dialog's start time", () => {
  it("shows the start in the app's locale and clock", () => {
    act(() => applyFormatSettings('en-US', 'system'));
    const { start } = renderDialog();
    expect(start.value).toMatch(/^5:30\sPM$/u);
    expect(start.getAttribute('type')).toBe('text');
  });

  it('saves what was typed as "HH:mm"', async () => {
    const { start, onSave, onClose } = renderDialog();
    typeInto(start, '9.05am');
    expect(start.value).toBe('09:05');
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await eventually(() => expect(onClose).toHaveBeenCalledTimes(1));
    expect(onSave).toHaveBeenCalledExactlyOnceWith({ ...STORED, startTime: '09:05' });
  });

  it('an emptied start saves the activity without one', async () => {
    const { start, onSave, onClose } = renderDialog();
    typeInto(start, '');
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await eventually(() => expect(onClose).toHaveBeenCalledTimes(1));
    expect(onSave).toHaveBeenCalledExactlyOnceWith({ ...STORED, startTime: null });
  });

  it('does not save a start that is not a time, and Escape puts the old one back', async () => {
    const { start, onSave, onClose } = renderDialog();
    typeInto(start, 'after lunch');
    expect(start.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(/is not a time/).textContent).toBe(
      '“after lunch” is not a time. Type a time such as 17:30, or press Escape to go back to 17:30.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The start is not a time: type one such as 09:30, or clear it to log the activity without one.',
    );
    expect(onSave).not.toHaveBeenCalled();

    fireEvent.keyDown(start, { key: 'Escape' });
    expect(start.value).toBe('17:30');
    expect(onClose).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await eventually(() => expect(onClose).toHaveBeenCalledTimes(1));
    expect(onSave).toHaveBeenCalledExactlyOnceWith(STORED);
  });
});
