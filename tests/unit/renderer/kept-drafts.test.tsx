/**
 * Issue 15, "never lose a word", for the forms that still held their text in component state: the audit's
 * categories and rules, the framework editor, the trial dialogs and the activity's edit dialog. Each test
 * types, leaves (unmount: another section, a closed dialog) and comes back (mount again).
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AuditCategory, CategoryRule, Trial } from '@shared/types/entities';
import type { TrialDraft } from '@shared/domain/assessment';
import { CategoriesView, type CategoryActions } from '@renderer/features/audit/components/CategoriesView';
import { EntryDialog } from '@renderer/features/audit/components/EntryDialog';
import type { EntryDraft } from '@renderer/features/audit/model/repo';
import { AddCompetencyForm } from '@renderer/features/growth-plan/components/FrameworkEditor';
import { FinishTrialDialog, TrialDialog } from '@renderer/features/assessment/components/TrialDialogs';
import { forgetAllKeptDrafts, readKeptDraft } from '@renderer/ui/drafts';
import { eventually } from '../support/eventually';
import { entryDraft } from '../support/journal-fixtures';

afterEach(() => {
  cleanup();
  forgetAllKeptDrafts();
});

const KEPT_NOTE = /This is what you typed here before/;

const field = (label: string) => screen.getByLabelText<HTMLInputElement | HTMLTextAreaElement>(label);
const type = (label: string, value: string) => fireEvent.change(field(label), { target: { value } });

describe('audit categories and rules', () => {
  const CATEGORIES: AuditCategory[] = [
    { id: 'cat-deep', name: 'Deep work', lean: 'staff', color: '#2563eb', order: 0, archived: false },
    { id: 'cat-hiring', name: 'Hiring', lean: 'em', color: '#16a34a', order: 1, archived: false },
  ];
  const RULES: CategoryRule[] = [];

  function actions(): CategoryActions {
    return {
      add: vi.fn(async () => true),
      update: vi.fn(async () => true),
      addRule: vi.fn(async () => true),
      deleteRule: vi.fn(async () => undefined),
      moveRule: vi.fn(async () => undefined),
    };
  }

  it('keeps a rule typed but not added when the screen is left, and drops it once added', async () => {
    const first = render(<CategoriesView categories={CATEGORIES} rules={RULES} actions={actions()} />);
    type('Keyword', 'interview');
    fireEvent.change(screen.getByLabelText('Category for the keyword'), { target: { value: 'cat-hiring' } });
    first.unmount();

    const act = actions();
    const second = render(<CategoriesView categories={CATEGORIES} rules={RULES} actions={act} />);
    expect(field('Keyword').value).toBe('interview');
    expect(screen.getByLabelText<HTMLSelectElement>('Category for the keyword').value).toBe('cat-hiring');
    expect(screen.getByText(KEPT_NOTE)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Add rule' }));
    await eventually(() => expect(field('Keyword').value).toBe(''));
    expect(act.addRule).toHaveBeenCalledExactlyOnceWith('interview', 'cat-hiring');
    second.unmount();

    render(<CategoriesView categories={CATEGORIES} rules={RULES} actions={actions()} />);
    expect(field('Keyword').value).toBe('');
    expect(screen.queryByText(KEPT_NOTE)).toBeNull();
  });

  it('keeps a new category typed but not added when the screen is left', () => {
    const first = render(<CategoriesView categories={CATEGORIES} rules={RULES} actions={actions()} />);
    type('Name of the new category', 'Incidents');
    first.unmount();

    render(<CategoriesView categories={CATEGORIES} rules={RULES} actions={actions()} />);
    expect(field('Name of the new category').value).toBe('Incidents');
    fireEvent.click(screen.getByRole('button', { name: 'Clear it' }));
    expect(field('Name of the new category').value).toBe('');
    expect(readKeptDraft('audit-category:new')).toBeUndefined();
  });

  it('saves a rename when the screen is left while typing, trimmed, and never an empty name', async () => {
    const act = actions();
    const view = render(<CategoriesView categories={CATEGORIES} rules={RULES} actions={act} />);
    type('Name of Deep work', 'Focus time ');
    view.unmount();
    await eventually(() =>
      expect(act.update).toHaveBeenCalledExactlyOnceWith(CATEGORIES[0], { name: 'Focus time' }),
    );

    render(<CategoriesView categories={CATEGORIES} rules={RULES} actions={act} />);
    const hiring = field('Name of Hiring');
    type('Name of Hiring', '   ');
    fireEvent.blur(hiring);
    expect(hiring.value).toBe('Hiring');
    expect(act.update).toHaveBeenCalledTimes(1);
  });
});

describe('framework editor: add a competency', () => {
  it('keeps what was typed when the editor is left, per framework, and drops it once added', async () => {
    const first = render(<AddCompetencyForm frameworkId="fw-1" groupListId="groups" />);
    type('Name', 'Incident leadership');
    type('Short description', 'Runs the room when things break.');
    first.unmount();

    const other = render(<AddCompetencyForm frameworkId="fw-2" groupListId="groups" />);
    expect(field('Name').value).toBe('');
    other.unmount();

    render(<AddCompetencyForm frameworkId="fw-1" groupListId="groups" />);
    expect(field('Name').value).toBe('Incident leadership');
    expect(field('Short description').value).toBe('Runs the room when things break.');
    expect(screen.getByText(KEPT_NOTE)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Clear it' }));
    expect(field('Name').value).toBe('');
    await eventually(() => expect(readKeptDraft('new-competency:fw-1')).toBeUndefined());
  });
});

describe('trial dialogs', () => {
  const NEW: TrialDraft = {
    track: 'staff',
    title: '',
    ideaKey: null,
    startDate: '2026-11-02',
    endDate: null,
    status: 'planned',
    notes: '',
    energy: null,
    signalAnswer: '',
  };
  const TRIAL: Trial = {
    ...NEW,
    id: 'trial-1',
    title: 'Lead the incident review',
    status: 'running',
    createdAt: '2026-11-02T09:00:00.000Z',
    updatedAt: '2026-11-02T09:00:00.000Z',
  };

  it('keeps a planned trial’s title and notes when the dialog is closed without saving', async () => {
    const first = render(<TrialDialog initial={NEW} onSave={vi.fn(async () => true)} onCancel={vi.fn()} />);
    type('Title', 'Run the architecture forum');
    type('Notes', 'Four sessions, then ask the attendees.');
    first.unmount();

    const onSave = vi.fn(async () => true);
    render(<TrialDialog initial={NEW} onSave={onSave} onCancel={vi.fn()} />);
    expect(field('Title').value).toBe('Run the architecture forum');
    expect(field('Notes').value).toBe('Four sessions, then ask the attendees.');
    expect(screen.getByText(KEPT_NOTE)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Plan trial' }));
    await eventually(() => expect(onSave).toHaveBeenCalledTimes(1));
    expect(onSave).toHaveBeenCalledWith(expect.objectContaining({ title: 'Run the architecture forum' }));
    await eventually(() => expect(readKeptDraft('trial:new:own')).toBeUndefined());
  });

  it('edits keep the stored status, and Cancel with changes says it discards them, and does', () => {
    const first = render(<TrialDialog initial={TRIAL} onSave={vi.fn(async () => true)} onCancel={vi.fn()} />);
    type('Notes', 'Halfway: going well.');
    first.unmount();

    // The trial was finished meanwhile: the kept text comes back, and the status is the stored one.
    const done: Trial = { ...TRIAL, status: 'done', endDate: '2026-11-20', energy: 1 };
    const onSave = vi.fn(async () => true);
    const onCancel = vi.fn();
    render(<TrialDialog initial={done} onSave={onSave} onCancel={onCancel} />);
    expect(field('Notes').value).toBe('Halfway: going well.');
    // A done trial's dialog asks how it felt: the status is the stored one, not the kept "running".
    expect(screen.getByRole('group', { name: 'How did it feel?' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Discard changes' }));
    expect(onCancel).toHaveBeenCalledTimes(1);
    expect(readKeptDraft('trial:trial-1')).toBeUndefined();
  });

  it('keeps the answer to the signal question when the finish dialog is closed', () => {
    const props = { trial: TRIAL, today: '2026-11-30', onFinish: vi.fn(async () => true), onCancel: vi.fn() };
    const first = render(<FinishTrialDialog {...props} />);
    const answer = screen.getByRole('textbox');
    fireEvent.change(answer, { target: { value: 'Yes: I looked forward to every review.' } });
    first.unmount();

    render(<FinishTrialDialog {...props} />);
    expect(screen.getByRole<HTMLTextAreaElement>('textbox').value).toBe(
      'Yes: I looked forward to every review.',
    );
    expect(screen.getByRole('button', { name: 'Discard changes' })).toBeTruthy();
  });
});

describe('the activity’s edit dialog', () => {
  const STORED: EntryDraft = entryDraft();
  const props = {
    open: true,
    mode: 'edit' as const,
    initial: STORED,
    draftKey: 'audit-entry:entry-1',
    minDate: '2026-11-02',
    maxDate: '2026-11-29',
    categories: [],
  };

  it('keeps the edits when the dialog is closed (Escape, leaving), and saves them on Save', async () => {
    const onClose = vi.fn();
    const first = render(<EntryDialog {...props} onSave={vi.fn(async () => true)} onClose={onClose} />);
    type('What did you do?', 'Incident review: payments');
    type('Note', 'Ran long; the timeline was missing.');
    first.unmount();

    const onSave = vi.fn(async () => true);
    render(<EntryDialog {...props} onSave={onSave} onClose={onClose} />);
    expect(field('What did you do?').value).toBe('Incident review: payments');
    expect(field('Note').value).toBe('Ran long; the timeline was missing.');
    expect(screen.getByText(KEPT_NOTE)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await eventually(() => expect(onClose).toHaveBeenCalledTimes(1));
    expect(onSave).toHaveBeenCalledExactlyOnceWith({
      ...STORED,
      title: 'Incident review: payments',
      note: 'Ran long; the timeline was missing.',
    });
    expect(readKeptDraft('audit-entry:entry-1')).toBeUndefined();
  });

  it('Cancel says "Discard changes" once something changed, and drops them; the next activity is its own', () => {
    const onClose = vi.fn();
    const first = render(<EntryDialog {...props} onSave={vi.fn(async () => true)} onClose={onClose} />);
    expect(screen.getByRole('button', { name: 'Cancel' })).toBeTruthy();
    type('Note', 'Not worth keeping');
    first.unmount();

    const other = render(
      <EntryDialog
        {...props}
        draftKey="audit-entry:entry-2"
        onSave={vi.fn(async () => true)}
        onClose={onClose}
      />,
    );
    expect(field('Note').value).toBe('');
    other.unmount();

    render(<EntryDialog {...props} onSave={vi.fn(async () => true)} onClose={onClose} />);
    fireEvent.click(screen.getByRole('button', { name: 'Discard changes' }));
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(readKeptDraft('audit-entry:entry-1')).toBeUndefined();
  });
});
