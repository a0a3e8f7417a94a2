import type { ComponentProps } from 'react';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { QuickEntry } from '@renderer/features/audit/components/QuickEntry';
import type { AuditCategory, AuditEntry, CategoryRule } from '@shared/types/entities';
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
const NO_RULES: CategoryRule[] = [];
const AUDIT = { id: 'audit-1', startDate: '2026-01-05', weeks: 4 as const };

/** The quick-entry line on the test audit and its categories (with its rules unless given others). */
function renderQuickEntry(
  props: Pick<ComponentProps<typeof QuickEntry>, 'date' | 'today' | 'entries' | 'onAdd'> &
    Partial<Pick<ComponentProps<typeof QuickEntry>, 'rules'>>,
) {
  return render(<QuickEntry audit={AUDIT} categories={CATEGORIES} rules={RULES} {...props} />);
}
const RULES: CategoryRule[] = [{ id: 'r1', keyword: '1:1', categoryId: 'one', order: 0 }];
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
    renderQuickEntry({ date: '2026-01-05', today: '2026-01-06', entries: [LAST], rules: NO_RULES, onAdd });
    const input = screen.getByLabelText('Log an activity');
    fireEvent.change(input, { target: { value: 'Coaching Sam #1:1 +1' } });
    expect(
      screen.getByText(
        /Will log “Coaching Sam” · 45 min · at 09:45 · 1:1s & coaching · energy A bit energised/,
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
    renderQuickEntry({ date: '2026-01-05', today: '2026-01-06', entries: [LAST], rules: NO_RULES, onAdd });
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
    renderQuickEntry({ date: '2026-01-05', today: '2026-01-06', entries: [], rules: NO_RULES, onAdd });
    const input = screen.getByLabelText('Log an activity');
    fireEvent.change(input, { target: { value: 'Lunch 1h #food' } });
    fireEvent.submit(input.closest('form')!);
    expect(await eventually(() => screen.getByText('No category matches “#food”.'))).toBeTruthy();
    expect(onAdd).not.toHaveBeenCalled();
    expect(input.getAttribute('aria-invalid')).toBe('true');
  });

  it('suggests category tags while a #tag is being typed, and recent lines otherwise', () => {
    const { container } = render(
      <QuickEntry
        date="2026-01-05"
        today="2026-01-06"
        audit={AUDIT}
        categories={CATEGORIES}
        entries={[LAST]}
        rules={NO_RULES}
        onAdd={vi.fn()}
      />,
    );
    const options = () =>
      [...container.querySelectorAll('datalist option')].map((o) => o.getAttribute('value'));
    expect(options()).toEqual(['Design review 45m #design-architecture-reviews']);
    fireEvent.change(screen.getByLabelText('Log an activity'), { target: { value: 'Chat with Sam #1' } });
    expect(options()).toEqual(['Chat with Sam #1:1s-coaching']);
  });

  it('files a typed title by the keyword rules before the last entry’s category, and says which rule', async () => {
    const onAdd = vi.fn(async () => true);
    renderQuickEntry({ date: '2026-01-05', today: '2026-01-06', entries: [LAST], onAdd });
    const input = screen.getByLabelText('Log an activity');
    fireEvent.change(input, { target: { value: '1:1 with Sam 30m +1' } });
    expect(screen.getByText(/· 1:1s & coaching — rule “1:1” ·/)).toBeTruthy();
    fireEvent.change(input, { target: { value: 'Expenses 30m' } });
    expect(screen.getByText(/· Design & architecture reviews \(as your last entry\) ·/)).toBeTruthy();
    fireEvent.change(input, { target: { value: '1:1 with Sam 30m +1' } });
    fireEvent.submit(input.closest('form')!);
    await eventually(() => expect(onAdd).toHaveBeenCalledTimes(1));
    expect(onAdd).toHaveBeenCalledWith(
      expect.objectContaining({ title: '1:1 with Sam', categoryId: 'one', energy: 1 }),
    );
  });

  it('sets both audit questions from ! and ~ and shows them in the preview', async () => {
    const onAdd = vi.fn(async () => true);
    renderQuickEntry({ date: '2026-01-05', today: '2026-01-06', entries: [LAST], onAdd });
    const input = screen.getByLabelText('Log an activity');
    fireEvent.change(input, { target: { value: 'Status report 1h -1 ~ !' } });
    expect(
      screen.getByText(/energy A bit drained · most important · someone else could do it$/),
    ).toBeTruthy();
    fireEvent.submit(input.closest('form')!);
    await eventually(() => expect(onAdd).toHaveBeenCalledTimes(1));
    expect(onAdd).toHaveBeenCalledWith(
      expect.objectContaining({ title: 'Status report', mostImportant: true, delegable: true }),
    );
  });

  it('blocks Enter on an out-of-range energy until a second Enter keeps it in the title', async () => {
    const onAdd = vi.fn(async () => true);
    renderQuickEntry({ date: '2026-01-05', today: '2026-01-06', entries: [LAST], onAdd });
    const input = screen.getByLabelText<HTMLInputElement>('Log an activity');
    fireEvent.change(input, { target: { value: 'Design review 45m #design +3' } });
    fireEvent.submit(input.closest('form')!);
    await nextTurn();
    expect(onAdd).not.toHaveBeenCalled();
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const message = screen.getByText(/“\+3” is not one/);
    expect(input.getAttribute('aria-describedby')?.split(' ')).toContain(message.id);
    expect(screen.getByRole('button', { name: 'Keep “+3” in the title and add' })).toBeTruthy();
    // Editing the line asks again.
    fireEvent.change(input, { target: { value: 'Design review 45m #design +4' } });
    fireEvent.submit(input.closest('form')!);
    await nextTurn();
    expect(onAdd).not.toHaveBeenCalled();
    fireEvent.submit(input.closest('form')!);
    await eventually(() => expect(onAdd).toHaveBeenCalledTimes(1));
    expect(onAdd).toHaveBeenCalledWith(
      expect.objectContaining({ title: 'Design review 45m #design +4', energy: null }),
    );
  });

  it('adds a bare trailing number as part of the title only when “Keep it in the title” is chosen', async () => {
    const onAdd = vi.fn(async () => true);
    renderQuickEntry({ date: '2026-01-05', today: '2026-01-06', entries: [LAST], onAdd });
    const input = screen.getByLabelText<HTMLInputElement>('Log an activity');
    fireEvent.change(input, { target: { value: 'Design review 45m 2' } });
    fireEvent.submit(input.closest('form')!);
    expect(
      await eventually(() => screen.getByText(/“2” looks like an energy without its sign/)),
    ).toBeTruthy();
    expect(onAdd).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Keep “2” in the title and add' }));
    await eventually(() => expect(onAdd).toHaveBeenCalledTimes(1));
    expect(onAdd).toHaveBeenCalledWith(
      expect.objectContaining({ title: 'Design review 45m 2', energy: null }),
    );
  });

  it('logs on the day a day token names, says so in the preview, and refuses a day outside the audit', async () => {
    const onAdd = vi.fn(async () => true);
    renderQuickEntry({ date: '2026-01-08', today: '2026-01-08', entries: [LAST], onAdd });
    const input = screen.getByLabelText('Log an activity');
    fireEvent.change(input, { target: { value: 'Review 1h -5d' } });
    expect(screen.getByText(/is 2026-01-03, outside this audit/)).toBeTruthy();
    fireEvent.change(input, { target: { value: 'Review 1h yesterday' } });
    expect(screen.getByText(/^Will log “Review” · on Wed 7 Jan ·/)).toBeTruthy();
    fireEvent.submit(input.closest('form')!);
    await eventually(() => expect(onAdd).toHaveBeenCalledTimes(1));
    expect(onAdd).toHaveBeenCalledWith(expect.objectContaining({ title: 'Review', date: '2026-01-07' }));
  });
});
