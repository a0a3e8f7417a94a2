/**
 * Reads a file the user chose, refusing oversized ones before a single byte is read into memory
 * (a wrongly picked video must not freeze the app).
 */
import { open } from 'node:fs/promises';

export class FileTooLargeError extends Error {
  constructor(
    readonly bytes: number,
    readonly limit: number,
  ) {
    super(`The file is ${bytes} bytes; the limit is ${limit} bytes.`);
    this.name = 'FileTooLargeError';
  }
}

/** The file's bytes, refused unread when larger than `maxBytes`. */
export async function readBytesChecked(path: string, maxBytes: number): Promise<Buffer<ArrayBuffer>> {
  const handle = await open(path, 'r');
  try {
    // Stat the open handle, not the path, so the size checked is the size of the file actually read.
    const { size } = await handle.stat();
    if (size > maxBytes) throw new FileTooLargeError(size, maxBytes);
    const buffer = await handle.readFile();
    // The file may have grown between the stat and the read.
    if (buffer.length > maxBytes) throw new FileTooLargeError(buffer.length, maxBytes);
    return buffer;
  } finally {
    await handle.close();
  }
}

/** The file as UTF-8 text, refused unread when larger than `maxBytes`. */
export async function readFileChecked(
  path: string,
  maxBytes: number,
): Promise<{ text: string; bytes: number }> {
  const buffer = await readBytesChecked(path, maxBytes);
  // The platform's decoder, as for a backup's bytes in the page (shared/domain/backup-content.ts): it drops
  // the byte-order mark editors on Windows like to prepend (JSON.parse rejects it), and turns bad UTF-8
  // into U+FFFD, which every later check refuses.
  return { text: new TextDecoder('utf-8').decode(buffer), bytes: buffer.length };
}
