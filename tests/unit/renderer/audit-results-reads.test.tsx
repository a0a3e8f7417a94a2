/**
 * The audit's Results tab and the delegation ledger read the audit's digest (one record), never its
 * activities: a running audit holds ~1,200 of them at five years of data, and Chromium takes 100–250 ms
 * to read them (issue 13). Seen at IndexedDB itself, on the app's own `db` (fake-indexeddb), emptied
 * after each test. Written through the app's own writes, which keep the digest in step.
 */
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { format } from 'date-fns';
import { addDays } from '@shared/domain/audit';
import { db } from '@renderer/db/db';
import { AuditPage } from '@renderer/features/audit/components/AuditPage';
import { addEntry, startAudit, type EntryDraft } from '@renderer/features/audit/model/repo';
import { LedgerView } from '@renderer/features/delegation/components/LedgerView';
import { createHandover } from '@renderer/features/delegation/model/repo';
import { pathTo } from '@renderer/navigation';
import { eventually } from '../support/eventually';
import { recordReads, type RecordedReads } from '../support/idb-reads';

let reads: RecordedReads | null = null;

afterEach(async () => {
  cleanup();
  reads?.stop();
  reads = null;
  vi.restoreAllMocks();
  window.location.hash = '';
  await Promise.all(db.tables.map((table) => table.clear()));
});

// A running audit that started on the Monday of last week, so today is inside it.
const today = format(new Date(), 'yyyy-MM-dd');
const NOW = new Date();

const draft = (over: Partial<EntryDraft>): EntryDraft => ({
  date: today,
  startTime: '09:00',
  minutes: 60,
  title: 'Design review',
  categoryId: null,
  energy: 1,
  note: '',
  mostImportant: null,
  delegable: null,
  ...over,
});

async function seedRunningAudit() {
  const weekday = (new Date().getDay() + 6) % 7;
  const audit = await startAudit(db, { startDate: addDays(today, -weekday - 7), weeks: 4 }, NOW);
  await addEntry(db, audit.id, draft({ title: 'Release notes', minutes: 45, delegable: true }), NOW);
  await addEntry(db, audit.id, draft({ title: 'release notes', minutes: 30, delegable: true }), NOW);
  await addEntry(db, audit.id, draft({ title: 'Design review', minutes: 90 }), NOW);
  return audit;
}

const entryReads = () => reads?.stores.filter((store) => store === 'auditEntries').length ?? 0;

describe('the Results tab', () => {
  it('shows the summary and the work someone else could do from the digest, reading no activity', async () => {
    await seedRunningAudit();
    reads = recordReads();
    window.location.hash = `#${pathTo('auditResults')}`;
    render(<AuditPage />);

    const card = (await screen.findByRole('heading', { name: 'Work someone else could do' })).closest(
      'section',
    ) as HTMLElement;
    expect(within(card).getByText('Release notes')).toBeTruthy();
    expect(within(card).getByText(/1 h 15 min · 2 times/)).toBeTruthy();
    expect(reads.stores).toContain('auditDigests');
    expect(entryReads()).toBe(0);

    // A new activity shows in the results, still without reading the activities.
    const [audit] = await db.audits.toArray();
    await addEntry(db, audit!.id, draft({ title: 'Release notes', minutes: 15, delegable: true }), NOW);
    await eventually(() => expect(within(card).getByText(/1 h 30 min · 3 times/)).toBeTruthy());
    expect(entryReads()).toBe(0);
  });

  it('computes a missing digest once (after an upgrade or a restore), then reads only it', async () => {
    const audit = await seedRunningAudit();
    await db.auditDigests.clear();
    reads = recordReads();
    window.location.hash = `#${pathTo('auditResults')}`;
    render(<AuditPage />);
    const card = (await screen.findByRole('heading', { name: 'Work someone else could do' })).closest(
      'section',
    ) as HTMLElement;
    expect(within(card).getByText(/1 h 15 min · 2 times/)).toBeTruthy();
    expect(await db.auditDigests.get(audit.id)).toBeDefined();
    // Computing it read the activities (which shows the spies see such reads).
    expect(entryReads()).toBeGreaterThan(0);

    reads.stores.length = 0;
    await addEntry(db, audit.id, draft({ title: 'Release notes', minutes: 15, delegable: true }), NOW);
    await eventually(() => expect(within(card).getByText(/1 h 30 min · 3 times/)).toBeTruthy());
    expect(entryReads()).toBe(0);
  });
});

describe('the delegation ledger', () => {
  it('estimates the running audit’s handovers from its digest, reading no activity', async () => {
    const audit = await seedRunningAudit();
    await createHandover(
      db,
      {
        auditId: audit.id,
        activity: 'Release notes',
        categoryId: null,
        to: 'Priya',
        expectations: '',
        followUpOn: null,
      },
      NOW,
    );
    reads = recordReads();
    window.location.hash = `#${pathTo('auditHandovers')}`;
    render(<LedgerView />);
    // 75 min over the two weeks begun so far.
    expect((await screen.findAllByText(/38 min a week/)).length).toBeGreaterThan(0);
    expect(screen.getByText(/logged 2 times in 2 weeks so far/)).toBeTruthy();
    expect(reads.stores).toContain('auditDigests');
    expect(entryReads()).toBe(0);

    await addEntry(db, audit.id, draft({ title: 'RELEASE NOTES', minutes: 45 }), NOW);
    expect(await screen.findByText(/logged 3 times in 2 weeks so far/)).toBeTruthy();
    expect(entryReads()).toBe(0);
  });

  it('estimates from the activities while the digest is missing, and has it computed', async () => {
    const audit = await seedRunningAudit();
    await createHandover(
      db,
      {
        auditId: audit.id,
        activity: 'Release notes',
        categoryId: null,
        to: 'Priya',
        expectations: '',
        followUpOn: null,
      },
      NOW,
    );
    await db.auditDigests.clear();
    render(<LedgerView />);
    expect(await screen.findByText(/logged 2 times in 2 weeks so far/)).toBeTruthy();
    await eventually(async () => expect(await db.auditDigests.get(audit.id)).toBeDefined());
  });
});
