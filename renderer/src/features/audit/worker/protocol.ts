/**
 * The messages between the renderer's main thread and the calendar worker: the one place they are
 * declared. Both sides validate what they receive with these schemas (as the backup worker's do), so a
 * malformed message is refused with a message rather than half-handled.
 *
 * main → worker: `parse`, a calendar file's text and the audit's window, with an `id`.
 * worker → main: any number of `progress` messages for that id, then exactly one `done` (the whole
 * parse result: the file was read and checked completely before it is sent) or `failed` (a message for
 * the user).
 *
 * There is no cancel message: the parse is one synchronous call, so the worker could not read it before
 * it ends anyway. The client cancels by terminating the worker (client.ts).
 */
import { z } from 'zod';
import {
  isValidTimeZone,
  type IcsOccurrence,
  type IcsParseResult,
  type IcsProgress,
} from '@shared/domain/ics';

const id = z.number().int().min(0);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as yyyy-MM-dd');
const count = z.number().int().min(0);

export const workerRequestSchema = z.strictObject({
  type: z.literal('parse'),
  id,
  text: z.string(),
  window: z
    .strictObject({
      rangeStart: day,
      rangeEnd: day,
      timeZone: z.string().min(1).max(100).refine(isValidTimeZone, 'unknown time zone'),
    })
    .refine((window) => window.rangeStart <= window.rangeEnd, 'rangeStart must not be after rangeEnd'),
});
export type WorkerRequest = z.infer<typeof workerRequestSchema>;

const occurrenceSchema = z.strictObject({
  uid: z.string(),
  occurrenceStart: z.string(),
  importKey: z.string(),
  date: day,
  startTime: z
    .string()
    .regex(/^\d{2}:\d{2}$/)
    .nullable(),
  minutes: count,
  title: z.string(),
  allDay: z.boolean(),
}) satisfies z.ZodType<IcsOccurrence>;

export const parseResultSchema = z.strictObject({
  calendarName: z.string().nullable(),
  occurrences: z.array(occurrenceSchema),
  eventCount: count,
  cancelledCount: count,
  unreadableCount: count,
  notes: z.array(z.string()),
}) satisfies z.ZodType<IcsParseResult>;

export const progressSchema = z.strictObject({ done: count, total: count }) satisfies z.ZodType<IcsProgress>;

export const workerResponseSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('progress'), id, progress: progressSchema }),
  z.strictObject({ type: z.literal('done'), id, result: parseResultSchema }),
  z.strictObject({ type: z.literal('failed'), id, message: z.string() }),
]);
export type WorkerResponse = z.infer<typeof workerResponseSchema>;
