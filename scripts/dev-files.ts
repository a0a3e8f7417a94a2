/**
 * `npm run dev` only: how the development server hands the backup worker a file main read for a restore.
 * Used by vite.renderer.config.ts; no imports from the app's folders (Vite loads its config without them).
 */
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/**
 * The development server's side of main's mirror of parked files (electron/services/file-tickets.ts,
 * `mirrorDir`): the bytes mirrored under `ticket`, once (the file goes as it is read); null for anything
 * that is not a ticket (shared/ipc/file-ticket.ts: 43 base64url characters, so never a path) or has no
 * file (used, expired, never parked).
 */
export function takeMirroredFile(dir: string, ticket: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]{43}$/.test(ticket)) return null;
  const path = join(dir, ticket);
  try {
    const bytes = new Uint8Array(readFileSync(path));
    rmSync(path, { force: true });
    return bytes;
  } catch {
    return null;
  }
}

/**
 * `npm run dev`: the backup worker fetches a file main read for a restore from `/__file/<ticket>` on its
 * own origin, which is this server there (app:// serves it in the built app). The server names a folder
 * to main (GROWTH_LEDGER_DEV_FILES, read by electron/main.ts; Electron starts after the server, with its
 * environment), main mirrors each parked file into it, and this answers with it, once, as app:// does.
 */
export function parkedFilesInDev(dir = join(tmpdir(), 'growth-ledger-dev-files')): Plugin {
  return {
    name: 'growth-ledger:parked-files',
    apply: 'serve',
    configureServer(server) {
      process.env.GROWTH_LEDGER_DEV_FILES = dir;
      server.middlewares.use('/__file/', (request, response) => {
        const ticket = (request.url ?? '').replace(/^\//, '').split('?')[0] ?? '';
        const bytes = request.method === 'GET' ? takeMirroredFile(dir, ticket) : null;
        response.setHeader('Cache-Control', 'no-store');
        if (!bytes) {
          response.statusCode = request.method === 'GET' ? 404 : 405;
          response.end();
          return;
        }
        response.setHeader('Content-Type', 'application/octet-stream');
        response.setHeader('Content-Length', String(bytes.byteLength));
        response.end(bytes);
      });
    },
  };
}
