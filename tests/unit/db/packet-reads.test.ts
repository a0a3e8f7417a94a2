/**
 * The promotion packet's read (issue 17) on a real database: the range's brag entries only (read by the
 * date index), open actions only, active competencies with their newest rating and their linked
 * evidence, the checklist in its order with its own links.
 */
import { describe, expect, it } from 'vitest';
import { freshDb } from '../support/fresh-db';
import {
  action,
  brag,
  competency,
  feedback,
  framework,
  link,
  profile,
  promotionItem,
  skillSnapshot,
} from '../support/journal-fixtures';
import { readPacket } from '@renderer/features/packet/hooks/readPacket';

describe('readPacket', () => {
  it('reads what the packet shows for a range, and nothing else', async () => {
    const db = freshDb();
    await db.profile.add(profile({ name: 'Ada Example', targetTrack: 'em' }));
    await db.frameworks.add(framework());
    await db.competencies.bulkAdd([
      competency({ id: 'c1', name: 'Technical direction' }),
      competency({ id: 'c2', name: 'Old one', archived: true, order: 1 }),
    ]);
    await db.skillSnapshots.bulkAdd([
      skillSnapshot({
        id: 's1',
        competencyId: 'c1',
        current: 2,
        target: 4,
        recordedAt: '2026-01-01T09:00:00.000Z',
      }),
      skillSnapshot({
        id: 's2',
        competencyId: 'c1',
        current: 3,
        target: 4,
        recordedAt: '2026-03-01T09:00:00.000Z',
      }),
    ]);
    await db.bragEntries.bulkAdd([
      brag({ id: 'b1', date: '2026-02-01', title: 'In range' }),
      brag({ id: 'b2', date: '2026-06-30', title: 'Last day' }),
      brag({ id: 'b3', date: '2026-07-01', title: 'After' }),
    ]);
    await db.feedback.add(feedback({ id: 'f1', from: 'Sam', receivedOn: '2026-03-03', content: 'Clear.' }));
    await db.promotionItems.bulkAdd([
      promotionItem({ id: 'p2', title: 'Second', order: 1 }),
      promotionItem({ id: 'p1', title: 'First', order: 0 }),
    ]);
    await db.evidence.bulkAdd([
      link({ kind: 'brag', id: 'b1' }, 'c1', { date: '2026-02-01' }),
      link({ kind: 'brag', id: 'b1' }, 'c1', {
        id: 'ck',
        competencyId: null,
        promotionItemId: 'p2',
        date: '2026-02-01',
      }),
    ]);
    await db.actions.bulkAdd([
      action({ id: 'a1', competencyId: 'c1', title: 'Open', status: 'doing' }),
      action({ id: 'a2', competencyId: 'c1', title: 'Finished', status: 'done' }),
    ]);

    const packet = await readPacket(db, { from: '2026-01-01', to: '2026-06-30' }, '2026-07-02');
    expect(packet.person.aim).toBe('Engineering manager');
    expect(packet.competencies.map((c) => [c.name, c.current, c.evidence.map((e) => e.title)])).toEqual([
      ['Technical direction', 3, ['In range']],
    ]);
    expect(packet.highlights.map((h) => h.title)).toEqual(['Last day', 'In range']);
    expect(packet.feedback.map((f) => f.from)).toEqual(['Sam']);
    expect(packet.checklist.map((i) => [i.title, i.evidence.length])).toEqual([
      ['First', 0],
      ['Second', 1],
    ]);
    expect(packet.openActions.map((a) => a.title)).toEqual(['Open']);
  });
});
