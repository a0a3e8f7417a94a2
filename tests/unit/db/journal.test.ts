import { describe, expect, it } from 'vitest';
import { freshDb } from '../support/fresh-db';
import type { LedgerDb } from '@renderer/db/db';
import { buildBragDocument, buildGrowthPlan, bragFileName } from '@renderer/features/journal/model/documents';
import {
  EMPTY_RETRO,
  addBragToPromotionItem,
  addRetroAction,
  createRetro,
  deleteBrag,
  deleteRetro,
  saveBrag,
  saveFeedback,
  saveRetro,
} from '@renderer/features/journal/model/repo';
import { tagsOf } from '@renderer/db/evidence-links';
import { idsLinkedTo, tagged } from '@renderer/db/evidence-reads';
import { exportFileNameSchema } from '@shared/ipc/contract';
import { competency, framework, profile } from '../support/journal-fixtures';

const NOW = new Date('2026-11-28T10:00:00.000Z');
const LATER = new Date('2026-11-28T10:05:00.000Z');

async function seedPlan(db: LedgerDb) {
  await db.frameworks.add(framework());
  await db.competencies.bulkAdd([competency(), competency({ id: 'c2', name: 'Mentorship', order: 1 })]);
}

describe('retros', () => {
  it('start as an empty draft and autosave into the same record', async () => {
    const db = freshDb();
    const retro = await createRetro(db, NOW);
    expect(retro).toMatchObject({ project: '', status: 'draft', createdAt: NOW.toISOString() });
    const saved = await saveRetro(
      db,
      retro.id,
      { ...EMPTY_RETRO, project: 'Search revamp', wentWell: 'Demos' },
      LATER,
    );
    expect(saved).toMatchObject({
      id: retro.id,
      project: 'Search revamp',
      createdAt: NOW.toISOString(),
      updatedAt: LATER.toISOString(),
    });
    expect(await db.retros.count()).toBe(1);
  });

  it('keep one link per chosen competency in step with the form, dated by the retro', async () => {
    const db = freshDb();
    await seedPlan(db);
    const { id } = await createRetro(db, NOW);
    const draft = { ...EMPTY_RETRO, project: 'Search', endDate: '2026-10-01', competencyIds: ['c1', 'c2'] };
    const saved = await saveRetro(db, id, draft, NOW);
    expect(saved.competencyIds).toEqual(['c1', 'c2']);
    expect(await db.retros.get(id)).not.toHaveProperty('competencyIds');
    await saveRetro(db, id, draft, LATER); // saving again adds no duplicates
    let links = await db.evidence.toArray();
    expect(links.map((e) => e.competencyId).sort()).toEqual(['c1', 'c2']);
    expect(links[0]).toMatchObject({ ref: { kind: 'retro', id }, note: '', date: '2026-10-01' });

    await saveRetro(db, id, { ...draft, endDate: '2026-10-08', competencyIds: ['c2'] }, LATER);
    links = await db.evidence.toArray();
    expect(links).toHaveLength(1);
    expect(links[0]).toMatchObject({ competencyId: 'c2', date: '2026-10-08' });
    expect(await tagsOf(db, { kind: 'retro', id })).toEqual(['c2']);

    // Deleting the retro takes its links, except one that says in the user's words what it shows.
    await db.evidence.update(links[0]!.id, { note: 'Showed I can run a migration' });
    await saveRetro(db, id, { ...draft, competencyIds: ['c1', 'c2'] }, LATER);
    await deleteRetro(db, id);
    expect(await db.retros.count()).toBe(0);
    expect((await db.evidence.toArray()).map((e) => e.note)).toEqual(['Showed I can run a migration']);
  });

  it('refuse invalid data and change nothing', async () => {
    const db = freshDb();
    const { id } = await createRetro(db, NOW);
    await expect(saveRetro(db, id, { ...EMPTY_RETRO, startDate: '2026-02-30' }, LATER)).rejects.toThrow();
    await expect(saveRetro(db, 'missing', EMPTY_RETRO, LATER)).rejects.toThrow(/no longer exists/);
    expect((await db.retros.get(id))?.updatedAt).toBe(NOW.toISOString());
  });

  it('send actions to the growth plan on a competency, with the retro as source', async () => {
    const db = freshDb();
    await seedPlan(db);
    const { id } = await createRetro(db, NOW);
    const action = await addRetroAction(
      db,
      { retroId: id, competencyId: 'c1', title: '  Write the load-test checklist ', dueDate: '2026-12-15' },
      NOW,
    );
    expect(await db.actions.get(action.id)).toMatchObject({
      competencyId: 'c1',
      title: 'Write the load-test checklist',
      status: 'todo',
      dueDate: '2026-12-15',
      source: { kind: 'retro', id },
    });
    await expect(
      addRetroAction(db, { retroId: id, competencyId: 'nope', title: 'x', dueDate: null }, NOW),
    ).rejects.toThrow(/no longer exists/);
    await expect(
      addRetroAction(db, { retroId: id, competencyId: 'c1', title: '   ', dueDate: null }, NOW),
    ).rejects.toThrow();
    expect(await db.actions.count()).toBe(1);
    // Deleting the retro keeps the plan's action.
    await deleteRetro(db, id);
    expect(await db.actions.count()).toBe(1);
  });
});

describe('brag entries and promotion evidence', () => {
  it('save, edit and link an entry to a promotion checklist item once', async () => {
    const db = freshDb();
    const entry = await saveBrag(
      db,
      null,
      {
        date: '2026-03-01',
        title: ' Ran onboarding ',
        impact: '',
        numbers: '',
        link: '',
        kind: 'glue',
        competencyIds: [],
      },
      NOW,
    );
    expect(entry.title).toBe('Ran onboarding');
    const edited = await saveBrag(
      db,
      entry.id,
      { ...entry, impact: 'Two hires productive in a week' },
      LATER,
    );
    expect(edited).toMatchObject({ createdAt: NOW.toISOString(), updatedAt: LATER.toISOString() });

    await db.promotionItems.add({
      id: 'p1',
      title: 'Raises the team',
      status: 'todo',
      note: '',
      order: 0,
      createdAt: NOW.toISOString(),
      updatedAt: NOW.toISOString(),
    });
    expect(await addBragToPromotionItem(db, 'p1', entry.id, LATER)).toEqual({ added: true });
    expect(await addBragToPromotionItem(db, 'p1', entry.id, LATER)).toEqual({ added: false });
    expect(await db.evidence.where('promotionItemId').equals('p1').toArray()).toMatchObject([
      { competencyId: null, ref: { kind: 'brag', id: entry.id }, date: '2026-03-01' },
    ]);
    await expect(addBragToPromotionItem(db, 'missing', entry.id, LATER)).rejects.toThrow(/no longer exists/);

    // Deleting the entry removes it from the checklist too.
    await deleteBrag(db, entry.id);
    expect(await db.evidence.where('promotionItemId').equals('p1').count()).toBe(0);
  });

  it('refuses an entry without a title', async () => {
    const db = freshDb();
    await expect(
      saveBrag(
        db,
        null,
        {
          date: '2026-03-01',
          title: '  ',
          impact: '',
          numbers: '',
          link: '',
          kind: 'other',
          competencyIds: [],
        },
        NOW,
      ),
    ).rejects.toThrow();
    expect(await db.bragEntries.count()).toBe(0);
  });

  it('finds entries by competency through their links', async () => {
    const db = freshDb();
    const base = { impact: '', numbers: '', link: '', kind: 'delivery' as const };
    await saveBrag(db, null, { ...base, date: '2026-01-01', title: 'A', competencyIds: ['c1', 'c2'] }, NOW);
    await saveBrag(db, null, { ...base, date: '2026-01-02', title: 'B', competencyIds: ['c2'] }, NOW);
    const linked = await db.bragEntries.bulkGet(await idsLinkedTo(db, 'c1', 'brag'));
    expect(linked.map((e) => e?.title)).toEqual(['A']);
    expect(
      (await tagged(db, 'brag', await db.bragEntries.orderBy('date').toArray())).map((e) => e.competencyIds),
    ).toEqual([['c1', 'c2'], ['c2']]);
  });
});

describe('feedback', () => {
  it('saves a request and later its answer', async () => {
    const db = freshDb();
    const asked = await saveFeedback(
      db,
      null,
      {
        from: ' Priya ',
        askedOn: '2026-11-20',
        question: 'How did the review go?',
        receivedOn: null,
        content: '',
        sentiment: null,
        followUp: '',
        competencyIds: [],
      },
      NOW,
    );
    expect(asked.from).toBe('Priya');
    const answered = await saveFeedback(
      db,
      asked.id,
      { ...asked, receivedOn: '2026-11-27', content: 'Shorter doc', sentiment: 'growth' },
      LATER,
    );
    expect(answered).toMatchObject({ id: asked.id, createdAt: NOW.toISOString(), sentiment: 'growth' });
    expect(await db.feedback.count()).toBe(1);
  });
});

describe('exports read the database', () => {
  it('builds the brag document with competency names and the author', async () => {
    const db = freshDb();
    await seedPlan(db);
    await db.profile.add(profile({ createdAt: NOW.toISOString(), updatedAt: NOW.toISOString() }));
    await saveBrag(
      db,
      null,
      {
        date: '2026-05-01',
        title: 'Led the RFC',
        impact: '',
        numbers: '',
        link: '',
        kind: 'design',
        competencyIds: ['c1'],
      },
      NOW,
    );
    const md = await buildBragDocument(db, '2026-01-01', '2026-12-31', '2026-11-28');
    expect(md).toContain('Ada — Senior engineer');
    expect(md).toContain('### 1 May 2026: Led the RFC');
    expect(md).toContain('**Competencies:** Technical direction');
    expect(bragFileName('2026-01-01', '2026-12-31')).toBe('brag-document-2026.md');
    for (const name of [bragFileName(null, null), bragFileName('2026-03-01', '2026-06-30')]) {
      expect(exportFileNameSchema.safeParse(name).success, name).toBe(true);
    }
  });

  it('builds the growth plan with the titles of promotion evidence', async () => {
    const db = freshDb();
    await seedPlan(db);
    const entry = await saveBrag(
      db,
      null,
      {
        date: '2026-05-01',
        title: 'Led the RFC',
        impact: '',
        numbers: '',
        link: '',
        kind: 'design',
        competencyIds: [],
      },
      NOW,
    );
    await db.promotionItems.add({
      id: 'p1',
      title: 'Sets direction',
      status: 'in-progress',
      note: '',
      order: 0,
      createdAt: NOW.toISOString(),
      updatedAt: NOW.toISOString(),
    });
    await addBragToPromotionItem(db, 'p1', entry.id, NOW);
    await db.skillSnapshots.add({
      id: 's1',
      competencyId: 'c1',
      recordedAt: NOW.toISOString(),
      current: 3,
      target: 5,
      note: '',
    });
    const md = await buildGrowthPlan(db, '2026-11-28');
    expect(md).toContain('| Technical direction | Technical | 3 | 5 | 2 |');
    expect(md).toContain('- [ ] Sets direction (in progress)\n  - Brag entry: Led the RFC');
  });
});
