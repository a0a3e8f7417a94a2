/**
 * Today remembered for the next start (issue 13): the snapshot the app last read is painted at once on
 * the next start, without waiting for the database, but only while nothing can have changed since it was
 * read. Each way it can stop holding is pinned here, and so is the start itself: the remembered snapshot
 * is on screen before any record is read, and the live read then takes over.
 */
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultSettings } from '@shared/domain/app-settings';
import { CURRENT_SCHEMA_VERSION } from '@shared/domain/backup-migrations';
import type { TodaySnapshot } from '@shared/domain/today';
import type { IpcResult, LedgerBridge, SettingsState } from '@shared/ipc/contract';
import { changeStamp, markChanged, memoryStampStorage, type StampStorage } from '@renderer/db/change-stamp';
import { db } from '@renderer/db/db';
import { SCHEMA_VERSION_KEY } from '@renderer/db/upgrade-guard';
import { REMEMBERED_TODAY_KEY, recallToday, rememberToday } from '@renderer/features/today/hooks/remembered';
import { localDay } from '@renderer/features/today/hooks/reads';
import { eventually } from '../support/eventually';
import { profile } from '../support/journal-fixtures';

const DB = 'growth-ledger-test';
const DAY = '2026-12-04';

function snapshot(overrides: Partial<TodaySnapshot> = {}): TodaySnapshot {
  return {
    hasProfile: true,
    lastAssessmentDate: null,
    reassessEveryMonths: 6,
    frameworkChosen: false,
    anyRating: false,
    anyAudit: false,
    activeAudit: null,
    loggedToday: 0,
    reflectedWeeks: [],
    openActions: [{ id: 'a1', title: 'Write the migration RFC', dueDate: '2026-12-03' }],
    waitingFeedback: [],
    draftRetros: [],
    followUps: [],
    recentActivities: [{ date: '2026-12-01', minutes: 45, energy: 4 }],
    winsThisWeek: 2,
    managerAnswer: { askedOn: '2026-11-20', vague: true },
    ...overrides,
  };
}

/** A storage where the start knows the database is at the current schema version. */
function currentStorage(dbName = DB): StampStorage {
  const storage = memoryStampStorage();
  storage.setItem(SCHEMA_VERSION_KEY, `${CURRENT_SCHEMA_VERSION}:${dbName}`);
  return storage;
}

/** Remembers `kept` as read after the stamp of now, as the app does. */
function rememberNow(storage: StampStorage, kept = snapshot(), dbName = DB, day = DAY) {
  const stamp = changeStamp(dbName, storage);
  rememberToday(dbName, day, stamp, kept, storage);
}

describe('recallToday: the remembered snapshot holds only while nothing can have changed', () => {
  it('gives back what was remembered, for the same database, day and stamp', () => {
    const storage = currentStorage();
    rememberNow(storage);
    expect(recallToday(DB, DAY, storage)).toEqual(snapshot());
  });

  it('is gone after any write to the database (a new change stamp)', () => {
    const storage = currentStorage();
    rememberNow(storage);
    markChanged(DB, storage);
    expect(recallToday(DB, DAY, storage)).toBeUndefined();
  });

  it('does not claim a write made while its read was running (the stamp is read before the read)', () => {
    const storage = currentStorage();
    const stamp = changeStamp(DB, storage);
    markChanged(DB, storage); // committed while the snapshot was being read
    rememberToday(DB, DAY, stamp, snapshot(), storage);
    expect(recallToday(DB, DAY, storage)).toBeUndefined();
  });

  it('is not used on another day: what is due depends on the day', () => {
    const storage = currentStorage();
    rememberNow(storage);
    expect(recallToday(DB, '2026-12-05', storage)).toBeUndefined();
  });

  it('is not used for another database (a restore opens a new one)', () => {
    const storage = currentStorage('growth-ledger@2026-12-04');
    rememberNow(storage, snapshot(), 'growth-ledger@2026-12-04');
    expect(recallToday('growth-ledger@2026-12-04', DAY, storage)).toEqual(snapshot());
    rememberNow(storage, snapshot(), DB);
    // One entry at most: the other database's is replaced, not kept alongside.
    expect(recallToday('growth-ledger@2026-12-04', DAY, storage)).toBeUndefined();
  });

  it('is not used when the start does not know the database is at the current schema (an update)', () => {
    const storage = currentStorage();
    rememberNow(storage);
    storage.setItem(SCHEMA_VERSION_KEY, `${CURRENT_SCHEMA_VERSION - 1}:${DB}`);
    expect(recallToday(DB, DAY, storage)).toBeUndefined();
  });

  it('ignores an entry that is not a whole snapshot of this version of the app', () => {
    const storage = currentStorage();
    const stamp = changeStamp(DB, storage);
    const entry = (snap: unknown, format = 2) =>
      JSON.stringify({ format, db: DB, day: DAY, stamp, snapshot: snap });
    const { winsThisWeek: _dropped, ...missingField } = snapshot();
    const cases: [string, string][] = [
      ['not JSON', '{"format":1,'],
      // Format 1 had no manager answer (before schema v8): its snapshot must not be trusted.
      ['an older format', entry(snapshot(), 1)],
      ['a later format', entry(snapshot(), 3)],
      [
        'a manager answer of the wrong shape',
        entry({ ...snapshot(), managerAnswer: { askedOn: '2026-11-20' } }),
      ],
      ['a field missing', entry(missingField)],
      ['a field more', entry({ ...snapshot(), extra: 1 })],
      ['a field of the wrong type', entry({ ...snapshot(), openActions: 'none' })],
      ['no snapshot', entry(null)],
    ];
    for (const [name, text] of cases) {
      storage.setItem(REMEMBERED_TODAY_KEY, text);
      expect(recallToday(DB, DAY, storage), name).toBeUndefined();
    }
  });

  it('holds before the first recorded change too, until a change', () => {
    const storage = currentStorage();
    expect(changeStamp(DB, storage)).toBe('none');
    rememberNow(storage);
    expect(recallToday(DB, DAY, storage)).toEqual(snapshot());
    markChanged(DB, storage);
    expect(recallToday(DB, DAY, storage)).toBeUndefined();
  });

  it('fails quietly when storage is full, leaving no older entry behind', () => {
    const storage = currentStorage();
    rememberNow(storage);
    const full: StampStorage = {
      ...storage,
      getItem: (key) => storage.getItem(key),
      removeItem: (key) => storage.removeItem(key),
      setItem: (key) => {
        if (key === REMEMBERED_TODAY_KEY) throw new DOMException('full', 'QuotaExceededError');
      },
    };
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(() => rememberNow(full, snapshot({ winsThisWeek: 9 }))).not.toThrow();
    // The older entry is not left behind to be painted at the next start.
    expect(storage.getItem(REMEMBERED_TODAY_KEY)).toBeNull();
  });
});

describe('the change stamp', () => {
  afterEach(() => vi.restoreAllMocks());

  it('when a change cannot be recorded, goes back to none and takes what trusted it along', () => {
    const storage = currentStorage();
    markChanged(DB, storage);
    rememberNow(storage);
    expect(recallToday(DB, DAY, storage)).toBeDefined();
    const full: StampStorage = {
      ...storage,
      getItem: (key) => storage.getItem(key),
      removeItem: (key) => storage.removeItem(key),
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    markChanged(DB, full);
    expect(changeStamp(DB, storage)).toBe('none');
    // Remembered at 'none' or at the old stamp, it no longer exists to be painted.
    expect(storage.getItem(REMEMBERED_TODAY_KEY)).toBeNull();
    expect(recallToday(DB, DAY, storage)).toBeUndefined();
  });
});

const settingsAnswer = (): IpcResult<SettingsState> => ({
  ok: true,
  value: {
    settings: defaultSettings(),
    notice: null,
    loginItem: { supported: true, reason: null },
    notifications: { supported: true },
  },
});

// The real methods, called by the spies below with the store they were called on.
// eslint-disable-next-line @typescript-eslint/unbound-method -- always applied to a store
const STORE_GET = IDBObjectStore.prototype.get;

describe('a start with Today remembered', () => {
  beforeEach(() => {
    window.ledger = {
      invoke: (channel: string) =>
        channel === 'settings:get'
          ? Promise.resolve(settingsAnswer())
          : Promise.reject(new Error(`unexpected ${channel}`)),
      on: () => () => undefined,
    } satisfies LedgerBridge;
    vi.resetModules();
    localStorage.clear();
  });

  afterEach(async () => {
    cleanup();
    vi.restoreAllMocks();
    await Promise.all(db.tables.map((table) => table.clear()));
  });

  it('paints the remembered snapshot before reading a record, then follows the database', async () => {
    await db.profile.add(profile());
    const today = localDay(new Date());
    localStorage.setItem(SCHEMA_VERSION_KEY, `${CURRENT_SCHEMA_VERSION}:${db.name}`);
    // Remembered by the last session, which then quit; the database has since lost that action (as it
    // could only through a write the stamp missed: the live read must still win).
    const stamp = changeStamp(db.name, localStorage);
    rememberToday(
      db.name,
      today,
      stamp,
      snapshot({ openActions: [{ id: 'a1', title: 'Write the migration RFC', dueDate: today }] }),
      localStorage,
    );

    let profileReads = 0;
    vi.spyOn(IDBObjectStore.prototype, 'get').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['get']>
    ) {
      if (this.name === 'profile') profileReads += 1;
      return STORE_GET.apply(this, args);
    });
    const { preloadToday, TodayPage } = await import('@renderer/features/today');
    await preloadToday();
    expect(profileReads).toBe(0);
    render(<TodayPage />);
    // The first paint is the whole screen, from memory.
    expect(screen.getByRole('link', { name: /Write the migration RFC/ })).toBeTruthy();
    expect(profileReads).toBe(0);
    // The live read follows and replaces it.
    await eventually(() => expect(profileReads).toBe(1));
    await eventually(() =>
      expect(screen.queryByRole('link', { name: /Write the migration RFC/ })).toBeNull(),
    );
    // And what it read is what the next start paints.
    expect(recallToday(db.name, today, localStorage)?.openActions).toEqual([]);
  });

  it('reads the database first when nothing is remembered, and remembers what it read', async () => {
    await db.profile.add(profile());
    const today = localDay(new Date());
    localStorage.setItem(SCHEMA_VERSION_KEY, `${CURRENT_SCHEMA_VERSION}:${db.name}`);
    const { preloadToday, TodayPage } = await import('@renderer/features/today');
    await preloadToday();
    // The screen's live read, which follows the start read, is what remembers it (once).
    render(<TodayPage />);
    await eventually(() => expect(recallToday(db.name, today, localStorage)?.hasProfile).toBe(true));
    cleanup();
    // A write from now on (the app's own, through Dexie) makes it stale.
    const { watchChanges } = await import('@renderer/db/change-stamp');
    const stop = watchChanges(db.name, localStorage);
    try {
      await db.profile.clear();
      await eventually(() => expect(recallToday(db.name, today, localStorage)).toBeUndefined());
    } finally {
      stop();
    }
  });
});
