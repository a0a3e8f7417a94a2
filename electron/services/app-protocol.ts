/**
 * Serves the built renderer on `app://growth-ledger/` instead of `file://`: a real, stable origin for
 * IndexedDB (see shared/app-identity.ts), a CSP sent as a header on every response, and no way for the
 * page to read any file outside the renderer folder.
 *
 * Its files are cacheable, so that Chromium can keep the code it compiled from them (the scheme's
 * `codeCache` privilege, electron/main.ts): V8's code cache lives beside a script's HTTP cache entry, and
 * without caching headers nothing was stored, so the privilege did nothing (issue 13; traced in Debian
 * Chromium, the classic head-start script is now compiled from its cache, while the module chunks are
 * still parsed from source there: README, Performance). Vite names each built asset by a hash of its
 * content, so a hashed asset never changes under its name and is cached for good (`immutable`); the
 * other files (index.html, the head-start script) are asked for again at each load and answered "not
 * modified" (304) while their content, named by its hash in an ETag, is the same: an update that changes
 * index.html is always seen, and with it the new assets' names. Only Vite's output is under `assets/`
 * (renderer/public has no such folder, and a test keeps it so).
 *
 * It also hands the backup worker the files main read for a restore: `GET /__file/<ticket>` answers with
 * the bytes parked under that one-time ticket (file-tickets.ts, shared/ipc/file-ticket.ts), so they never
 * pass through the page's main thread.
 */
import { createHash } from 'node:crypto';
import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve } from 'node:path';
import { APP_HOST } from '@shared/app-identity';
import { FILE_TICKET_PATTERN, FILE_TICKET_PREFIX } from '@shared/ipc/file-ticket';
import { errorCode } from './files/error-code';
import type { FileTickets } from './file-tickets';

/** The production policy: nothing but the app's own files; no inline script, no eval, no network. */
export const PRODUCTION_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/**
 * Development only (`electron-vite dev`): @vitejs/plugin-react injects an inline react-refresh preamble
 * and Vite injects CSS as <style> elements, so both need 'unsafe-inline'; hot reload talks to the dev
 * server on localhost over ws/http. Still no 'unsafe-eval' and no remote hosts.
 */
export const DEV_CSP =
  "default-src 'none'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self' ws://localhost:* http://localhost:* ws://127.0.0.1:* http://127.0.0.1:*; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.webp': 'image/webp',
  '.txt': 'text/plain; charset=utf-8',
};

export function contentTypeFor(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

export interface AppProtocolOptions {
  /** The built renderer folder (out/renderer). */
  rootDir: string;
  csp: string;
  /** Requests for any other host are refused; the default is the app's own. */
  host?: string;
  logError?: (message: string, error: unknown) => void;
  /**
   * The files main parked for the page, served once each under `/__file/`: the same store the IPC
   * handlers park them in. Without it every `/__file/` path is unknown (404).
   */
  tickets?: FileTickets;
}

/**
 * A built asset Vite named by a hash of its content (`assets/index-Q9PmU8t-.js`): the hash, or null for
 * any other file.
 */
function contentHashInName(relativePath: string): string | null {
  return /^assets\/[^/]+-([\w-]{8})\.[a-z0-9]+$/i.exec(relativePath)?.[1] ?? null;
}

/** Cached for good: the name changes whenever the content does. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Kept, but asked for again (If-None-Match) at each use. */
const REVALIDATE = 'no-cache';

/** Whether the request's If-None-Match names this ETag (or any, `*`). */
function matches(ifNoneMatch: string | null, etag: string): boolean {
  if (ifNoneMatch === null) return false;
  return ifNoneMatch
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === etag || tag === '*');
}

function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

export function createAppProtocolHandler({
  rootDir,
  csp,
  host = APP_HOST,
  logError = console.error,
  tickets,
}: AppProtocolOptions): (request: Request) => Promise<Response> {
  const root = resolve(rootDir);
  // Resolved lazily so the handler can be created before the folder exists (tests, first build).
  let realRoot: Promise<string> | undefined;

  function respond(
    status: number,
    body: Uint8Array<ArrayBuffer> | null,
    extra: Record<string, string> = {},
  ): Response {
    const headers = new Headers({
      'Content-Security-Policy': csp,
      'X-Content-Type-Options': 'nosniff',
      ...extra,
    });
    return new Response(body, { status, headers });
  }
  const text = (status: number, message: string, extra: Record<string, string> = {}) =>
    respond(status, new TextEncoder().encode(message), {
      'Content-Type': 'text/plain; charset=utf-8',
      ...extra,
    });

  /** The requested file's path under the root, or the HTTP status that refuses it. */
  function mapPath(url: URL): string | number {
    let decoded: string;
    try {
      decoded = decodeURIComponent(url.pathname);
    } catch (error) {
      if (error instanceof URIError) return 400;
      throw error;
    }
    // Backslashes are separators on Windows, and a NUL truncates paths in native code.
    if (decoded.includes('\\') || decoded.includes('\0')) return 403;
    const segments = decoded.split('/').filter((segment) => segment.length > 0);
    // Encoded dots (`%2e%2e`) survive URL normalisation and only become `..` once decoded; a colon would
    // let a segment name a Windows drive.
    if (segments.some((segment) => segment === '.' || segment === '..' || segment.includes(':'))) return 403;
    const path = resolve(root, segments.length === 0 ? 'index.html' : segments.join('/'));
    return isInside(root, path) ? path : 403;
  }

  async function serveFile(path: string, request: Request): Promise<Response | number> {
    const head = request.method === 'HEAD';
    let real: string;
    try {
      real = await realpath(path);
    } catch (error) {
      const code = errorCode(error);
      if (code === 'ENOENT' || code === 'ENOTDIR') return 404;
      throw error;
    }
    realRoot ??= realpath(root);
    // A symlink inside the folder must not publish a file outside it.
    if (!isInside(await realRoot, real)) return 403;
    const info = await stat(real);
    if (!info.isFile()) return 404;
    const hashed = contentHashInName(
      relative(await realRoot, real)
        .split('\\')
        .join('/'),
    );
    // A file named by its hash is tagged by that name; any other by a hash of its content, read once here.
    const body = hashed !== null && head ? null : await readFile(real);
    const etag = `"${
      hashed ??
      createHash('sha256')
        .update(body ?? new Uint8Array())
        .digest('base64url')
    }"`;
    const caching = { 'Cache-Control': hashed !== null ? IMMUTABLE : REVALIDATE, ETag: etag };
    if (matches(request.headers.get('If-None-Match'), etag)) return respond(304, null, caching);
    const headers = { 'Content-Type': contentTypeFor(real), 'Content-Length': String(info.size), ...caching };
    return respond(200, head ? null : body, headers);
  }

  /**
   * A parked file, once: taken from the store as it is served, so a second request (or one after the
   * ticket expired) is a 404. GET only: a HEAD would have to use the ticket up without delivering it.
   * Never cached: the bytes are the user's data, and the URL is dead after this answer.
   */
  function serveParked(method: string, ticket: string): Response {
    const noStore = { 'Cache-Control': 'no-store' };
    if (method !== 'GET') return text(405, 'Method not allowed', { Allow: 'GET', ...noStore });
    const bytes = FILE_TICKET_PATTERN.test(ticket) ? (tickets?.take(ticket) ?? null) : null;
    if (!bytes) return text(404, 'Not found', noStore);
    return respond(200, bytes, {
      'Content-Type': 'application/octet-stream',
      'Content-Length': String(bytes.byteLength),
      ...noStore,
    });
  }

  return async function handle(request: Request): Promise<Response> {
    const head = request.method === 'HEAD';
    try {
      const url = new URL(request.url);
      // Before the static files' rules: the path names no file, and its methods are its own.
      if (url.host === host && url.pathname.startsWith(FILE_TICKET_PREFIX))
        return serveParked(request.method, url.pathname.slice(FILE_TICKET_PREFIX.length));
      if (request.method !== 'GET' && !head) return text(405, 'Method not allowed', { Allow: 'GET, HEAD' });
      if (url.host !== host) return text(404, 'Not found');
      const mapped = mapPath(url);
      if (typeof mapped === 'number') return text(mapped, mapped === 400 ? 'Bad request' : 'Forbidden');
      let served = await serveFile(mapped, request);
      // Client-side routes (`/audit`, `/growth-plan/…`) have no file: give them the app, so a reload works.
      if (served === 404 && extname(mapped) === '')
        served = await serveFile(resolve(root, 'index.html'), request);
      if (typeof served === 'number') return text(served, served === 404 ? 'Not found' : 'Forbidden');
      return served;
    } catch (error) {
      logError(`app:// could not serve ${request.url}`, error);
      return text(500, 'Internal error');
    }
  };
}
