/**
 * The people list's reads. Each reads what its screen shows: the list (a small table, in its order),
 * one person with the records they are linked to (read by id), the records that name them but are not
 * linked yet (by the `from` and `to` indexes), and the people of one record (by the `*links` index).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { sourceKey, type EvidenceSource } from '@shared/domain/evidence-links';
import { FIND_A_MENTOR, parseLinkKey, sameName, type PersonLinkRef } from '@shared/domain/people';
import type { Action, Person } from '@shared/types/entities';
import { db as appDb, type LedgerDb } from '@renderer/db/db';
import { readSources } from '@renderer/db/evidence-reads';

export interface PeopleData {
  people: Person[];
  /** The open plan action to ask the manager for a mentor, if there is one. */
  mentorAsk: Action | null;
}

export async function readPeople(db: LedgerDb): Promise<PeopleData> {
  const [people, mentorAsk] = await Promise.all([
    db.people.orderBy('order').toArray(),
    db.actions
      .where('status')
      .anyOf('todo', 'doing')
      .filter((action) => action.title === FIND_A_MENTOR.action)
      .first(),
  ]);
  return { people, mentorAsk: mentorAsk ?? null };
}

/** The list, live; `undefined` while loading. */
export function usePeople(): PeopleData | undefined {
  return useLiveQuery(() => readPeople(appDb), []);
}

/** A record a person is linked to, as the person's page lists it; `source` is null once it was deleted. */
export interface LinkedRecord {
  ref: PersonLinkRef;
  key: string;
  source: EvidenceSource | null;
}

/** A record that names the person (feedback from them, a handover to them) and is not linked yet. */
export interface Suggestion {
  ref: PersonLinkRef;
  source: EvidenceSource;
}

export interface PersonData {
  person: Person;
  /** Newest first; deleted ones last. */
  links: LinkedRecord[];
  suggestions: Suggestion[];
}

export async function readPerson(db: LedgerDb, id: string): Promise<PersonData | null> {
  const person = await db.people.get(id);
  if (!person) return null;
  const refs = person.links.flatMap((key) => {
    const ref = parseLinkKey(key);
    return ref ? [ref] : [];
  });
  const name = person.name.trim();
  const [sources, feedback, handovers] = await Promise.all([
    readSources(db, refs),
    db.feedback.where('from').equalsIgnoreCase(name).toArray(),
    db.handovers.where('to').equalsIgnoreCase(name).toArray(),
  ]);
  const links = refs
    .map((ref) => ({ ref, key: sourceKey(ref), source: sources.get(sourceKey(ref)) ?? null }))
    .sort((a, b) => (b.source?.date ?? '').localeCompare(a.source?.date ?? ''));
  const linked = new Set(person.links);
  const named: PersonLinkRef[] = [
    ...feedback.filter((f) => sameName(f.from, name)).map((f) => ({ kind: 'feedback' as const, id: f.id })),
    ...handovers.filter((h) => sameName(h.to, name)).map((h) => ({ kind: 'handover' as const, id: h.id })),
  ].filter((ref) => !linked.has(sourceKey(ref)));
  const namedSources = await readSources(db, named);
  const suggestions = named
    .flatMap((ref) => {
      const source = namedSources.get(sourceKey(ref));
      return source ? [{ ref, source }] : [];
    })
    .sort((a, b) => b.source.date.localeCompare(a.source.date));
  return { person, links, suggestions };
}

/** One person with their links and suggestions, live; `undefined` while loading, null when not found. */
export function usePerson(id: string): PersonData | null | undefined {
  return useLiveQuery(() => readPerson(appDb, id), [id]);
}

/** The people linked to one record (feedback, retro, trial, handover), through the `*links` index. */
export async function readRecordPeople(db: LedgerDb, ref: PersonLinkRef): Promise<Person[]> {
  const linked = await db.people.where('links').equals(sourceKey(ref)).toArray();
  return [...linked].sort((a, b) => a.order - b.order);
}

export function useRecordPeople(ref: PersonLinkRef): Person[] | undefined {
  return useLiveQuery(() => readRecordPeople(appDb, ref), [ref.kind, ref.id]);
}

/** Everyone in the list, for a "link a person" choice: read only while that choice is open. */
export function usePeopleChoices(open: boolean): Pick<Person, 'id' | 'name' | 'role'>[] | undefined {
  return useLiveQuery(
    async () =>
      open
        ? (await appDb.people.orderBy('order').toArray()).map(({ id, name, role }) => ({ id, name, role }))
        : undefined,
    [open],
  );
}
