/** The people list's Markdown document, read from a given database (the unit tests use a fresh one). */
import { peopleMarkdown } from '@shared/domain/markdown';
import { sourceKey } from '@shared/domain/evidence-links';
import { parseLinkKey, type PersonLinkRef } from '@shared/domain/people';
import type { LedgerDb } from '@renderer/db/db';
import { readSources } from '@renderer/db/evidence-reads';

export async function buildPeopleMarkdown(db: LedgerDb, today: string, locale: string): Promise<string> {
  const people = await db.people.orderBy('order').toArray();
  const refs = people.flatMap((person) =>
    person.links.flatMap((key) => {
      const ref = parseLinkKey(key);
      return ref ? [ref] : [];
    }),
  );
  const sources = await readSources(db, refs);
  const linked = new Map<string, { ref: PersonLinkRef; title: string; date: string }>();
  for (const ref of refs) {
    const source = sources.get(sourceKey(ref));
    if (source) linked.set(sourceKey(ref), { ref, title: source.title, date: source.date });
  }
  return peopleMarkdown({ people, linked, exportedOn: today, locale });
}
