/**
 * The words of "Delete all my data": the confirmation and the message after it. Apart from delete-all.ts
 * so the section renders (and is tested) without the database.
 */
import type { DeleteAllResult } from '@shared/ipc/contract';

/** What the user types to confirm. */
export const CONFIRM_WORD = 'DELETE';

export function confirmed(typed: string): boolean {
  return typed.trim() === CONFIRM_WORD;
}

/** The message the reloaded app shows. */
export function deletedNotice({ backupsKept }: Pick<DeleteAllResult, 'backupsKept'>): string {
  return backupsKept
    ? `All your data was deleted. Your backups are still in ${backupsKept}: delete that folder yourself if you want them gone too.`
    : 'All your data was deleted, backups included. Growth Ledger starts afresh.';
}
