import { describe, expect, it } from 'vitest';
import { handoverSchema } from '@shared/types/entities';
import { addEntry, finishAudit } from '@renderer/features/audit/model/repo';
import {
  completeHandover,
  createHandover,
  deleteHandover,
  reopenHandover,
  updateHandover,
} from '@renderer/features/delegation/model/repo';
import { readLedger } from '@renderer/features/delegation/hooks/useLedger';
import { linksOf } from '@renderer/db/evidence-links';
import { putBack } from '@renderer/db/put-back';
import { freshDb } from '../support/fresh-db';
import { audit, auditEntry, competency, evidence, framework } from '../support/journal-fixtures';

// 9 January 2026, in the running audit's first week (it starts Monday 5 January, 4 weeks).
const NOW = new Date('2026-01-09T12:00:00');

async function seeded() {
  const db = freshDb();
  await db.audits.bulkAdd([
    audit({ id: 'a' }),
    audit({ id: 'old', startDate: '2025-09-01', status: 'finished' }),
  ]);
  await db.auditEntries.bulkAdd([
    auditEntry({
      id: 'e1',
      auditId: 'a',
      date: '2026-01-05',
      title: 'Release notes',
      minutes: 45,
      delegable: true,
    }),
    auditEntry({ id: 'e2', auditId: 'a', date: '2026-01-07', title: 'release notes', minutes: 30 }),
    auditEntry({ id: 'e3', auditId: 'a', date: '2026-01-08', title: 'Design review', minutes: 90 }),
    // The finished audit: 4 weeks, "Triage" 4 × 60 min = 60 min a week.
    ...[0, 7, 14, 21].map((offset, i) =>
      auditEntry({
        id: `old${i}`,
        auditId: 'old',
        date: `2025-09-${String(1 + offset).padStart(2, '0')}`,
        title: 'Triage',
        minutes: 60,
        delegable: true,
      }),
    ),
  ]);
  return db;
}

const input = (over: Partial<Parameters<typeof createHandover>[1]> = {}) => ({
  auditId: 'a',
  activity: 'Release notes',
  categoryId: null,
  to: ' Priya ',
  expectations: 'Out by Friday noon.',
  followUpOn: '2026-01-23',
  ...over,
});

describe('recording a handover', () => {
  it('stores it open, trimmed, with the hours its audit logged for that work', async () => {
    const db = await seeded();
    const made = await createHandover(db, input(), NOW);
    expect(handoverSchema.parse(made)).toEqual(made);
    expect(made).toMatchObject({ to: 'Priya', status: 'open', doneOn: null, outcome: '' });
    // 45 + 30 min of "Release notes" (either case) in the first (only begun) week.
    expect(made.estimate).toEqual({ minutes: 75, count: 2, weeks: 1 });
    expect(await db.handovers.get(made.id)).toEqual(made);
  });

  it('refuses a handover to nobody, and writes nothing', async () => {
    const db = await seeded();
    await expect(createHandover(db, input({ to: '   ' }), NOW)).rejects.toThrow(
      'Say who takes this work over.',
    );
    expect(await db.handovers.count()).toBe(0);
  });

  it('refuses a handover from an audit that does not exist', async () => {
    const db = await seeded();
    await expect(createHandover(db, input({ auditId: 'gone' }), NOW)).rejects.toThrow('no longer exists');
    expect(await db.handovers.count()).toBe(0);
  });
});

describe('following a handover through', () => {
  it('edits, completes with the day and how it went, opens again, and keeps an empty name out', async () => {
    const db = await seeded();
    const made = await createHandover(db, input(), NOW);
    await updateHandover(db, made.id, { expectations: 'Out by Friday.', followUpOn: null }, NOW);
    await expect(updateHandover(db, made.id, { to: ' ' }, NOW)).rejects.toThrow('Say who');
    const before = await completeHandover(
      db,
      made.id,
      'Priya runs it alone now.',
      new Date('2026-02-02T10:00:00'),
    );
    expect(before.status).toBe('open');
    expect(await db.handovers.get(made.id)).toMatchObject({
      status: 'done',
      doneOn: '2026-02-02',
      outcome: 'Priya runs it alone now.',
      expectations: 'Out by Friday.',
      followUpOn: null,
      to: 'Priya',
    });
    await reopenHandover(db, made.id, NOW);
    expect(await db.handovers.get(made.id)).toMatchObject({
      status: 'open',
      doneOn: null,
      outcome: 'Priya runs it alone now.',
    });
  });

  it('deletes with its bare evidence links, keeps a link that has text, and the undo puts both back', async () => {
    const db = await seeded();
    await db.frameworks.add(framework());
    await db.competencies.add(competency());
    const made = await createHandover(db, input(), NOW);
    const ref = { kind: 'handover' as const, id: made.id };
    await db.evidence.bulkAdd([
      evidence({ id: 'bare', competencyId: 'c1', ref, note: '' }),
      evidence({ id: 'said', competencyId: 'c1', ref, note: 'Grew Priya into the release' }),
    ]);
    const { handover, links } = await deleteHandover(db, made.id);
    expect(await db.handovers.count()).toBe(0);
    expect(links.map((l) => l.id)).toEqual(['bare']);
    expect((await linksOf(db, ref)).map((l) => l.id)).toEqual(['said']);
    await putBack(db, { handovers: [handover], evidence: links }, NOW);
    expect(await db.handovers.get(made.id)).toMatchObject({ activity: 'Release notes' });
    expect((await linksOf(db, ref)).map((l) => l.id).sort()).toEqual(['bare', 'said']);
  });
});

describe('the ledger', () => {
  it('estimates a running audit’s handovers afresh, and uses a finished audit’s settled figure', async () => {
    const db = await seeded();
    const running = await createHandover(db, input(), NOW);
    const old = await createHandover(db, input({ auditId: 'old', activity: 'Triage', to: 'Sam' }), NOW);
    expect(old.estimate).toEqual({ minutes: 240, count: 4, weeks: 4 });
    // More release notes are logged after the handover was made: the running figure follows the log
    // (logged as the app logs it, which keeps the audit's digest in step).
    await addEntry(
      db,
      'a',
      {
        date: '2026-01-13',
        startTime: null,
        minutes: 45,
        title: 'Release notes',
        categoryId: null,
        energy: null,
        note: '',
        mostImportant: null,
        delegable: null,
      },
      NOW,
    );
    await completeHandover(db, old.id, 'Sam triages alone.', NOW);
    const ledger = await readLedger(db, '2026-01-14');
    const [openRow] = ledger.open;
    // 45 + 30 + 45 = 120 min over the two weeks begun by 14 January = 60 min a week.
    expect(openRow).toMatchObject({ minutesPerWeek: 60, count: 3, weeks: 2, provisional: true });
    expect(openRow?.handover.id).toBe(running.id);
    expect(ledger.done[0]).toMatchObject({ minutesPerWeek: 60, count: 4, weeks: 4, provisional: false });
    expect(ledger).toMatchObject({ freedPerWeek: 60, pendingPerWeek: 60 });
  });

  it('settles the figures when the audit is finished, over all of its weeks', async () => {
    const db = await seeded();
    const made = await createHandover(db, input(), NOW);
    await finishAudit(db, 'a', new Date('2026-01-14T12:00:00'));
    // 75 min over the audit's 4 weeks, however early it was finished.
    expect((await db.handovers.get(made.id))?.estimate).toEqual({ minutes: 75, count: 2, weeks: 4 });
    const ledger = await readLedger(db, '2026-01-14');
    expect(ledger.open[0]).toMatchObject({ minutesPerWeek: 75 / 4, provisional: false });
  });
});
