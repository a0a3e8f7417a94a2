/**
 * The page's head start (issue 13, cold start): before its own modules load, it has the browser open its
 * IndexedDB storage (after years of use that takes tens of milliseconds, and the first screen waits for
 * it), and it loads the engine's locale data (the first `Intl` call of a page costs 20–40 ms) while the
 * main thread would only wait for the app's module to compile.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it, vi } from 'vitest';

const RENDERER = join(import.meta.dirname, '../../../renderer');
const html = readFileSync(join(RENDERER, 'index.html'), 'utf8');
const script = readFileSync(join(RENDERER, 'public/head-start.js'), 'utf8');

describe('head-start.js', () => {
  it('is a plain script in the head, before the app’s module entry', () => {
    const head = html.slice(0, html.indexOf('</head>'));
    const tag = /<script src="\.\/head-start\.js"><\/script>/.exec(head);
    expect(tag).not.toBeNull();
    // Not a module and not deferred: it runs as soon as the parser reaches it.
    expect(tag?.[0]).not.toMatch(/type="module"|defer|async/);
    expect(html.indexOf('head-start.js')).toBeLessThan(html.indexOf('type="module"'));
  });

  it('asks for the list of databases once, and a refusal reaches nobody', async () => {
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    try {
      const databases = vi.fn(() => Promise.reject(new Error('storage is unavailable')));
      const indexedDB = { databases };
      runInNewContext(script, { self: { indexedDB }, indexedDB });
      expect(databases).toHaveBeenCalledTimes(1);
      await new Promise((done) => setTimeout(done, 10));
      expect(unhandled).not.toHaveBeenCalled();
    } finally {
      process.off('unhandledRejection', unhandled);
    }
  });

  it('loads the locale data in a task of its own, in the user’s language, after the script has run', () => {
    const made: string[] = [];
    const tasks: { run: () => void; ms: number }[] = [];
    // The page's own Intl, recording which locales it was asked for.
    const Intl = {
      DateTimeFormat: class {
        constructor(locales: string[]) {
          made.push(`date ${locales.join()}`);
        }
        format = () => '';
      },
      NumberFormat: class {
        constructor(locales: string[]) {
          made.push(`number ${locales.join()}`);
        }
        format = () => '';
      },
      PluralRules: class {
        constructor(locales: string[]) {
          made.push(`plural ${locales.join()}`);
        }
        select = () => 'one';
      },
    };
    const setTimeout = (run: () => void, ms: number) => tasks.push({ run, ms });
    runInNewContext(script, {
      self: { navigator: { language: 'de-DE' }, Intl, setTimeout },
      Intl,
      setTimeout,
    });
    // Not while the parser waits for the script: the module's download must start first.
    expect(made).toEqual([]);
    expect(tasks.map((task) => task.ms)).toEqual([0]);
    tasks[0]?.run();
    expect(made).toEqual(['date de-DE', 'number de-DE', 'plural de-DE']);
  });

  it('formats with the engine’s real Intl, and a failure reaches nobody', () => {
    const tasks: (() => void)[] = [];
    const setTimeout = (run: () => void) => tasks.push(run);
    runInNewContext(script, {
      self: { navigator: { language: 'en-GB' }, Intl: globalThis.Intl, setTimeout },
      Intl: globalThis.Intl,
      setTimeout,
    });
    expect(tasks).toHaveLength(1);
    expect(() => tasks[0]?.()).not.toThrow();
    const failing = {
      DateTimeFormat: function DateTimeFormat() {
        throw new RangeError('Incorrect locale information provided');
      },
    };
    tasks.length = 0;
    runInNewContext(script, {
      self: { navigator: {}, Intl: failing, setTimeout },
      Intl: failing,
      setTimeout,
    });
    expect(() => tasks[0]?.()).not.toThrow();
  });

  it('does nothing where IndexedDB, its list of databases, Intl or timers are missing', () => {
    expect(() => {
      runInNewContext(script, { self: {} });
    }).not.toThrow();
    expect(() => {
      runInNewContext(script, { self: { indexedDB: {} }, indexedDB: {} });
    }).not.toThrow();
    expect(() => {
      runInNewContext(script, { self: { Intl: globalThis.Intl } });
    }).not.toThrow();
  });

  it('starts no worker: starting one cost the compile more than it spared the main thread', () => {
    const started: string[] = [];
    // The page's Worker: a constructor, as a plain function (the script would call it with `new`).
    function Worker(url: string) {
      started.push(url);
    }
    const tasks: (() => void)[] = [];
    const setTimeout = (run: () => void) => tasks.push(run);
    const self = { Worker, Intl: globalThis.Intl, setTimeout, navigator: { language: 'en-US' } };
    runInNewContext(script, { self, Worker, Intl: globalThis.Intl, setTimeout });
    for (const task of tasks) task();
    expect(started).toEqual([]);
  });
});
