/**
 * Malformed IPC requests through the real dispatcher and the real handlers, wired as main and the e2e
 * harness wire them (createDispatcher + createHandlers + a real backup store and desktop in a fresh temp
 * userData folder; only the native dialogs and the shell are scripted).
 *
 * Each case is a channel, a request and a sender: unknown channels, untrusted senders, and requests made
 * from a valid one by a wrong type, a missing or extra key, a prototype key, a huge value, or a path
 * (`../../etc/passwd`, absolute, Windows, NUL bytes) in a string field. The contract's own schema is the
 * oracle of which requests are valid. The property: no refused request reaches a handler; every refusal is
 * the dispatcher's envelope with its own code; a valid request reaches exactly its handler, once; and no
 * file appears or changes outside userData, whatever the request carried.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  MAX_QUOTED_CHARS,
  createDispatcher,
  type Dispatcher,
  type Handlers,
  type SenderInfo,
} from '@main/ipc/dispatch';
import { createHandlers, type DialogPort } from '@main/ipc/handlers';
import { isTrustedSender } from '@main/security';
import { createBackupStore } from '@main/services/backup/backup-store';
import { createFileTickets } from '@main/services/file-tickets';
import { createBackup, serializeBackup } from '@shared/domain/backup';
import { packBackup } from '@shared/domain/backup-content';
import { MAX_BACKUP_BYTES } from '@shared/domain/backup-content';
import { defaultSettings } from '@shared/domain/app-settings';
import { EMPTY_REMINDER_CONTEXT } from '@shared/domain/reminders';
import {
  CHANNELS,
  MAX_TEXT_EXPORT_CHARS,
  contract,
  type Channel,
  type IpcErrorInfo,
} from '@shared/ipc/contract';
import { emptyTableData } from '@shared/types/entities';
import { createTestDesktop, type TestDesktop } from '../fixtures/fake-desktop';
import {
  Failures,
  PROTOTYPE_KEYS,
  caseCount,
  caseIndexes,
  excerpt,
  randomFor,
  report,
  setOwn,
  type Random,
  suiteTimeout,
} from './support';

const FILE = 'tests/reliability/ipc.test.ts';
const MALFORMED_REQUESTS = 10_000;
/** Every name a hostile request uses for a file carries this, so a file it made anywhere is found. */
const MARK = 'gl-rel-evil';

const APP: SenderInfo = { url: 'app://growth-ledger/index.html', isMainFrame: true };
const UNTRUSTED: readonly SenderInfo[] = [
  { url: 'app://growth-ledger/index.html', isMainFrame: false },
  { url: 'https://evil.example/', isMainFrame: true },
  { url: 'http://127.0.0.1:5173/', isMainFrame: true },
  { url: 'file:///tmp/index.html', isMainFrame: true },
  { url: '', isMainFrame: true },
  { url: 'app://growth-ledger.evil.example/', isMainFrame: true },
  { url: 'app://evil/', isMainFrame: true },
  { url: 'data:text/html,<script>1</script>', isMainFrame: true },
  { url: 'javascript:alert(1)', isMainFrame: true },
  { url: 'devtools://devtools/bundled/inspector.html', isMainFrame: true },
  { url: 'about:blank', isMainFrame: true },
  { url: 'not a url', isMainFrame: true },
];

const TRAVERSALS = [
  `../../${MARK}.json`,
  `../../../../../../etc/passwd`,
  `..\\..\\${MARK}.json`,
  `/tmp/${MARK}.json`,
  `/etc/passwd`,
  `C:\\Windows\\System32\\${MARK}.json`,
  `\\\\server\\share\\${MARK}.json`,
  `${MARK}.json\u0000.md`,
  `\u0000`,
  `backups/../../${MARK}.json`,
  `./${MARK}.json`,
  `~/${MARK}.json`,
  `file:///tmp/${MARK}.json`,
  `%2e%2e%2f${MARK}.json`,
  `..%c0%af${MARK}.json`,
  `${MARK}.json/`,
  `${MARK}.md`,
  `${MARK}.growthledger`,
  `manual-2026-11-28T12-00-00-000.json/../../${MARK}.json`,
];

let bigText: string | null = null;
let bigBytes: Uint8Array | null = null;
const HOSTILE: () => readonly unknown[] = () => [
  null,
  undefined,
  0,
  -1,
  1.5,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  '',
  'x',
  true,
  [],
  {},
  [1, 2],
  { a: 1 },
  10n,
  new Date(0),
  new Map([['a', 1]]),
  new Set([1]),
  /x/,
  new Error('x'),
  new ArrayBuffer(32),
  new Uint16Array(32),
  new Uint8ClampedArray(32),
  new Int8Array(32),
  new Uint8Array(0),
  new Uint8Array(17),
];

interface Made {
  label: string;
  channel: unknown;
  request: unknown;
  sender: SenderInfo;
  /** The generator knows this case must be refused (the schema is then checked to agree). */
  mustRefuse?: IpcErrorInfo['code'];
}

/** Paths to every leaf of a plain request (objects and arrays walked, everything else a leaf). */
function leaves(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (value instanceof Uint8Array || value === null || typeof value !== 'object') return [path];
  const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  if (keys.length === 0) return [path];
  return keys.flatMap((key) => leaves((value as Record<string | number, unknown>)[key], [...path, key]));
}

function setAt(root: unknown, path: (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  let node = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  setOwn(node, String(path.at(-1)), value);
  return root;
}

/** A copy of a request: plain objects and arrays copied, bytes and other values shared. */
function copy(value: unknown): unknown {
  if (value instanceof Uint8Array || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(copy);
  const out = {};
  for (const [key, child] of Object.entries(value)) setOwn(out, key, copy(child));
  return out;
}

describe('malformed IPC requests through the real dispatcher', () => {
  let sandbox: string;
  let userData: string;
  let desktop: TestDesktop;
  let dispatch: Dispatcher;
  const calls = new Map<string, number>();
  const loggedErrors: string[] = [];
  const templates = new Map<Channel, () => unknown>();
  let outside: () => string;
  let saveCounter = 0;

  beforeAll(async () => {
    // userData inside a sandbox of its own, beside decoy files a traversal would reach first.
    sandbox = await mkdtemp(join(tmpdir(), 'gl-reliability-ipc-'));
    userData = join(sandbox, 'home', 'user', 'userData');
    await mkdir(userData, { recursive: true });
    await mkdir(join(sandbox, 'etc'), { recursive: true });
    await writeFile(join(sandbox, 'etc', 'passwd'), 'root:x:0:0\n');
    await writeFile(join(sandbox, 'home', 'user', 'notes.json'), '{"mine":true}\n');

    const dialog: DialogPort = {
      // The user picks where an export goes: always inside userData/scratch here.
      showSaveDialog: async () => ({
        canceled: false,
        filePath: join(userData, 'scratch', `export-${saveCounter++}.out`),
      }),
      showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
    };
    desktop = createTestDesktop({ userData });
    await desktop.desktop.start();
    const handlers = createHandlers({
      appVersion: '0.1.0',
      platform: 'linux',
      backups: createBackupStore({ dir: join(userData, 'backups') }),
      dialog,
      shell: { openPath: async () => '' },
      now: () => new Date(2026, 10, 28, 12, 0),
      desktop: desktop.desktop,
      tickets: createFileTickets(),
      print: { toPdf: async () => new TextEncoder().encode('%PDF-1.7') },
    });
    // Every handler counted: the dispatcher looks its handler up when a request comes.
    for (const channel of CHANNELS) {
      const real = handlers[channel] as (request: unknown) => Promise<unknown>;
      (handlers as Record<string, (request: unknown) => Promise<unknown>>)[channel] = (request) => {
        calls.set(channel, (calls.get(channel) ?? 0) + 1);
        return real(request);
      };
    }
    dispatch = createDispatcher({
      handlers,
      isTrustedSender,
      logError: (message) => loggedErrors.push(message),
    });

    const tables = emptyTableData();
    tables.settings.push({ key: 'reliability', value: 1 });
    const packed = await packBackup(
      serializeBackup(
        await createBackup(tables, { appVersion: '0.1.0', createdAt: '2026-11-28T10:00:00.000Z' }),
      ),
    );
    const valid: { [C in Channel]: () => unknown } = {
      'app:info': () => ({}),
      'app:takePendingCommands': () => ({}),
      'app:draftsSaved': () => ({}),
      'settings:get': () => ({}),
      'settings:update': () => defaultSettings(),
      'reminders:setContext': () => ({
        ...EMPTY_REMINDER_CONTEXT,
        openRetros: [{ id: 'r1', project: 'Payments', endDate: '2026-11-20' }],
      }),
      'reminders:test': () => ({}),
      'reminders:setTimeZone': () => ({ timeZone: 'Europe/Berlin' }),
      'backup:openPending': () => ({}),
      'backup:save': () => ({ packed, kind: 'manual' }),
      'backup:list': () => ({}),
      'backup:read': () => ({ fileName: 'manual-2026-11-28T12-00-00-000.json' }),
      'backup:export': () => ({ packed, suggestedName: 'growth-ledger-export.growthledger' }),
      'backup:import': () => ({}),
      'backup:revealFolder': () => ({}),
      'export:savePdf': () => ({
        title: 'Save the promotion packet as PDF',
        suggestedName: 'packet.pdf',
        header: 'Ada · 2 July 2026',
      }),
      'export:saveText': () => ({
        kind: 'markdown',
        title: 'Export brag document',
        suggestedName: 'brag.md',
        text: '# Brag\n',
      }),
      // Deletes main's own files in userData (and, with includeBackups, the backups folder) and nothing else.
      'data:deleteAll': () => ({ includeBackups: false }),
      'calendar:open': () => ({}),
    };
    for (const channel of CHANNELS) templates.set(channel, valid[channel]);

    // Everything in the sandbox outside userData, and anything carrying the mark where a path could land.
    outside = () => {
      const lines: string[] = [];
      const walk = (dir: string) => {
        for (const name of readdirSync(dir).sort()) {
          const path = join(dir, name);
          if (path === userData) continue;
          const info = statSync(path);
          if (info.isDirectory()) walk(path);
          else
            lines.push(
              `${relative(sandbox, path)} ${info.size} ${info.mtimeMs} ${createHash('sha256').update(readFileSync(path)).digest('hex')}`,
            );
        }
      };
      walk(sandbox);
      for (const dir of [tmpdir(), process.cwd(), '/etc', join(userData, '..')])
        if (existsSync(dir))
          for (const name of readdirSync(dir)) if (name.includes(MARK)) lines.push(`${dir}${sep}${name}`);
      return lines.join('\n');
    };
  });

  afterAll(async () => {
    await desktop.desktop.stop();
    await rm(sandbox, { recursive: true, force: true });
  });

  function generate(rng: Random): Made {
    const channel = rng.pick(CHANNELS);
    const template = templates.get(channel)!;
    const kind = rng.weighted([
      [4, 'valid'],
      [6, 'untrusted sender'],
      [8, 'unknown channel'],
      [10, 'not an object'],
      [18, 'hostile leaf'],
      [16, 'path in a string field'],
      [8, 'missing key'],
      [10, 'extra key'],
      [8, 'prototype key'],
      [3, 'huge payload'],
    ] as const);
    switch (kind) {
      case 'valid':
        return { label: kind, channel, request: template(), sender: APP };
      case 'untrusted sender':
        return {
          label: kind,
          channel,
          request: template(),
          sender: rng.pick(UNTRUSTED),
          mustRefuse: 'forbidden-sender',
        };
      case 'unknown channel': {
        const name = rng.pick<unknown>([
          ...PROTOTYPE_KEYS,
          'prototype',
          'backup:Save',
          'backup:save ',
          ' backup:save',
          'BACKUP:SAVE',
          'backup:delete',
          'fs:writeFile',
          'shell:openExternal',
          'app:info\u0000',
          `${channel}/../app:info`,
          '',
          42,
          null,
          undefined,
          {},
          [channel],
          Symbol('app:info'),
          'x'.repeat(rng.int(1_000, 1_000_000)),
        ]);
        return {
          label: `${kind} ${typeof name === 'string' ? JSON.stringify(name.slice(0, 40)) : typeof name}`,
          channel: name,
          request: template(),
          sender: APP,
          mustRefuse: 'unknown-channel',
        };
      }
      case 'not an object': {
        const request = rng.pick(HOSTILE());
        return { label: `${kind}: ${show(request)}`, channel, request, sender: APP };
      }
      case 'hostile leaf': {
        const request = copy(template());
        const paths = leaves(request).filter((path) => path.length > 0);
        if (paths.length === 0)
          return {
            label: `${kind} (no leaf)`,
            channel,
            request: { [rng.pick(['a', 'path', 'fileName'])]: rng.pick(HOSTILE()) },
            sender: APP,
            mustRefuse: 'invalid-request',
          };
        const path = rng.pick(paths);
        const value = rng.pick(HOSTILE());
        return {
          label: `${kind} ${path.join('.')} = ${show(value)}`,
          channel,
          request: setAt(request, path, value),
          sender: APP,
        };
      }
      case 'path in a string field': {
        const request = copy(template());
        const paths = leaves(request).filter(
          (path) =>
            path.length > 0 &&
            typeof path.reduce<unknown>(
              (node, key) => (node as Record<string | number, unknown>)[key],
              request,
            ) === 'string',
        );
        const traversal = rng.pick(TRAVERSALS);
        if (paths.length === 0)
          return {
            label: `${kind} (no string field) as fileName`,
            channel,
            request: { fileName: traversal },
            sender: APP,
            mustRefuse: 'invalid-request',
          };
        const path = rng.pick(paths);
        // A file's name may not be a path; free text (an export's title or content) may hold anything.
        const nameField =
          /fileName|suggestedName/.test(String(path.at(-1))) && /[/\\%~]|^\.|\0/.test(traversal);
        return {
          label: `${kind} ${path.join('.')} = ${JSON.stringify(traversal)}`,
          channel,
          request: setAt(request, path, traversal),
          sender: APP,
          ...(nameField ? { mustRefuse: 'invalid-request' as const } : {}),
        };
      }
      case 'missing key': {
        const request = copy(template()) as Record<string, unknown>;
        const keys = Object.keys(request);
        if (keys.length === 0) return { label: `${kind} (none to miss)`, channel, request, sender: APP };
        const key = rng.pick(keys);
        Reflect.deleteProperty(request, key);
        return { label: `${kind} ${key}`, channel, request, sender: APP, mustRefuse: 'invalid-request' };
      }
      case 'extra key': {
        const request = copy(template()) as Record<string, unknown>;
        const key = rng.pick(['path', 'filePath', 'dir', 'extra', 'cwd', 'k'.repeat(rng.int(1, 100_000))]);
        setOwn(request, key, rng.pick([`/tmp/${MARK}.json`, 1, true, {}]));
        return {
          label: `${kind} ${key.slice(0, 20)}`,
          channel,
          request,
          sender: APP,
          mustRefuse: 'invalid-request',
        };
      }
      case 'prototype key': {
        // As the structured clone of an IPC message would deliver it: an own property, even `__proto__`.
        const request = copy(template());
        const objects = leaves(request)
          .map((path) => path.slice(0, -1))
          .filter((path, i, all) => all.findIndex((p) => p.join('.') === path.join('.')) === i);
        const where = rng.pick(objects);
        const target = where.reduce<unknown>(
          (node, key) => (node as Record<string | number, unknown>)[key],
          request,
        );
        const key = rng.pick(PROTOTYPE_KEYS);
        if (
          target === null ||
          typeof target !== 'object' ||
          Array.isArray(target) ||
          target instanceof Uint8Array
        )
          return {
            label: `${kind} (no object)`,
            channel,
            request: JSON.parse(`{"${key}":{"fileName":"../../${MARK}.json"}}`) as unknown,
            sender: APP,
          };
        setOwn(target, key, rng.pick([{ polluted: true }, `/tmp/${MARK}.json`, null, 1]));
        return {
          label: `${kind} ${[...where, key].join('.')}`,
          channel,
          request,
          sender: APP,
          mustRefuse: 'invalid-request',
        };
      }
      case 'huge payload': {
        const request = copy(template()) as Record<string, unknown>;
        const which = rng.pick(['text', 'bytes', 'list', 'key'] as const);
        if (which === 'text') {
          bigText ??= 'x'.repeat(MAX_TEXT_EXPORT_CHARS + 1);
          return {
            label: `${kind}: ${bigText.length} characters`,
            channel: 'export:saveText',
            request: { ...(templates.get('export:saveText')!() as object), text: bigText },
            sender: APP,
            mustRefuse: 'invalid-request',
          };
        }
        if (which === 'bytes') {
          bigBytes ??= new Uint8Array(MAX_BACKUP_BYTES + 1);
          return {
            label: `${kind}: ${bigBytes.byteLength} bytes`,
            channel: rng.pick(['backup:save', 'backup:export']),
            request: { packed: bigBytes, kind: 'manual', suggestedName: 'x.json' },
            sender: APP,
            mustRefuse: 'invalid-request',
          };
        }
        if (which === 'list') {
          const context = {
            ...EMPTY_REMINDER_CONTEXT,
            reflectedWeeks: Array.from({ length: rng.int(61, 200_000) }, () => '2026-01-05'),
          };
          return {
            label: `${kind}: ${context.reflectedWeeks.length} weeks`,
            channel: 'reminders:setContext',
            request: context,
            sender: APP,
            mustRefuse: 'invalid-request',
          };
        }
        setOwn(request, 'k'.repeat(rng.int(100_000, 2_000_000)), 1);
        return { label: `${kind}: a huge key`, channel, request, sender: APP, mustRefuse: 'invalid-request' };
      }
    }
  }

  it(
    `no malformed request reaches a handler, each is refused with the dispatcher's error, and nothing outside userData changes (${MALFORMED_REQUESTS}+ requests)`,
    async () => {
      const count = caseCount(MALFORMED_REQUESTS);
      const failures = new Failures(FILE);
      const outsideBefore = outside();
      const byCode = new Map<string, number>();
      let valid = 0;
      let reachedInvalid = 0;

      for (const index of caseIndexes(count)) {
        const rng = randomFor('ipc', index);
        const made = generate(rng);
        const trusted = UNTRUSTED.includes(made.sender) ? false : isTrustedSender(made.sender);
        const known =
          typeof made.channel === 'string' && (CHANNELS as readonly string[]).includes(made.channel);
        const schemaOk =
          known && contract[made.channel as Channel].request.safeParse(made.request ?? {}).success;
        const expected: IpcErrorInfo['code'] | null = !trusted
          ? 'forbidden-sender'
          : !known
            ? 'unknown-channel'
            : !schemaOk
              ? 'invalid-request'
              : null;
        const problems: string[] = [];
        if (made.mustRefuse && expected === null)
          problems.push(`the contract accepts a request that must be refused (${made.mustRefuse})`);

        const callsBefore = [...calls.values()].reduce((a, b) => a + b, 0);
        const mine = known ? (calls.get(made.channel as string) ?? 0) : 0;
        const result = await dispatch(made.channel, made.request, made.sender);
        const reached = [...calls.values()].reduce((a, b) => a + b, 0) - callsBefore;

        if (expected) {
          if (reached > 0) {
            reachedInvalid += 1;
            problems.push(`${reached} handler call(s) for a refused request`);
          }
          if (result.ok) problems.push('answered ok');
          else {
            byCode.set(result.error.code, (byCode.get(result.error.code) ?? 0) + 1);
            if (result.error.code !== expected)
              problems.push(`refused as ${result.error.code}, expected ${expected}`);
            if (
              Object.keys(result).join() !== 'ok,error' ||
              Object.keys(result.error).join() !== 'code,message'
            )
              problems.push(`not the dispatcher's envelope: ${Object.keys(result).join()}`);
            if (typeof result.error.message !== 'string' || result.error.message.length === 0)
              problems.push('no message');
            // A refusal names what was wrong; it never echoes a megabyte of what was sent.
            else if (result.error.message.length > 500)
              problems.push(
                `a ${result.error.message.length}-character message: ${excerpt(result.error.message, 200)}`,
              );
          }
        } else {
          valid += 1;
          if (reached !== 1 || (calls.get(made.channel as string) ?? 0) !== mine + 1)
            problems.push(`a valid request made ${reached} handler call(s)`);
          if (!result.ok && result.error.code === 'internal')
            problems.push(`a valid request failed inside its handler: ${result.error.message}`);
        }
        if (problems.length > 0)
          failures.add(
            index,
            made.label,
            problems.join('; '),
            `${show(made.channel)} ${describeRequest(made.request)} from ${JSON.stringify(made.sender)}`,
          );
      }
      const outsideAfter = outside();
      expect(outsideAfter, 'files outside userData').toBe(outsideBefore);
      report(
        `${count} IPC requests: ${count - valid} malformed refused (${[...byCode].map(([c, n]) => `${c} ${n}`).join(', ')}), ${reachedInvalid} reached a handler; ${valid} valid ones reached exactly their handler; 0 files changed outside userData`,
      );
      failures.check();
    },
    suiteTimeout(600_000),
  );
});

// Counterexamples the suite found, kept as named cases.
describe('regressions', () => {
  const handlers = new Proxy({} as Handlers, {
    get: () => () => Promise.reject(new Error('no handler may run for a refused request')),
  });
  const dispatchAlone = createDispatcher({ handlers, isTrustedSender, logError: () => undefined });

  // Found by this suite (seed 20261201, cases 4 and 10): the refusal quoted the whole channel name or
  // key, so a request of a megabyte came back (and was logged) as a megabyte-long error message.
  it('a refusal quotes at most a short part of a huge channel name or key', async () => {
    const huge = 'x'.repeat(800_000);
    const unknown = await dispatchAlone(huge, {}, APP);
    const extraKey = await dispatchAlone('app:info', { [huge]: 1 }, APP);
    for (const result of [unknown, extraKey]) {
      expect(result.ok).toBe(false);
      expect(result.ok ? '' : result.error.message.length).toBeLessThanOrEqual(MAX_QUOTED_CHARS + 100);
    }
    expect(unknown).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    expect(extraKey).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(unknown.ok ? '' : unknown.error.message).toMatch(/^Unknown request "x{120}…"\.$/);
  });
});

function show(value: unknown): string {
  if (typeof value === 'string') return excerpt(value, 60);
  if (value instanceof Uint8Array) return `Uint8Array(${value.byteLength})`;
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'symbol') return value.toString();
  if (value === undefined) return 'undefined';
  if (value !== null && typeof value === 'object' && value.constructor !== Object && !Array.isArray(value))
    return value.constructor.name;
  return excerpt(JSON.stringify(value) ?? typeof value, 60);
}

function describeRequest(value: unknown): string {
  try {
    return excerpt(
      JSON.stringify(value, (_key, v: unknown) =>
        v instanceof Uint8Array ? `<${v.byteLength} bytes>` : typeof v === 'bigint' ? `${v}n` : v,
      ) ?? String(value),
      300,
    );
  } catch {
    return show(value);
  }
}
