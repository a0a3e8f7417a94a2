import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { QuickEntry } from '@renderer/features/audit/components/QuickEntry';
import type { AuditCategory, AuditEntry } from '@shared/types/entities';
import { auditEntry } from '../support/journal-fixtures';
import { eventually, nextTurn } from '../support/eventually';

afterEach(cleanup);

const CATEGORIES: AuditCategory[] = [
  {
    id: 'design',
    name: 'Design & architecture reviews',
    lean: 'staff',
    color: '#2f6fdb',
    order: 0,
    archived: false,
  },
  { id: 'one', name: '1:1s & coaching', lean: 'em', color: '#c2410c', order: 1, archived: false },
];
const LAST: AuditEntry = auditEntry({
  startTime: '09:00',
  minutes: 45,
  categoryId: 'design',
  energy: 2,
  createdAt: '2026-01-05T09:00:00.000Z',
  updatedAt: '2026-01-05T09:00:00.000Z',
});

describe('QuickEntry', () => {
  it('previews the parsed line and adds it on Enter with defaults from the last entry', async () => {
    const onAdd = vi.fn(async () => true);
    render(<QuickEntry date="2026-01-05" categories={CATEGORIES} entries={[LAST]} onAdd={onAdd} />);
    const input = screen.getByLabelText('Log an activity');
    fireEvent.change(input, { target: { value: 'Coaching Sam #1:1 +1' } });
    expect(
      screen.getByText(
        /Will log “Coaching Sam” · 45m .* at 09:45 · 1:1s & coaching · energy A bit energised/,
      ),
    ).toBeTruthy();
    fireEvent.submit(input.closest('form')!);
    await eventually(() => expect(onAdd).toHaveBeenCalledTimes(1));
    expect(onAdd).toHaveBeenCalledWith({
      date: '2026-01-05',
      title: 'Coaching Sam',
      minutes: 45,
      startTime: '09:45',
      categoryId: 'one',
      energy: 1,
      note: '',
      mostImportant: null,
      delegable: null,
    });
    await eventually(() => expect((input as HTMLInputElement).value).toBe(''));
  });

  it('keeps what is typed while the previous line is still being saved', async () => {
    let finish: (added: boolean) => void = () => undefined;
    const onAdd = vi.fn(() => new Promise<boolean>((resolve) => (finish = resolve)));
    render(<QuickEntry date="2026-01-05" categories={CATEGORIES} entries={[LAST]} onAdd={onAdd} />);
    const input = screen.getByLabelText<HTMLInputElement>('Log an activity');
    fireEvent.change(input, { target: { value: 'Coaching Sam #1:1 +1' } });
    fireEvent.submit(input.closest('form')!);
    await eventually(() => expect(onAdd).toHaveBeenCalledTimes(1));
    fireEvent.change(input, { target: { value: 'Design review 30m #design' } });
    act(() => finish(true));
    await nextTurn();
    expect(input.value).toBe('Design review 30m #design');
  });

  it('shows what is wrong and adds nothing', async () => {
    const onAdd = vi.fn(async () => true);
    render(<QuickEntry date="2026-01-05" categories={CATEGORIES} entries={[]} onAdd={onAdd} />);
    const input = screen.getByLabelText('Log an activity');
    fireEvent.change(input, { target: { value: 'Lunch 1h #food' } });
    fireEvent.submit(input.closest('form')!);
    expect(await eventually(() => screen.getByText('No category matches “#food”.'))).toBeTruthy();
    expect(onAdd).not.toHaveBeenCalled();
    expect(input.getAttribute('aria-invalid')).toBe('true');
  });

  it('suggests category tags while a #tag is being typed, and recent lines otherwise', () => {
    const { container } = render(
      <QuickEntry date="2026-01-05" categories={CATEGORIES} entries={[LAST]} onAdd={vi.fn()} />,
    );
    const options = () =>
      [...container.querySelectorAll('datalist option')].map((o) => o.getAttribute('value'));
    expect(options()).toEqual(['Design review 45m #design-architecture-reviews']);
    fireEvent.change(screen.getByLabelText('Log an activity'), { target: { value: 'Chat with Sam #1' } });
    expect(options()).toEqual(['Chat with Sam #1:1s-coaching']);
  });
});
