import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { describeStorageError, storageErrorName } from '@renderer/db/storage-errors';

describe('storage errors in the app’s words (issue 14)', () => {
  it('finds the engine error behind Dexie’s wrapping', () => {
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    expect(storageErrorName(quota)).toBe('QuotaExceededError');
    expect(storageErrorName(new Dexie.AbortError('Transaction aborted', quota))).toBe('QuotaExceededError');
    expect(storageErrorName(new Dexie.AbortError('Transaction aborted'))).toBe('AbortError');
    expect(storageErrorName('text')).toBeNull();
  });

  it('gives a full quota its own message, unlike a full disk, saying nothing changed and what to do', () => {
    const quota = new Dexie.AbortError('Transaction aborted', new DOMException('x', 'QuotaExceededError'));
    const said = describeStorageError(quota, 'The restore');
    expect(said).toMatch(
      /^The restore stopped because the space this computer allows Growth Ledger for its data is used up\./,
    );
    expect(said).toMatch(/Nothing was changed.*Free some disk space/);
    expect(said).not.toMatch(/The disk is full/);
    // Chromium words a quota abort at commit as an AbortError whose message mentions the quota.
    expect(describeStorageError(new DOMException('Quota exceeded.', 'AbortError'), 'The backup')).toMatch(
      /^The backup stopped because the space/,
    );
  });

  it.each(['AbortError', 'UnknownError', 'ConstraintError', 'DatabaseClosedError', 'InvalidStateError'])(
    'turns a raw %s into a sentence that names it, says nothing changed and what to do',
    (name) => {
      const said = describeStorageError(new DOMException('Transaction aborted', name), 'The restore');
      expect(said).toBe(
        `The restore could not read or write the app's data (the storage engine reported ${name}). Nothing was changed: your data is as it was. Try again; if it keeps happening, restart Growth Ledger.`,
      );
    },
  );

  it('keeps the app’s own messages as they are', () => {
    expect(
      describeStorageError(
        new Error('The restore target already holds data; nothing was restored.'),
        'The restore',
      ),
    ).toBe('The restore target already holds data; nothing was restored.');
    expect(describeStorageError('plain text', 'The backup')).toBe('plain text');
  });
});
