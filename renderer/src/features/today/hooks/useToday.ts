import { useEffect, useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { DEFAULT_REASSESS_MONTHS } from '@shared/domain/reminder-cadence';
import type { TodaySnapshot } from '@shared/domain/today';
import { db } from '@renderer/db/db';
import { call } from '@renderer/platform/api';
import { startSettings } from '@renderer/platform/start-settings';
import { localDay, readTodayRecords, readTodaySnapshot, type TodayRecords } from './reads';
import { changeStamp } from '@renderer/db/change-stamp';
import { recallToday, rememberToday } from './remembered';

/**
 * Months between self-assessment retakes, from the reminder settings main keeps; the default when they
 * cannot be read (the screen still works, and Settings reports the problem itself).
 */
function readReassessMonths(read = () => call('settings:get', {})): Promise<number> {
  return read().then(
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
 * a second layout. When the snapshot the last session read still holds (remembered.ts), that is the
 * start read, and nothing waits. Forgotten once the live query has answered, so a later visit never
 * shows an old copy.
 */
let atStart: { today: string; snapshot: TodaySnapshot } | undefined;
let startRead: Promise<void> | null = null;
/** True until Today first mounts: the cadence main gave at this start is current, no need to ask again. */
let firstMount = true;
/** True while the start read is still reading (the first paint may have stopped waiting for it). */
let startReading = false;

export function preloadToday(): Promise<void> {
  startRead ??= (async () => {
    const today = localDay(new Date());
    const remembered = recallToday(db.name, today);
    if (remembered) {
      atStart = { today, snapshot: remembered };
      return;
    }
    startReading = true;
    // The records are read while main answers with the cadence.
    // Remembered for the next start by the live query that follows, not here: once is enough.
    atStart = { today, snapshot: await readTodaySnapshot(db, today, readReassessMonths(startSettings)) };
  })()
    .catch((error: unknown) => console.warn('Today was not read ahead of the first paint', error))
    .finally(() => {
      startReading = false;
    });
  return startRead;
}

/**
 * True until the start read has settled, when the screen mounts before it did (on a slow disk the first
 * paint stops waiting for it). The screen then shows that read's answer as soon as it comes, and its live
 * query waits for it: starting a second read of the same records alongside would slow both, and the
 * screen would wait for the second.
 */
function useStartReadPending(): boolean {
  const [pending, setPending] = useState(startReading);
  useEffect(() => {
    if (!pending || !startRead) return undefined;
    let mounted = true;
    void startRead.then(() => mounted && setPending(false));
    return () => {
      mounted = false;
    };
  }, [pending]);
  return pending;
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
  // Read on every visit (the cadence may have changed in Settings since the last one); on the first,
  // main's answer at this start is the current one (a remembered snapshot's may be older).
  useEffect(() => {
    const read = firstMount ? startSettings : undefined;
    firstMount = false;
    let live = true;
    void readReassessMonths(read).then((value) => live && setEvery(value));
    return () => {
      live = false;
    };
  }, []);
  // The records are read live, alongside main's answer with the cadence, not after it.
  const waitForStart = useStartReadPending();
  const read = useLiveQuery((): Promise<{ stamp: string; records: TodayRecords }> | undefined => {
    if (waitForStart) return undefined;
    // Read before the records: a write the read could miss then always changes the stamp.
    const stamp = changeStamp(db.name);
    return readTodayRecords(db, today).then((records) => ({ stamp, records }));
  }, [today, waitForStart]);
  const live = useMemo(
    () =>
      read === undefined || every === null ? undefined : { ...read.records, reassessEveryMonths: every },
    [read, every],
  );
  const start = atStart?.today === today ? atStart.snapshot : undefined;
  useEffect(() => {
    if (live === undefined || read === undefined) return;
    atStart = undefined;
    rememberToday(db.name, today, read.stamp, live);
  }, [live, read, today]);
  return live ?? start;
}
