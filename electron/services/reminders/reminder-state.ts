/**
 * What the scheduler must remember across restarts, in userData/reminder-state.json: when it last
 * looked (to tell what was missed while the app was closed), the keys it fired lately (never twice),
 * and the last reminder context the renderer sent (so reminders work before the window has loaded).
 * Writes are atomic, and updates made during a write collapse into one write of the newest state; a damaged file is moved aside and the scheduler starts fresh, which
 * at worst skips the missed-while-away summary once.
 */
import { join } from 'node:path';
import { z } from 'zod';
import {
  EMPTY_REMINDER_CONTEXT,
  storedReminderContextSchema,
  type ReminderContext,
} from '@shared/domain/reminders';
import { readJsonFile } from '../files/json-file';
import { createLatestFileWriter } from '../files/latest-writer';

export const REMINDER_STATE_FILE = 'reminder-state.json';
/** Enough keys to cover a week of every kind; older ones can no longer come round again. */
const MAX_FIRED_KEYS = 100;

const stateSchema = z.strictObject({
  version: z.literal(1),
  lastCheckedAt: z.iso.datetime().nullable(),
  fired: z.array(z.string().max(200)).max(MAX_FIRED_KEYS),
  // A context saved by an earlier version lacks what came later (issue 17's follow-ups, issue 18's manager
  // answer): it loads with none of those rather than being set aside, which would lose the
  // missed-while-away summary.
  context: storedReminderContextSchema,
});

export interface ReminderState {
  lastCheckedAt: Date | null;
  fired: readonly string[];
  context: ReminderContext;
}

export interface ReminderStateStore {
  load(): Promise<void>;
  get(): ReminderState;
  /** Updates in memory at once and queues an atomic write. */
  update(change: { lastCheckedAt?: Date; firedKeys?: readonly string[]; context?: ReminderContext }): void;
  /** Resolves when every queued write has finished, including writes queued while waiting. */
  whenIdle(): Promise<void>;
  /** Waits for the writes, then saves nothing more (before quitting, and before a test removes its folder). */
  close(): Promise<void>;
  /** After "Delete all my data": waits for the writes, then starts afresh in memory (writing nothing). */
  reset(): Promise<void>;
}

export function createReminderStateStore({
  dir,
  now = () => new Date(),
  logError = console.error,
}: {
  dir: string;
  now?: () => Date;
  logError?: (message: string, error: unknown) => void;
}): ReminderStateStore {
  const path = join(dir, REMINDER_STATE_FILE);
  const fresh = (): ReminderState => ({ lastCheckedAt: null, fired: [], context: EMPTY_REMINDER_CONTEXT });
  let state = fresh();
  const file = createLatestFileWriter({ path, logError });

  function persist() {
    const text = `${JSON.stringify(
      {
        version: 1,
        lastCheckedAt: state.lastCheckedAt?.toISOString() ?? null,
        fired: state.fired,
        context: state.context,
      },
      null,
      2,
    )}\n`;
    void file.write(text);
  }

  return {
    async load() {
      const result = await readJsonFile(path, stateSchema, now);
      if (result.status === 'ok') {
        state = {
          lastCheckedAt: result.value.lastCheckedAt ? new Date(result.value.lastCheckedAt) : null,
          fired: result.value.fired,
          context: result.value.context,
        };
      } else if (result.status !== 'missing') {
        logError(`Reminder state could not be used (${result.reason}); starting afresh`, null);
      }
    },
    get: () => state,
    update({ lastCheckedAt, firedKeys, context }) {
      state = {
        lastCheckedAt: lastCheckedAt ?? state.lastCheckedAt,
        fired: firedKeys?.length ? [...state.fired, ...firedKeys].slice(-MAX_FIRED_KEYS) : state.fired,
        context: context ?? state.context,
      };
      persist();
    },
    whenIdle: file.whenIdle,
    close: file.close,
    async reset() {
      await file.whenIdle();
      state = fresh();
    },
  };
}
