/**
 * The people list's writes as the screens call them: repo.ts bound to the app's database and stamped
 * with the time of the call, with an undo where something is removed.
 */
import { FIND_A_MENTOR, type PersonLinkRef, type PersonRole } from '@shared/domain/people';
import { markdownFileName } from '@shared/domain/markdown';
import type { ExportResult } from '@shared/ipc/contract';
import type { Person } from '@shared/types/entities';
import { db } from '@renderer/db/db';
import { putBack } from '@renderer/db/put-back';
import { call } from '@renderer/platform/api';
import { offerUndo } from '@renderer/ui/undo';
import { currentLocale } from '@renderer/ui/format';
import { buildPeopleMarkdown } from './document';
import * as repo from './repo';

export type { PersonPatch } from './repo';

export function addPerson(name: string, role: PersonRole): Promise<Person> {
  return repo.addPerson(db, { name, role }, new Date());
}

export async function updatePerson(id: string, patch: repo.PersonPatch): Promise<void> {
  await repo.updatePerson(db, id, patch, new Date());
}

/** Removes a person and offers to undo it (their links come back with them). */
export async function deletePerson(id: string): Promise<void> {
  const removed = await repo.deletePerson(db, id);
  const person = removed.people?.[0];
  if (person) offerUndo(`Removed ${person.name} from your people.`, () => putBack(db, removed, new Date()));
}

export async function linkRecords(personId: string, refs: readonly PersonLinkRef[]): Promise<void> {
  await repo.linkRecords(db, personId, refs, new Date());
}

export async function unlinkRecord(personId: string, ref: PersonLinkRef): Promise<void> {
  await repo.unlinkRecord(db, personId, ref, new Date());
}

/** Puts "ask my manager to find me a mentor" on the plan's actions (once). */
export async function planMentorAsk(): Promise<void> {
  await repo.planMentorAsk(db, FIND_A_MENTOR.action, new Date());
}

/** Saves the list as Markdown, through main's save dialog. */
export async function exportPeople(today: string): Promise<ExportResult> {
  const text = await buildPeopleMarkdown(db, today, currentLocale());
  return call('export:saveText', {
    kind: 'markdown',
    title: 'Save your people list',
    suggestedName: markdownFileName(`people-${today}`),
    text,
  });
}
