/**
 * The page's head start (issue 13, cold start): before its own modules load, it has the browser open its
 * IndexedDB storage (after years of use that takes tens of milliseconds, and the first screen waits for
 * it), and a worker load the engine's locale data (the first `Intl` call of a page costs 20–40 ms).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it, vi } from 'vitest';

const RENDERER = join(import.meta.dirname, '../../../renderer');
const html = readFileSync(join(RENDERER, 'index.html'), 'utf8');
const script = readFileSync(join(RENDERER, 'public/head-start.js'), 'utf8');
const warmup = readFileSync(join(RENDERER, 'public/locale-warmup.js'), 'utf8');

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

  it('starts the locale worker from the page’s own folder', () => {
    const started: string[] = [];
    // The page's Worker: a constructor, as a plain function (the script calls it with `new`).
    function Worker(url: string) {
      started.push(url);
    }
    runInNewContext(script, { self: { Worker } });
    expect(started).toEqual(['./locale-warmup.js']);
  });

  it('does nothing where IndexedDB, its list of databases or workers are missing, or a worker is refused', () => {
    expect(() => {
      runInNewContext(script, { self: {} });
    }).not.toThrow();
    expect(() => {
      runInNewContext(script, { self: { indexedDB: {} }, indexedDB: {} });
    }).not.toThrow();
    let tried = 0;
    function Refused() {
      tried += 1;
      throw new Error('Refused by the content security policy');
    }
    expect(() => {
      runInNewContext(script, { self: { Worker: Refused } });
    }).not.toThrow();
    expect(tried).toBe(1);
  });
});

describe('locale-warmup.js', () => {
  it('formats in the user’s language and closes itself', () => {
    const close = vi.fn();
    const made: string[] = [];
    // The worker's own Intl, recording which locales it was asked for.
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
    runInNewContext(warmup, { self: { navigator: { language: 'de-DE' }, close }, Intl });
    expect(made).toEqual(['date de-DE', 'number de-DE', 'plural de-DE']);
    expect(close).toHaveBeenCalledTimes(1);
  });

  it('runs with the engine’s real Intl, and closes itself even when formatting fails', () => {
    const close = vi.fn();
    runInNewContext(warmup, { self: { navigator: { language: 'en-GB' }, close }, Intl: globalThis.Intl });
    expect(close).toHaveBeenCalledTimes(1);
    const failing = vi.fn();
    const Intl = {
      DateTimeFormat: function DateTimeFormat() {
        throw new RangeError('Incorrect locale information provided');
      },
    };
    runInNewContext(warmup, { self: { navigator: {}, close: failing }, Intl });
    expect(failing).toHaveBeenCalledTimes(1);
  });
});
