/**
 * The Today snapshot the app last read, remembered in localStorage, so that the next start paints the
 * whole screen as soon as the app's code has run: without it the first paint waits for the database to
 * open and answer (100–200 ms with five years of data, issue 13). The live read follows at once and
 * replaces it.
 *
 * It is used only when nothing can have changed since it was read:
 * - the same database (a restore switches to a new one) at the schema version the start knows it is at;
 * - the same local day (what is due depends on the day);
 * - the same change stamp (db/change-stamp.ts), read *before* the snapshot's read began, so a write that
 *   read could have missed always makes the stamps differ ('none', before the database's first recorded
 *   change, included: a change that cannot be recorded removes this entry with the stamp);
 * - the same shape: the fields checked below are every field of TodaySnapshot (the compiler keeps the
 *   list whole), and an entry written by another version of the app with another format is ignored.
 *
 * The retake cadence in it is main's (Settings): saving settings forgets the snapshot, and the screen asks
 * main again as it mounts. One entry at most is kept, whatever the database, so nothing lingers after a
 * restore.
 */
import type { TodaySnapshot } from '@shared/domain/today';
import { changeStamp, trustsStamp, type StampStorage } from '@renderer/db/change-stamp';
import { knownCurrent } from '@renderer/db/upgrade-guard';
import { webStorage } from '@renderer/platform/web-storage';

export const REMEMBERED_TODAY_KEY = 'growth-ledger.today.remembered';
trustsStamp(REMEMBERED_TODAY_KEY);
/** Raised when a field of TodaySnapshot changes its meaning or its items' shape. */
const FORMAT = 2;

type Kind = 'boolean' | 'number' | 'text or null' | 'audit or null' | 'answer or null' | 'list';
const FIELDS: Record<keyof TodaySnapshot, Kind> = {
  hasProfile: 'boolean',
  lastAssessmentDate: 'text or null',
  reassessEveryMonths: 'number',
  frameworkChosen: 'boolean',
  anyRating: 'boolean',
  anyAudit: 'boolean',
  activeAudit: 'audit or null',
  loggedToday: 'number',
  reflectedWeeks: 'list',
  openActions: 'list',
  waitingFeedback: 'list',
  draftRetros: 'list',
  followUps: 'list',
  recentActivities: 'list',
  winsThisWeek: 'number',
  managerAnswer: 'answer or null',
};

function fits(value: unknown, kind: Kind): boolean {
  switch (kind) {
    case 'boolean':
      return typeof value === 'boolean';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'text or null':
      return value === null || typeof value === 'string';
    case 'audit or null':
      return (
        value === null ||
        (typeof value === 'object' && typeof (value as { startDate?: unknown }).startDate === 'string')
      );
    case 'answer or null':
      return (
        value === null ||
        (typeof value === 'object' &&
          typeof (value as { askedOn?: unknown }).askedOn === 'string' &&
          typeof (value as { vague?: unknown }).vague === 'boolean')
      );
    case 'list':
      return Array.isArray(value);
  }
}

function isSnapshot(value: unknown): value is TodaySnapshot {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  const names = Object.keys(FIELDS) as (keyof TodaySnapshot)[];
  return (
    Object.keys(record).length === names.length && names.every((name) => fits(record[name], FIELDS[name]))
  );
}

interface Entry {
  format: number;
  db: string;
  day: string;
  stamp: string;
  snapshot: TodaySnapshot;
}

/** Keeps `snapshot`, read on `day` after the stamp `stamp` was read, for the next start. */
export function rememberToday(
  dbName: string,
  day: string,
  stamp: string,
  snapshot: TodaySnapshot,
  storage: StampStorage | null = webStorage('localStorage'),
): void {
  if (!storage) return;
  try {
    const entry: Entry = { format: FORMAT, db: dbName, day, stamp, snapshot };
    storage.setItem(REMEMBERED_TODAY_KEY, JSON.stringify(entry));
  } catch (error) {
    // Full storage: the next start reads the database first, as it would without this.
    console.warn('Today was not remembered for the next start', error);
    try {
      storage.removeItem(REMEMBERED_TODAY_KEY);
    } catch {
      // Nothing to keep or clear.
    }
  }
}

/**
 * Forgets the remembered snapshot: for a change it cannot see in the stamp (main's settings, where the
 * retake cadence lives), so that the next start reads the database first.
 */
export function forgetRememberedToday(storage: StampStorage | null = webStorage('localStorage')): void {
  try {
    storage?.removeItem(REMEMBERED_TODAY_KEY);
  } catch {
    // Disabled storage holds nothing to forget.
  }
}

/** The remembered snapshot, when it still holds for `dbName` on `day`; otherwise undefined. */
export function recallToday(
  dbName: string,
  day: string,
  storage: StampStorage | null = webStorage('localStorage'),
): TodaySnapshot | undefined {
  if (!storage || !knownCurrent(dbName, storage)) return undefined;
  let entry: Partial<Entry>;
  try {
    const text = storage.getItem(REMEMBERED_TODAY_KEY);
    if (text === null) return undefined;
    entry = JSON.parse(text) as Partial<Entry>;
  } catch {
    return undefined;
  }
  const stamp = changeStamp(dbName, storage);
  const holds =
    entry.format === FORMAT &&
    entry.db === dbName &&
    entry.day === day &&
    entry.stamp === stamp &&
    isSnapshot(entry.snapshot);
  return holds ? entry.snapshot : undefined;
}
