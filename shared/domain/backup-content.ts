/**
 * A backup's forms outside the database, and the conversions between them (no dependencies, so the
 * renderer's first chunk and main can both use it):
 * - text: the JSON that shared/domain/backup.ts writes and checks;
 * - content: the bytes of a backup file (UTF-8), as main reads them for a restore;
 * - packed: gzip-compressed content, as the page sends a new backup to main. A five-year backup is about
 *   30 MB of text and 3 MB packed, so handing it over costs the page a tenth of the copying. The backup
 *   worker packs; main unpacks (with a size cap) and writes plain JSON files.
 */

/** The largest backup accepted, unpacked. */
export const MAX_BACKUP_BYTES = 100 * 1024 * 1024;

export class BackupContentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupContentError';
  }
}

/**
 * A backup file's bytes as text. A byte-order mark (which some editors add) is dropped, and bytes that
 * are not UTF-8 become U+FFFD, which the checksum and the JSON check then refuse with a message.
 */
export function backupText(content: Uint8Array): string {
  return new TextDecoder('utf-8').decode(content);
}

/** A backup's text as the bytes of its file (UTF-8). */
export function backupContent(text: string): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(text);
}

/** Gzip-compresses a backup's text for the trip to main. */
export async function packBackup(text: string): Promise<Uint8Array> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/**
 * The text of a packed backup. Refuses, with a BackupContentError, data that is not gzip or that would
 * unpack to more than `maxBytes` (it stops reading there: a small packed file cannot fill the memory).
 */
export async function unpackBackup(packed: Uint8Array, maxBytes = MAX_BACKUP_BYTES): Promise<string> {
  const reader = new Blob([packed as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new DecompressionStream('gzip'))
    .getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel();
        throw new BackupContentError(
          `The backup is larger than ${maxBytes / 1024 / 1024} MB unpacked, so it was not saved.`,
        );
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof BackupContentError) throw error;
    throw new BackupContentError(
      'The backup arrived damaged (it is not complete gzip data), so it was not saved.',
    );
  }
  const content = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    content.set(chunk, at);
    at += chunk.byteLength;
  }
  return backupText(content);
}
