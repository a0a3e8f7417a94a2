import { describe, expect, it } from 'vitest';
import { createRetro, discardBlankRetros } from '@renderer/features/journal/model/repo';
import { freshDb } from '../support/fresh-db';

describe('discardBlankRetros (the start-up sweep of empty retrospectives)', () => {
  // CI found it: on a loaded machine the sweep ran after the user had already made a new retro, and took it.
  it('leaves a blank retro created after the page started, and removes one left by an earlier visit', async () => {
    const db = freshDb();
    const left = await createRetro(db, new Date('2026-12-02T09:00:00.000Z'));
    const justMade = await createRetro(db, new Date('2026-12-02T10:00:01.000Z'));
    const removed = await discardBlankRetros(db, { createdBefore: '2026-12-02T10:00:00.000Z' });
    expect(removed).toBe(1);
    expect(await db.retros.get(left.id)).toBeUndefined();
    expect(await db.retros.get(justMade.id)).toBeDefined();
  });
});
