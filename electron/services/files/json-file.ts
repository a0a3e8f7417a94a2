/**
 * Reads a small JSON file that main owns (settings, window state, reminder state) and validates it.
 * A file that does not parse or does not match its schema is moved aside — never deleted, so it can be
 * inspected or recovered — and the caller gets told, to fall back to defaults with a message.
 */
import { readFile, rename } from 'node:fs/promises';
import { format } from 'date-fns';
import type { z } from 'zod';
import { describeIssue, errorMessage } from '@shared/errors';
import { errorCode } from './error-code';

export type JsonFileResult<T> =
  | { status: 'ok'; value: T }
  | { status: 'missing' }
  /** `movedTo` is null when the file could not even be moved (the error is in `reason`). */
  | { status: 'corrupt'; reason: string; movedTo: string | null }
  | { status: 'unreadable'; reason: string };

export async function readJsonFile<S extends z.ZodType>(
  path: string,
  schema: S,
  now: () => Date = () => new Date(),
): Promise<JsonFileResult<z.infer<S>>> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return { status: 'missing' };
    // A permission problem is not corruption: leave the file where it is.
    return { status: 'unreadable', reason: errorMessage(error) };
  }
  let reason: string;
  try {
    // A byte-order mark, which some editors write at the start of a UTF-8 file, is not part of the JSON.
    const parsed = schema.safeParse(JSON.parse(text.replace(/^\uFEFF/, '')));
    if (parsed.success) return { status: 'ok', value: parsed.data };
    const issue = parsed.error.issues[0];
    reason = issue ? describeIssue(issue) : 'not what the app expects';
  } catch (error) {
    reason = errorMessage(error);
  }
  const aside = `${path}.corrupt-${format(now(), "yyyyMMdd'T'HHmmss-SSS")}`;
  try {
    await rename(path, aside);
    return { status: 'corrupt', reason, movedTo: aside };
  } catch (error) {
    return {
      status: 'corrupt',
      reason: `${reason}; it could not be moved aside (${errorMessage(error)})`,
      movedTo: null,
    };
  }
}
