/**
 * People around you (issue 18): a person's texts autosave as one draft, the records that name them are
 * linked in one click, a removed person comes back with the undo; on a record's screen its people are
 * listed and one is linked from the list. Runs on the app's own `db` (on fake-indexeddb), emptied after
 * each test.
 */
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { db } from '@renderer/db/db';
import { PersonPage } from '@renderer/features/people/components/PersonPage';
import { RecordPeople } from '@renderer/features/people/components/RecordPeople';
import { addPerson, linkRecords } from '@renderer/features/people/model/repo';
import { forgetAllKeptDrafts } from '@renderer/ui/drafts';
import { runUndo } from '@renderer/ui/undo';
import { eventually } from '../support/eventually';
import { feedback } from '../support/journal-fixtures';

afterEach(async () => {
  cleanup();
  forgetAllKeptDrafts();
  window.location.hash = '';
  await Promise.all(db.tables.map((table) => table.clear()));
});

const NOW = new Date('2026-06-01T10:00:00.000Z');

describe('a person’s page', () => {
  it('autosaves the texts, links the feedback that names them, and the undo brings a removed person back', async () => {
    await db.feedback.add(feedback({ id: 'f1', from: 'Priya', receivedOn: '2026-05-20' }));
    const { id } = await addPerson(db, { name: 'Priya', role: 'mentee' }, NOW);
    render(<PersonPage id={id} />);
    await eventually(() => screen.getByRole('heading', { level: 2, name: 'Priya' }));
    expect(screen.getByText('Ask them what they want to do next.')).toBeTruthy();

    fireEvent.change(screen.getByLabelText('What they want to do next'), {
      target: { value: 'Lead a project across two teams.' },
    });
    // The next step follows what is typed, before it is saved.
    await eventually(() => screen.getByText('Find work that would stretch them toward it.'));
    fireEvent.blur(screen.getByLabelText('What they want to do next'));
    await eventually(async () =>
      expect((await db.people.get(id))?.goal).toBe('Lead a project across two teams.'),
    );

    const linked = screen.getByRole('region', { name: 'Feedback, retros, trials and handovers' });
    const note = await eventually(() => within(linked).getByRole('note'));
    fireEvent.click(within(note).getByRole('button', { name: /^Link Feedback from Priya/ }));
    await eventually(async () => expect((await db.people.get(id))?.links).toEqual(['feedback:f1']));
    await eventually(() => within(linked).getByRole('link', { name: 'Feedback from Priya' }));

    fireEvent.click(screen.getByRole('button', { name: /^Remove Priya/ }));
    await eventually(async () => expect(await db.people.get(id)).toBeUndefined());
    await runUndo();
    await eventually(async () =>
      expect(await db.people.get(id)).toMatchObject({
        goal: 'Lead a project across two teams.',
        links: ['feedback:f1'],
      }),
    );
  });

  it('keeps the stored name when the field is cleared, and says so', async () => {
    const { id } = await addPerson(db, { name: 'Sam', role: 'mentor' }, NOW);
    render(<PersonPage id={id} />);
    const name = await eventually(() => screen.getByLabelText<HTMLInputElement>('Name'));
    fireEvent.change(name, { target: { value: '  ' } });
    expect(screen.getByText(/A person needs a name/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText('What you learned'), { target: { value: 'Ship smaller.' } });
    fireEvent.blur(screen.getByLabelText('What you learned'));
    await eventually(async () =>
      expect(await db.people.get(id)).toMatchObject({ name: 'Sam', notes: 'Ship smaller.' }),
    );
  });

  it('says when the person is no longer on the list', async () => {
    render(<PersonPage id="gone" />);
    await eventually(() => screen.getByRole('heading', { name: 'This person is no longer on your list' }));
  });
});

describe('the people of a record', () => {
  it('lists the people linked, links one from the list and unlinks one', async () => {
    const priya = await addPerson(db, { name: 'Priya', role: 'mentor' }, NOW);
    const sam = await addPerson(db, { name: 'Sam', role: 'mentee' }, NOW);
    await linkRecords(db, priya.id, [{ kind: 'retro', id: 'r1' }], NOW);
    render(<RecordPeople source={{ kind: 'retro', id: 'r1' }} what="the retrospective Checkout" />);
    const group = await eventually(() =>
      screen.getByRole('group', { name: 'People in the retrospective Checkout' }),
    );
    await eventually(() => within(group).getByRole('link', { name: 'Priya' }));

    fireEvent.click(within(group).getByRole('button', { name: /^Add a person/ }));
    const select = await eventually(() => {
      const found = within(group).getByLabelText<HTMLSelectElement>(
        'Person to link to the retrospective Checkout',
      );
      expect(found.options).toHaveLength(2); // "Choose a person…" and Sam: Priya is linked already.
      return found;
    });
    fireEvent.change(select, { target: { value: sam.id } });
    fireEvent.click(within(group).getByRole('button', { name: 'Link' }));
    await eventually(() => within(group).getByRole('link', { name: 'Sam' }));
    expect((await db.people.get(sam.id))?.links).toEqual(['retro:r1']);

    fireEvent.click(
      within(group).getByRole('button', { name: 'Unlink Priya from the retrospective Checkout' }),
    );
    await eventually(async () => expect((await db.people.get(priya.id))?.links).toEqual([]));
  });
});
