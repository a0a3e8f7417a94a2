import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { ReminderContext } from '@shared/domain/reminders';
import { db } from '@renderer/db/db';
import { call } from '@renderer/platform/api';
import {
  buildReminderContext,
  readAssessmentRecords,
  readAuditRecords,
  readHandoverRecords,
  readManagerAnswerRecords,
  readRetroRecords,
  reminderUpdatesHeld,
} from '../model/reminder-context';

/** The zone reminders are planned in: wherever this computer is now. */
function currentTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

const ZONE_POLL_MS = 60_000;

/**
 * The current time zone, kept up to date: the page learns of a change of the system's zone (a flight, a
 * move) without a reload, but no event announces it, so it is looked at every minute and on focus.
 */
export function useCurrentTimeZone(): string {
  const [zone, setZone] = useState(currentTimeZone);
  useEffect(() => {
    const check = () => setZone(currentTimeZone());
    const timer = setInterval(check, ZONE_POLL_MS);
    window.addEventListener('focus', check);
    return () => {
      clearInterval(timer);
      window.removeEventListener('focus', check);
    };
  }, []);
  return zone;
}

/**
 * What reminders need to know about the data, seen from `timeZone`, kept live; `undefined` while loading.
 * One live query per part of the records: a change re-reads only the part it touches (a handover saved in
 * the ledger re-reads the handovers, and the pusher sends the new context on).
 */
export function useReminderContext(timeZone: string): ReminderContext | undefined {
  // Every activity logged re-reads the audit's part. Most leave it as it was (the same audit and
  // reflections, from the query cache, and the same last day): the previous answer is kept then, so
  // nothing re-renders (a commit and a frame per activity quick-logged, issue 13).
  const lastAudit = useRef<AuditRecords | undefined>(undefined);
  const audit = useLiveQuery(
    async () => (lastAudit.current = sameAuditRecords(lastAudit.current, await readAuditRecords(db))),
    [],
  );
  const retros = useLiveQuery(() => readRetroRecords(db), []);
  const assessments = useLiveQuery(() => readAssessmentRecords(db), []);
  const handovers = useLiveQuery(() => readHandoverRecords(db), []);
  // A new answer from the manager (or one marked vague) moves the "ask again" reminder.
  const managerAnswers = useLiveQuery(() => readManagerAnswerRecords(db), []);
  return useMemo(
    () =>
      audit && retros && assessments && handovers && managerAnswers
        ? buildReminderContext({ ...audit, retros, assessments, handovers, managerAnswers }, timeZone)
        : undefined,
    [audit, retros, assessments, handovers, managerAnswers, timeZone],
  );
}

type AuditRecords = Awaited<ReturnType<typeof readAuditRecords>>;

/** `next`, or `previous` when it holds the same records (the cache's frozen ones) and the same last day. */
export function sameAuditRecords(previous: AuditRecords | undefined, next: AuditRecords): AuditRecords {
  if (!previous) return next;
  const same =
    previous.activeAudit === next.activeAudit &&
    previous.lastLoggedDate === next.lastLoggedDate &&
    previous.reflections.length === next.reflections.length &&
    previous.reflections.every((reflection, i) => reflection === next.reflections[i]);
  return same ? previous : next;
}

const PUSH_DELAY_MS = 300;

/**
 * Keeps main's copy of the reminder context current: sends it (debounced) whenever it changes. Mounted
 * once, in App. A failure is logged once; reminders then work from the last context main has.
 */
export function useReminderContextPusher(): void {
  const timeZone = useCurrentTimeZone();
  const context = useReminderContext(timeZone);

  // Main plans reminders in this zone: Electron's main process does not notice a change of system zone.
  useEffect(() => {
    if (reminderUpdatesHeld()) return;
    call('reminders:setTimeZone', { timeZone }).catch((error: unknown) =>
      console.warn('Reminders could not be told the time zone', error),
    );
  }, [timeZone]);

  const json = context ? JSON.stringify(context) : null;
  const lastSent = useRef<string | null>(null);
  const warned = useRef(false);

  useEffect(() => {
    if (json === null || json === lastSent.current) return undefined;
    const timer = setTimeout(() => {
      if (reminderUpdatesHeld()) return;
      lastSent.current = json;
      call('reminders:setContext', JSON.parse(json) as ReminderContext).catch((error: unknown) => {
        // Try again with the next change rather than never.
        if (lastSent.current === json) lastSent.current = null;
        if (warned.current) return;
        warned.current = true;
        console.warn('Reminders could not be told about the latest data', error);
      });
    }, PUSH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [json]);
}
