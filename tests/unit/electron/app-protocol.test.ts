import { readdirSync } from 'node:fs';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, onTestFinished } from 'vitest';
import {
  DEV_CSP,
  PRODUCTION_CSP,
  contentTypeFor,
  createAppProtocolHandler,
} from '@main/services/app-protocol';
import { FILE_TICKET_TTL_MS, createFileTickets, type FileTickets } from '@main/services/file-tickets';
import { FakeClock } from '@tests/fixtures/fake-desktop';
import { serveFetchHandler } from '@tests/fixtures/http-server';
import { tempDirs } from './helpers';

const temps = tempDirs();
let handle: (request: Request) => Promise<Response>;
let logged: string[];
let root: string;
/** The files parked for the backup worker, on a clock that moves only when a test says so. */
let clock: FakeClock;
let tickets: FileTickets;

beforeEach(async () => {
  const base = await temps.make();
  root = join(base, 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html><title>Growth Ledger</title>');
  await writeFile(join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  await writeFile(join(root, 'assets', 'chunk.mjs'), 'export {}');
  await writeFile(join(root, 'assets', 'index-abc.css'), 'body{}');
  await writeFile(join(root, 'assets', 'logo.svg'), '<svg/>');
  await writeFile(join(root, 'assets', 'icon.png'), new Uint8Array([0x89, 0x50, 0x4e, 0x47]));
  await writeFile(join(root, 'favicon.ico'), 'ico');
  await writeFile(join(root, 'assets', 'data.json'), '{}');
  await writeFile(join(root, 'assets', 'font.woff2'), 'woff2');
  await writeFile(join(root, 'assets', 'index-abc.js.map'), '{}');
  await writeFile(join(base, 'secret.txt'), 'TOP SECRET');
  await mkdir(join(base, 'outside'));
  await writeFile(join(base, 'outside', 'file.txt'), 'TOP SECRET');
  await symlink(join(base, 'secret.txt'), join(root, 'assets', 'link.txt'));
  await symlink(join(base, 'outside'), join(root, 'linked-dir'));
  logged = [];
  clock = new FakeClock('2026-11-28T10:00:00.000Z');
  tickets = createFileTickets({ clock });
  handle = createAppProtocolHandler({
    rootDir: root,
    csp: PRODUCTION_CSP,
    logError: (m) => logged.push(m),
    tickets,
  });
});
afterEach(() => temps.cleanup());

const get = (path: string, init?: RequestInit) => handle(new Request(`app://growth-ledger${path}`, init));

describe('app:// protocol', () => {
  it('serves index.html for / with the CSP and nosniff headers', async () => {
    const response = await get('/');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Growth Ledger</title>');
    expect(response.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('Content-Security-Policy')).toBe(PRODUCTION_CSP);
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
  });

  it.each([
    ['/index.html', 'text/html; charset=utf-8'],
    ['/assets/index-abc.js', 'text/javascript; charset=utf-8'],
    ['/assets/chunk.mjs', 'text/javascript; charset=utf-8'],
    ['/assets/index-abc.css', 'text/css; charset=utf-8'],
    ['/assets/logo.svg', 'image/svg+xml'],
    ['/assets/icon.png', 'image/png'],
    ['/favicon.ico', 'image/x-icon'],
    ['/assets/data.json', 'application/json; charset=utf-8'],
    ['/assets/font.woff2', 'font/woff2'],
    ['/assets/index-abc.js.map', 'application/json; charset=utf-8'],
  ])('serves %s as %s', async (path, type) => {
    const response = await get(path);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe(type);
    expect(response.headers.get('Content-Security-Policy')).toBe(PRODUCTION_CSP);
  });

  it('falls back to octet-stream for unknown types', () => {
    expect(contentTypeFor('/x/file.unknown')).toBe('application/octet-stream');
  });

  it('serves the app for client-side routes but 404s for missing files', async () => {
    const route = await get('/growth-plan/gaps');
    expect(route.status).toBe(200);
    expect(await route.text()).toContain('Growth Ledger');
    expect((await get('/assets/missing.js')).status).toBe(404);
  });

  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2E%2E/%2e%2e/secret.txt',
    '/%2e%2e%2fsecret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    '/..%5csecret.txt',
    '/assets%5c..%5c..%5csecret.txt',
    '/C:%5cWindows%5cwin.ini',
    '/c:/secret.txt',
    '/assets/link.txt',
    '/linked-dir/file.txt',
    '/assets/%00.js',
    '/%E0%A4%A',
  ])('does not serve %s', async (path) => {
    const response = await get(path);
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(await response.text()).not.toContain('TOP SECRET');
    expect(response.headers.get('Content-Security-Policy')).toBe(PRODUCTION_CSP);
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
  });

  it.each(['//etc/passwd', '/%2fetc%2fpasswd'])('treats %s as a path inside the root', async (path) => {
    // No such file under the root, and no extension: the client-side-route fallback answers with the app.
    const response = await get(path);
    expect(await response.text()).toBe('<!doctype html><title>Growth Ledger</title>');
  });

  it('answers 403 to traversal and symlink escapes', async () => {
    expect((await get('/assets/..%2f..%2fsecret.txt')).status).toBe(403);
    expect((await get('/assets/link.txt')).status).toBe(403);
  });

  it('refuses other hosts', async () => {
    const response = await handle(new Request('app://elsewhere/index.html'));
    expect(response.status).toBe(404);
  });

  it('allows only GET and HEAD', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS']) {
      const response = await get('/index.html', { method, ...(method === 'POST' ? { body: 'x' } : {}) });
      expect(response.status).toBe(405);
      expect(response.headers.get('Allow')).toBe('GET, HEAD');
      expect(response.headers.get('Content-Security-Policy')).toBe(PRODUCTION_CSP);
    }
    const head = await get('/index.html', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('Content-Length')).toBe(
      String('<!doctype html><title>Growth Ledger</title>'.length),
    );
    expect(await head.text()).toBe('');
  });

  it('answers 404 when the renderer has not been built', async () => {
    const broken = createAppProtocolHandler({
      rootDir: join(await temps.make(), 'missing'),
      csp: PRODUCTION_CSP,
      logError: (m) => logged.push(m),
    });
    expect((await broken(new Request('app://growth-ledger/'))).status).toBe(404);
    expect(logged).toEqual([]);
  });
});

// Chromium keeps the code it compiled from a script beside the script's HTTP cache entry, so an
// uncacheable answer meant compiling the app's first chunk from source at every launch (issue 13).
describe("caching of the app's files", () => {
  const HASHED = '/assets/index-Q9PmU8t-.js';
  beforeEach(async () => {
    await writeFile(join(root, 'assets', 'index-Q9PmU8t-.js'), 'console.log("first chunk")');
    await writeFile(join(root, 'assets', 'audit-CwslJNON.css'), '.audit{}');
  });

  it('keeps an asset named by its content hash for good, tagged by that hash', async () => {
    for (const path of [HASHED, '/assets/audit-CwslJNON.css']) {
      const response = await get(path);
      expect(response.status).toBe(200);
      expect(response.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
    }
    expect((await get(HASHED)).headers.get('ETag')).toBe('"Q9PmU8t-"');
    const head = await get(HASHED, { method: 'HEAD' });
    expect(head.headers.get('ETag')).toBe('"Q9PmU8t-"');
    expect(await head.text()).toBe('');
  });

  it('has every other file asked for again, and answers "not modified" while its content is the same', async () => {
    const first = await get('/');
    expect(first.headers.get('Cache-Control')).toBe('no-cache');
    const etag = first.headers.get('ETag')!;
    expect(etag).toMatch(/^"[\w-]{43}"$/);
    // The same tag for the same content, whichever way it is asked for (a client-side route too).
    expect((await get('/index.html')).headers.get('ETag')).toBe(etag);
    expect((await get('/audit/log')).headers.get('ETag')).toBe(etag);
    // Names without a content hash: not kept for good.
    for (const path of ['/favicon.ico', '/assets/index-abc.js', '/assets/index-Q9PmU8t-.js.map']) {
      await writeFile(join(root, path), 'x');
      expect((await get(path)).headers.get('Cache-Control')).toBe('no-cache');
    }

    const again = await get('/', { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('ETag')).toBe(etag);
    expect(again.headers.get('Content-Security-Policy')).toBe(PRODUCTION_CSP);
    expect(again.headers.get('X-Content-Type-Options')).toBe('nosniff');

    // An update rewrote index.html (naming new assets): the old tag no longer matches.
    await writeFile(join(root, 'index.html'), '<!doctype html><title>Growth Ledger 2</title>');
    const updated = await get('/', { headers: { 'If-None-Match': etag } });
    expect(updated.status).toBe(200);
    expect(await updated.text()).toContain('Growth Ledger 2');
    expect(updated.headers.get('ETag')).not.toBe(etag);
  });

  it('answers "not modified" to a hashed asset the cache asks about, and to a list of tags or any', async () => {
    expect((await get(HASHED, { headers: { 'If-None-Match': '"Q9PmU8t-"' } })).status).toBe(304);
    expect((await get(HASHED, { headers: { 'If-None-Match': '"other", W/"Q9PmU8t-"' } })).status).toBe(304);
    expect((await get(HASHED, { headers: { 'If-None-Match': '*' } })).status).toBe(304);
    expect((await get(HASHED, { headers: { 'If-None-Match': '"other"' } })).status).toBe(200);
  });

  it("takes only Vite's output as named by its content: nothing copied from renderer/public is under assets/", () => {
    // A file copied as it is, under a name that looks hashed, would be cached for good and never updated.
    const published = readdirSync(join(import.meta.dirname, '../../../renderer/public'), { recursive: true });
    expect(published.map(String).filter((name) => /^assets([\\/]|$)/.test(name))).toEqual([]);
  });

  it('caches no error', async () => {
    for (const path of ['/assets/missing-Q9PmU8t-.js', '/../secret.txt']) {
      expect((await get(path)).headers.get('Cache-Control')).toBeNull();
    }
  });
});

describe('files parked for the backup worker (/__file/<ticket>)', () => {
  const FILE = new TextEncoder().encode('{"format":"growth-ledger-backup"} and TOP SECRET data');

  /** The headers every answer of this route has: the app's own, and never cached. */
  function expectSecured(response: Response) {
    expect(response.headers.get('Content-Security-Policy')).toBe(PRODUCTION_CSP);
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(response.headers.get('Cache-Control')).toBe('no-store');
  }

  it('serves a parked file once, as bytes, never cached; then 404', async () => {
    const ticket = tickets.park(FILE.slice());
    const response = await get(`/__file/${ticket}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('application/octet-stream');
    expect(response.headers.get('Content-Length')).toBe(String(FILE.byteLength));
    expectSecured(response);
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(FILE);
    expect(tickets.size).toBe(0);

    const again = await get(`/__file/${ticket}`);
    expect(again.status).toBe(404);
    expectSecured(again);
    expect(await again.text()).toBe('Not found');
  });

  it.each([
    ['an unknown ticket', () => `/__file/${createFileTickets().park(new Uint8Array(1))}`],
    ['no ticket', () => '/__file/'],
    ['a short ticket', () => '/__file/abc'],
    ['a ticket with more path', () => `/__file/${tickets.park(FILE.slice())}/more`],
    ['an encoded path', () => '/__file/%2e%2e%2fsecret.txt'],
    ['a file name', () => '/__file/index.html'],
  ])('answers 404 to %s, and never with a file', async (_what, path) => {
    const response = await get(path());
    expect(response.status).toBe(404);
    expectSecured(response);
    expect(await response.text()).toBe('Not found');
  });

  it('answers 404 once the ticket expired, and has dropped the file', async () => {
    const ticket = tickets.park(FILE.slice());
    clock.advanceBy(FILE_TICKET_TTL_MS);
    expect(tickets.size).toBe(0);
    const response = await get(`/__file/${ticket}`);
    expect(response.status).toBe(404);
    expectSecured(response);
  });

  it('answers only GET, and any other method leaves the ticket unused', async () => {
    const ticket = tickets.park(FILE.slice());
    for (const method of ['HEAD', 'POST', 'PUT', 'DELETE', 'OPTIONS']) {
      const response = await get(`/__file/${ticket}`, {
        method,
        ...(method === 'POST' || method === 'PUT' ? { body: 'x' } : {}),
      });
      expect(response.status, method).toBe(405);
      expect(response.headers.get('Allow')).toBe('GET');
      expectSecured(response);
    }
    expect((await get(`/__file/${ticket}`)).status).toBe(200);
  });

  it('serves nothing to another host, and leaves the ticket unused', async () => {
    const ticket = tickets.park(FILE.slice());
    expect((await handle(new Request(`app://elsewhere/__file/${ticket}`))).status).toBe(404);
    expect(tickets.size).toBe(1);
  });

  it('without a store, knows no ticket (and does not answer with the app)', async () => {
    const bare = createAppProtocolHandler({ rootDir: root, csp: PRODUCTION_CSP });
    const response = await bare(new Request(`app://growth-ledger/__file/${tickets.park(FILE.slice())}`));
    expect(response.status).toBe(404);
    expectSecured(response);
  });

  it('leaves the app and its files as they were', async () => {
    tickets.park(FILE.slice());
    expect(await (await get('/')).text()).toContain('<title>Growth Ledger</title>');
    // Paths that only start like the route are the app's own (client-side routes).
    expect(await (await get('/__files')).text()).toContain('<title>Growth Ledger</title>');
    // The app's files keep their own caching (see above), not the parked files' no-store.
    expect((await get('/assets/index-abc.js')).headers.get('Cache-Control')).toBe('no-cache');
    expect(tickets.size).toBe(1);
  });

  it('serves it over real HTTP, as the worker fetches it', async () => {
    let served: (request: Request) => Promise<Response> = handle;
    const server = await serveFetchHandler((request) => served(request));
    onTestFinished(() => new Promise<void>((done) => server.server.close(() => done())));
    served = createAppProtocolHandler({
      rootDir: root,
      csp: PRODUCTION_CSP,
      host: `127.0.0.1:${server.port}`,
      tickets,
    });
    const ticket = tickets.park(FILE.slice());
    const response = await fetch(`${server.origin}/__file/${ticket}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('application/octet-stream');
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(FILE);
    expect((await fetch(`${server.origin}/__file/${ticket}`)).status).toBe(404);
  });
});

describe('content security policies', () => {
  it('production allows no inline script, eval or remote content', () => {
    expect(PRODUCTION_CSP).not.toMatch(/unsafe-inline|unsafe-eval|https?:|ws:/);
    expect(PRODUCTION_CSP).toMatch(/default-src 'none'/);
    expect(PRODUCTION_CSP).toMatch(/object-src 'none'/);
  });

  it('development relaxes only inline code and localhost, never eval', () => {
    expect(DEV_CSP).not.toMatch(/unsafe-eval/);
    const hosts = DEV_CSP.match(/\b(?:https?|wss?):\/\/[^\s;]+/g) ?? [];
    expect(hosts.length).toBeGreaterThan(0);
    for (const host of hosts) expect(host).toMatch(/^(?:http|ws):\/\/(?:localhost|127\.0\.0\.1):\*$/);
  });
});
