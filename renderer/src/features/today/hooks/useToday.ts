import { useEffect, useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { DEFAULT_REASSESS_MONTHS } from '@shared/domain/reminder-cadence';
import type { TodaySnapshot } from '@shared/domain/today';
import { db } from '@renderer/db/db';
import { call } from '@renderer/platform/api';
import { localDay, readTodayRecords, readTodaySnapshot } from './reads';

/**
 * Months between self-assessment retakes, from the reminder settings main keeps; the default when they
 * cannot be read (the screen still works, and Settings reports the problem itself).
 */
function readReassessMonths(): Promise<number> {
  return call('settings:get', {}).then(
    (state) => state.settings.reminders.reassess.everyMonths,
    (error: unknown) => {
      console.warn('Today could not read the reminder settings; it uses the default retake cadence', error);
      return DEFAULT_REASSESS_MONTHS;
    },
  );
}

/**
 * The start read (as the profile screen did before Today was the start screen, issue 13): main.tsx
 * waits briefly for `preloadToday`, so the first paint is the whole screen, not a loading line and then
 * a second layout. Forgotten once the live query has answered, so a later visit never shows an old copy.
 */
let atStart: { today: string; snapshot: TodaySnapshot } | undefined;
let startRead: Promise<void> | null = null;

export function preloadToday(): Promise<void> {
  startRead ??= (async () => {
    const today = localDay(new Date());
    // The records are read while main answers with the cadence.
    atStart = { today, snapshot: await readTodaySnapshot(db, today, readReassessMonths()) };
  })().catch((error: unknown) => console.warn('Today was not read ahead of the first paint', error));
  return startRead;
}

const MINUTE_MS = 60_000;

/** The user's local day, kept current: the screen moves on at midnight and when the window comes back. */
export function useLocalDay(): string {
  const [day, setDay] = useState(() => localDay(new Date()));
  useEffect(() => {
    const check = () => setDay(localDay(new Date()));
    const timer = setInterval(check, MINUTE_MS);
    window.addEventListener('focus', check);
    return () => {
      clearInterval(timer);
      window.removeEventListener('focus', check);
    };
  }, []);
  return day;
}

/** Today's snapshot for `today`, live; `undefined` while loading (never when the start read answered). */
export function useTodaySnapshot(today: string): TodaySnapshot | undefined {
  const [every, setEvery] = useState<number | null>(atStart?.snapshot.reassessEveryMonths ?? null);
  // Read on every visit: the cadence may have changed in Settings since the last one.
  useEffect(() => {
    let live = true;
    void readReassessMonths().then((value) => live && setEvery(value));
    return () => {
      live = false;
    };
  }, []);
  // The records are read live, alongside main's answer with the cadence, not after it.
  const records = useLiveQuery(() => readTodayRecords(db, today), [today]);
  const live = useMemo(
    () => (records === undefined || every === null ? undefined : { ...records, reassessEveryMonths: every }),
    [records, every],
  );
  const start = atStart?.today === today ? atStart.snapshot : undefined;
  useEffect(() => {
    if (live !== undefined) atStart = undefined;
  }, [live]);
  return live ?? start;
}
