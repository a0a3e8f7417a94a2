/**
 * The people list's writes on a given database, stamped with a given time (actions.ts binds them to the
 * app's database and the clock; the unit tests run them on a fresh one).
 */
import { sourceKey } from '@shared/domain/evidence-links';
import { defaultDirection, type PersonLinkRef, type PersonRole } from '@shared/domain/people';
import { personSchema, type Action, type Person } from '@shared/types/entities';
import type { LedgerDb } from '@renderer/db/db';
import type { RecordSnapshot } from '@renderer/db/put-back';
import { addPlanAction } from '@renderer/features/growth-plan';

const newId = () => crypto.randomUUID();

/** What the user edits on a person: everything but its id, links, order and timestamps. */
export type PersonPatch = Partial<Omit<Person, 'id' | 'links' | 'order' | 'createdAt' | 'updatedAt'>>;

/** Adds a person, last in the list, talking in the direction their role usually goes. */
export async function addPerson(
  db: LedgerDb,
  { name, role }: { name: string; role: PersonRole },
  now: Date,
): Promise<Person> {
  const stamp = now.toISOString();
  return db.transaction('rw', db.people, async () => {
    const last = await db.people.orderBy('order').last();
    const person = personSchema.parse({
      id: newId(),
      name: name.trim(),
      role,
      direction: defaultDirection(role),
      relation: '',
      goal: '',
      stretchWork: '',
      nextTalk: '',
      notes: '',
      lastTalkedOn: null,
      links: [],
      order: last ? last.order + 1 : 0,
      createdAt: stamp,
      updatedAt: stamp,
    });
    await db.people.add(person);
    return person;
  });
}

/** Applies `change` to the person as stored now, checked; returns the person as it was. */
async function change(
  db: LedgerDb,
  id: string,
  now: Date,
  next: (person: Person) => Partial<Person>,
): Promise<Person> {
  return db.transaction('rw', db.people, async () => {
    const person = await db.people.get(id);
    if (!person) throw new Error('That person is no longer in your list.');
    await db.people.put(personSchema.parse({ ...person, ...next(person), updatedAt: now.toISOString() }));
    return person;
  });
}

/** Changes a person's fields (the texts autosave through this; role, direction and day change at once). */
export function updatePerson(db: LedgerDb, id: string, patch: PersonPatch, now: Date): Promise<Person> {
  return change(db, id, now, (person) => ({
    ...patch,
    name: patch.name === undefined ? person.name : patch.name.trim(),
  }));
}

/** Links records to a person (those linked already stay once). */
export function linkRecords(
  db: LedgerDb,
  id: string,
  refs: readonly PersonLinkRef[],
  now: Date,
): Promise<Person> {
  return change(db, id, now, (person) => ({
    links: [...new Set([...person.links, ...refs.map(sourceKey)])],
  }));
}

/** Takes a record off a person's links; the record itself is untouched. */
export function unlinkRecord(db: LedgerDb, id: string, ref: PersonLinkRef, now: Date): Promise<Person> {
  const key = sourceKey(ref);
  return change(db, id, now, (person) => ({ links: person.links.filter((k) => k !== key) }));
}

/** Removes a person from the list; what they were linked to stays. Returns them, for the undo. */
export async function deletePerson(db: LedgerDb, id: string): Promise<RecordSnapshot> {
  return db.transaction('rw', db.people, async () => {
    const person = await db.people.get(id);
    await db.people.delete(id);
    return { people: person ? [person] : [] };
  });
}

/** Adds "ask my manager to find me a mentor" to the plan's actions, or finds it there already. */
export async function planMentorAsk(db: LedgerDb, title: string, now: Date): Promise<Action> {
  const open = await db.actions
    .where('status')
    .anyOf('todo', 'doing')
    .filter((action) => action.title === title)
    .first();
  return open ?? addPlanAction(db, null, { title, dueDate: null }, now);
}
