/**
 * Backup files parked for a restore as main parks them (the real store, electron/services/file-tickets.ts),
 * and the backup service reading them with their ticket, once, as its worker does: from the store itself
 * here, where the worker fetches them from the app protocol.
 *
 *   const files = parkedFiles();
 *   const client = new BackupClient(files.port);
 *   const plan = await planRestore(db, files.park(bytes), { client });
 */
import { createFileTickets, type FileTickets } from '@main/services/file-tickets';
import { inThreadPort, type BackupPort } from '@renderer/features/backup/worker/client';
import type { ReadParkedFile } from '@renderer/features/backup/worker/parked-file';

export interface ParkedFiles {
  tickets: FileTickets;
  /** Parks a backup file's bytes and returns its ticket, as main's handlers do. */
  park: (bytes: Uint8Array<ArrayBuffer>) => string;
  read: ReadParkedFile;
  /** The backup service in this thread, reading from these files. */
  port: () => BackupPort;
}

export function parkedFiles(tickets: FileTickets = createFileTickets()): ParkedFiles {
  const read: ReadParkedFile = async (ticket) => tickets.take(ticket);
  return { tickets, park: (bytes) => tickets.park(bytes), read, port: () => inThreadPort(read) };
}
