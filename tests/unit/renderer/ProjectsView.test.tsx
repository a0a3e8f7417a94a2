/**
 * The staff-level projects tab (issue 18): a project is added from a kept draft, its texts autosave as
 * one draft without the card losing the field being typed in, a finished project's retrospective is
 * started and linked, and a removed project comes back with the undo. Runs on the app's own `db` (on
 * fake-indexeddb), emptied after each test.
 */
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { recordPath } from '@shared/routes';
import { db } from '@renderer/db/db';
import { ProjectsView } from '@renderer/features/growth-plan/components/ProjectsView';
import { addProject } from '@renderer/features/growth-plan/model/repo';
import { forgetAllKeptDrafts, readKeptDraft } from '@renderer/ui/drafts';
import { runUndo } from '@renderer/ui/undo';
import { eventually } from '../support/eventually';

afterEach(async () => {
  cleanup();
  forgetAllKeptDrafts();
  window.location.hash = '';
  await Promise.all(db.tables.map((table) => table.clear()));
});

const NOW = new Date('2026-06-01T10:00:00.000Z');

/** The card of the project called `name`. */
async function card(name: string): Promise<HTMLElement> {
  const heading = await eventually(() => screen.getByRole('heading', { level: 3, name }));
  const item = heading.closest('li');
  if (!item) throw new Error(`No card for ${name}`);
  return item;
}

describe('ProjectsView', () => {
  it('teaches when there are none, and adds a project from the kept name', async () => {
    render(<ProjectsView />);
    await eventually(() => screen.getByRole('heading', { name: 'No projects yet' }));

    const form = screen.getByRole('form', { name: 'New project' });
    const input = within(form).getByLabelText<HTMLInputElement>('Project name');
    expect(within(form).getByRole<HTMLButtonElement>('button', { name: 'Add project' }).disabled).toBe(true);
    fireEvent.change(input, { target: { value: 'Unify the deploy pipelines' } });
    expect(readKeptDraft('project:new')).toBe('Unify the deploy pipelines');
    fireEvent.submit(form);

    const item = await card('Unify the deploy pipelines');
    await eventually(() => expect(input.value).toBe(''));
    expect(readKeptDraft('project:new')).toBeUndefined();
    expect(within(item).getByText('0 of 4 reasons written')).toBeTruthy();
    expect(within(item).getByText('Write down why it is staff-level work.')).toBeTruthy();
    expect(within(item).getByRole('group', { name: 'Why it is staff-level' })).toBeTruthy();
    expect(within(item).getByLabelText<HTMLSelectElement>('Status of Unify the deploy pipelines').value).toBe(
      'candidate',
    );
    expect(screen.queryByRole('heading', { name: 'No projects yet' })).toBeNull();
  });

  it('autosaves every text of a project as one draft, and the field typed in stays on screen', async () => {
    const project = await addProject(db, 'Unify the deploy pipelines', NOW);
    render(<ProjectsView />);
    const item = await card('Unify the deploy pipelines');

    const scope = within(item).getByLabelText<HTMLTextAreaElement>('Scope');
    fireEvent.change(scope, { target: { value: 'All twelve product teams' } });
    fireEvent.change(within(item).getByLabelText('Your role'), { target: { value: 'Technical lead' } });
    fireEvent.change(within(item).getByLabelText('Who should hear about them'), {
      target: { value: 'My manager and the VP' },
    });
    // The case follows the typing before it is saved.
    expect(within(item).getByText('1 of 4 reasons written')).toBeTruthy();
    fireEvent.blur(scope);

    await eventually(async () => {
      expect(await db.projects.get(project.id)).toMatchObject({
        scope: 'All twelve product teams',
        role: 'Technical lead',
        tellWho: 'My manager and the VP',
      });
    });
    await eventually(() => within(item).getByText('All changes saved'));
    // The card was not remounted by the save: the very same field is still there.
    expect(scope.isConnected).toBe(true);
    expect(readKeptDraft(`project:${project.id}`)).toBeUndefined();
  });

  it('renames a project on its card, and keeps the stored name when the field is cleared', async () => {
    const project = await addProject(db, 'Unify the deploy pipelines', NOW);
    render(<ProjectsView />);
    const item = await card('Unify the deploy pipelines');
    const name = within(item).getByLabelText<HTMLInputElement>('Name');

    fireEvent.change(name, { target: { value: '  ' } });
    expect(within(item).getByText(/A project needs a name/)).toBeTruthy();
    // The heading keeps the last name while the field is empty.
    expect(within(item).getByRole('heading', { level: 3, name: 'Unify the deploy pipelines' })).toBeTruthy();
    fireEvent.change(name, { target: { value: 'One deploy pipeline for every team' } });
    expect(
      within(item).getByRole('heading', { level: 3, name: 'One deploy pipeline for every team' }),
    ).toBeTruthy();
    fireEvent.blur(name);
    await eventually(async () =>
      expect((await db.projects.get(project.id))?.name).toBe('One deploy pipeline for every team'),
    );

    fireEvent.change(name, { target: { value: '' } });
    fireEvent.change(within(item).getByLabelText('Your role'), { target: { value: 'Technical lead' } });
    fireEvent.blur(name);
    await eventually(async () =>
      expect(await db.projects.get(project.id)).toMatchObject({
        name: 'One deploy pipeline for every team',
        role: 'Technical lead',
      }),
    );
  });

  it('offers the retrospective of a finished project, starts it with the role and then links to it', async () => {
    const project = await addProject(db, 'Unify the deploy pipelines', NOW);
    render(<ProjectsView />);
    const item = await card('Unify the deploy pipelines');
    expect(within(item).queryByRole('button', { name: /Hold its retrospective/ })).toBeNull();

    fireEvent.change(within(item).getByLabelText('Your role'), { target: { value: 'Technical lead' } });
    fireEvent.change(within(item).getByLabelText('Status of Unify the deploy pipelines'), {
      target: { value: 'done' },
    });
    const hold = await eventually(() => within(item).getByRole('button', { name: /Hold its retrospective/ }));
    fireEvent.click(hold);

    const retroId = await eventually(async () => {
      const stored = await db.projects.get(project.id);
      if (!stored?.retroId) throw new Error('No retro yet');
      return stored.retroId;
    });
    expect(await db.retros.get(retroId)).toMatchObject({
      project: 'Unify the deploy pipelines',
      role: 'Technical lead',
      status: 'draft',
    });
    await eventually(() => expect(window.location.hash).toBe(`#${recordPath('retro', retroId)}`));
    const open = await eventually(() => within(item).getByRole('link', { name: /Open its retrospective/ }));
    expect(open.getAttribute('href')).toBe(`#${recordPath('retro', retroId)}`);

    await db.retros.delete(retroId);
    await eventually(() => within(item).getByText('Its retrospective (deleted since)'));
    expect(within(item).getByRole('button', { name: /Hold its retrospective/ })).toBeTruthy();
  });

  it('removes a project, and the undo brings it back with what was typed', async () => {
    const project = await addProject(db, 'Unify the deploy pipelines', NOW);
    render(<ProjectsView />);
    const item = await card('Unify the deploy pipelines');
    fireEvent.change(within(item).getByLabelText('Why I picked this'), {
      target: { value: 'It unblocks the platform roadmap' },
    });

    fireEvent.click(within(item).getByRole('button', { name: 'Remove Unify the deploy pipelines' }));
    await eventually(() => screen.getByRole('heading', { name: 'No projects yet' }));
    expect(await db.projects.get(project.id)).toBeUndefined();

    expect(await runUndo()).toBe(true);
    const back = await card('Unify the deploy pipelines');
    expect(within(back).getByLabelText<HTMLTextAreaElement>('Why I picked this').value).toBe(
      'It unblocks the platform roadmap',
    );
  });
});
