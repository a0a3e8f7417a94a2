/**
 * The page opens its IndexedDB storage before its own modules load (issue 13: after years of use the
 * browser needs a few hundred milliseconds to open those files, and the first screen waits for them).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it, vi } from 'vitest';

const RENDERER = join(import.meta.dirname, '../../../renderer');
const html = readFileSync(join(RENDERER, 'index.html'), 'utf8');
const script = readFileSync(join(RENDERER, 'public/open-storage.js'), 'utf8');

describe('open-storage.js', () => {
  it('is a plain script in the head, before the app’s module entry', () => {
    const head = html.slice(0, html.indexOf('</head>'));
    const tag = /<script src="\.\/open-storage\.js"><\/script>/.exec(head);
    expect(tag).not.toBeNull();
    // Not a module and not deferred: it runs as soon as the parser reaches it.
    expect(tag?.[0]).not.toMatch(/type="module"|defer|async/);
    expect(html.indexOf('open-storage.js')).toBeLessThan(html.indexOf('type="module"'));
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

  it('does nothing where IndexedDB or its list of databases is missing', () => {
    expect(() => {
      runInNewContext(script, { self: {} });
    }).not.toThrow();
    expect(() => {
      runInNewContext(script, { self: { indexedDB: {} }, indexedDB: {} });
    }).not.toThrow();
  });
});
