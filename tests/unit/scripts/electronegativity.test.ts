/**
 * The Electronegativity step of `npm test` (scripts/electronegativity.ts): the allow-list logic, and one
 * real scan of TypeScript in a temp folder, so a parser that cannot read our sources would show here.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  allowListSchema,
  judge,
  report,
  scan,
  type AllowEntry,
  type Finding,
} from '@scripts/electronegativity';

const finding = (over: Partial<Finding> = {}): Finding => ({
  check: 'SANDBOX_JS_CHECK',
  file: 'window.ts',
  line: 43,
  source: 'const win = new BrowserWindow({',
  ...over,
});
const entry = (over: Partial<AllowEntry> = {}): AllowEntry => ({
  check: 'SANDBOX_JS_CHECK',
  file: 'window.ts',
  source: 'const win = new BrowserWindow({',
  reason: 'The preferences come from secureWebPreferences(), which sets sandbox: true.',
  ...over,
});

describe('the allow-list', () => {
  it('allows a listed finding wherever its line moved', () => {
    expect(judge([finding({ line: 80 })], [entry()])).toEqual({ unexpected: [], stale: [], allowed: 1 });
  });

  it('fails a new finding: another check, another file or a changed line', () => {
    const fresh = [
      finding({ check: 'NODE_INTEGRATION_JS_CHECK' }),
      finding({ file: 'menu.ts' }),
      finding({ source: 'const other = new BrowserWindow({' }),
    ];
    const verdict = judge([finding(), ...fresh], [entry()]);
    expect(verdict.unexpected).toEqual(fresh);
    expect(verdict.allowed).toBe(1);
    expect(report(verdict, [], 'electron/electronegativity-allow.json')).toEqual([
      '✗ NODE_INTEGRATION_JS_CHECK at window.ts:43: const win = new BrowserWindow({',
      '✗ SANDBOX_JS_CHECK at menu.ts:43: const win = new BrowserWindow({',
      '✗ SANDBOX_JS_CHECK at window.ts:43: const other = new BrowserWindow({',
      '  Fix each new finding, or, if it is a false positive, add it to electron/electronegativity-allow.json with its reason.',
    ]);
  });

  it('fails an entry that no longer matches anything, and a file that could not be parsed', () => {
    const verdict = judge([], [entry()]);
    expect(verdict.stale).toEqual([entry()]);
    expect(report(verdict, ['broken.ts: Unexpected token'], 'allow.json')).toEqual([
      '✗ could not parse broken.ts: Unexpected token: fix the scan before trusting it',
      '✗ allowed but no longer found: SANDBOX_JS_CHECK in window.ts (const win = new BrowserWindow({); remove it from the list',
    ]);
  });

  it('wants a reason for every entry', () => {
    expect(allowListSchema.safeParse({ allowed: [entry()] }).success).toBe(true);
    expect(allowListSchema.safeParse({ allowed: [entry({ reason: '' })] }).success).toBe(false);
    expect(allowListSchema.safeParse({ allowed: [{ check: 'X', file: 'a.ts', source: '' }] }).success).toBe(
      false,
    );
  });
});

describe('a real scan', () => {
  let dir: string | null = null;
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
    dir = null;
  });

  it('reads TypeScript and finds an insecure window', async () => {
    dir = await mkdtemp(join(tmpdir(), 'gl-electronegativity-'));
    await writeFile(
      join(dir, 'window.ts'),
      [
        "import { BrowserWindow } from 'electron';",
        'type Size = { width: number };',
        'const size = { width: 800 } satisfies Size;',
        'export function open(path?: string): BrowserWindow {',
        '  return new BrowserWindow({ ...size, webPreferences: { nodeIntegration: true, preload: path ?? "" } });',
        '}',
        '',
      ].join('\n'),
    );
    const { findings, errors } = await scan(resolve(import.meta.dirname, '../../..'), dir);
    expect(errors).toEqual([]);
    expect(findings.map((f) => f.check)).toContain('NODE_INTEGRATION_JS_CHECK');
    expect(findings.find((f) => f.check === 'NODE_INTEGRATION_JS_CHECK')).toMatchObject({
      file: 'window.ts',
      line: 5,
    });
  });
});
