/**
 * What a failed IndexedDB (Dexie) operation means to the user. The engine's own words ("AbortError",
 * "Transaction aborted") name neither the problem nor what to do (issue 14), and a full storage quota
 * needs its own advice, unlike a full disk when main writes a file (electron/ipc/dispatch.ts).
 */
import { errorMessage } from '@shared/errors';

/** The DOMException or Dexie error name behind `error`, looking through Dexie's wrapping (`inner`). */
export function storageErrorName(error: unknown): string | null {
  for (let current: unknown = error, depth = 0; current && depth < 5; depth += 1) {
    const { name, inner, cause } = current as { name?: unknown; inner?: unknown; cause?: unknown };
    if (name === 'QuotaExceededError') return name;
    const next = inner ?? cause;
    if (!next) return typeof name === 'string' ? name : null;
    current = next;
  }
  return null;
}

/** The engine errors that mean "no room": the quota, or Chromium's own wording of it on commit. */
function isQuota(error: unknown): boolean {
  return storageErrorName(error) === 'QuotaExceededError' || /quota/i.test(errorMessage(error));
}

/** Errors the app writes itself are already meant for the user: kept as they are. */
const ENGINE_ERRORS = new Set([
  'AbortError',
  'ConstraintError',
  'DataCloneError',
  'DataError',
  'DatabaseClosedError',
  'InvalidStateError',
  'NotFoundError',
  'OpenFailedError',
  'ReadOnlyError',
  'TimeoutError',
  'TransactionInactiveError',
  'UnknownError',
  'VersionError',
  'InvalidAccessError',
  'MissingAPIError',
  'SchemaError',
  'PrematureCommitError',
  'QuotaExceededError',
]);

/**
 * A sentence for the user about `error`, raised while the app was `doing` something with its data
 * (a phrase such as "The restore"). Messages the app wrote itself pass through unchanged.
 */
export function describeStorageError(error: unknown, doing: string): string {
  if (isQuota(error)) {
    return `${doing} stopped because the space this computer allows Growth Ledger for its data is used up. Nothing was changed: your data is as it was. Free some disk space (the allowance grows with it), then try again.`;
  }
  const name = storageErrorName(error);
  if (name === null || !ENGINE_ERRORS.has(name)) return errorMessage(error);
  return `${doing} could not read or write the app's data (the storage engine reported ${name}). Nothing was changed: your data is as it was. Try again; if it keeps happening, restart Growth Ledger.`;
}
