/**
 * `npm test`'s security scan of the main process: runs Electronegativity (Doyensec's checks for Electron
 * misconfigurations) on electron/ and fails on any finding that electron/electronegativity-allow.json
 * does not list with its reason, on any source file it could not parse, and on an allow-list entry that no
 * longer matches (so the list never hides a finding that moved or went away).
 *
 * A finding is matched by check, file and the text of its source line (trimmed), not by line number, so
 * unrelated edits above it do not break the list, while a changed line asks for a fresh look.
 *
 * Offline by design: the check that downloads Electron's release list is excluded (the Electron version
 * is pinned in package.json and updated through npm), and the tool's start-up download of translations is
 * replaced by its bundled English texts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire, Module } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';

export interface Finding {
  check: string;
  /** Relative to the scanned folder, with forward slashes. */
  file: string;
  line: number;
  /** The finding's source line, trimmed: what the allow-list matches on. */
  source: string;
}

const allowEntrySchema = z.strictObject({
  check: z.string().min(1),
  file: z.string().min(1),
  source: z.string(),
  reason: z.string().min(20, 'give the reason in a sentence'),
});
export type AllowEntry = z.infer<typeof allowEntrySchema>;
export const allowListSchema = z.strictObject({
  $comment: z.string().optional(),
  allowed: z.array(allowEntrySchema),
});

export interface Verdict {
  /** Findings no entry allows: each one fails the scan. */
  unexpected: Finding[];
  /** Entries that match no finding: fail too, so the list stays true. */
  stale: AllowEntry[];
  allowed: number;
}

const matches = (entry: AllowEntry, finding: Finding) =>
  entry.check === finding.check && entry.file === finding.file && entry.source === finding.source;

/** Pure: which findings the allow-list explains, and which entries explain nothing. */
export function judge(findings: readonly Finding[], allowList: readonly AllowEntry[]): Verdict {
  const unexpected = findings.filter((finding) => !allowList.some((entry) => matches(entry, finding)));
  const stale = allowList.filter((entry) => !findings.some((finding) => matches(entry, finding)));
  return { unexpected, stale, allowed: findings.length - unexpected.length };
}

export function report(verdict: Verdict, parseErrors: readonly string[], allowListPath: string): string[] {
  const lines: string[] = [];
  for (const error of parseErrors) lines.push(`✗ could not parse ${error}: fix the scan before trusting it`);
  for (const f of verdict.unexpected) {
    lines.push(`✗ ${f.check} at ${f.file}:${f.line}: ${f.source}`);
  }
  for (const e of verdict.stale) {
    lines.push(
      `✗ allowed but no longer found: ${e.check} in ${e.file} (${e.source}); remove it from the list`,
    );
  }
  if (verdict.unexpected.length > 0) {
    lines.push(
      `  Fix each new finding, or, if it is a false positive, add it to ${allowListPath} with its reason.`,
    );
  }
  return lines;
}

interface Issue {
  id: string;
  file: string;
  location: { line: number; column: number };
}

/** Electronegativity's i18n loader fetches translations on every run: use the bundled English ones. */
function offlineTranslations(require: NodeJS.Require) {
  const path = require.resolve('@doyensec/electronegativity/dist/locales/i18n.js');
  const i18n = require('i18n') as {
    configure(options: object): void;
    setLocale(locale: string): void;
  };
  const replacement = new Module(path);
  replacement.filename = path;
  replacement.loaded = true;
  replacement.exports = {
    __esModule: true,
    default: async () => {
      i18n.configure({
        locales: ['en-US'],
        defaultLocale: 'en-US',
        directory: dirname(path),
        updateFiles: false,
        objectNotation: true,
        register: globalThis,
      });
      i18n.setLocale('en-US');
    },
  };
  require.cache[path] = replacement;
}

export async function scan(root: string, input: string): Promise<{ findings: Finding[]; errors: string[] }> {
  const require = createRequire(join(root, 'package.json'));
  offlineTranslations(require);
  // The runner (its package's main) is the function itself (`module.exports = run`).
  const run = require('@doyensec/electronegativity') as (options: object) => Promise<unknown>;
  const electron = (require('electron/package.json') as { version: string }).version;
  const result = (await run({
    input,
    isRelative: true,
    isVerbose: false,
    customScan: [],
    // Downloads Electron's release list; the version is pinned in package.json and kept current there.
    excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
    electronVersionOverride: electron,
    parserPlugins: [],
  })) as { issues: Issue[]; errors: { file: string; message: string }[] };
  const findings = result.issues.map((issue) => {
    const file = issue.file.replaceAll('\\', '/');
    // Global checks report about the whole app, with no file ("N/A"): matched on check and file alone.
    const text = existsSync(join(input, file))
      ? (readFileSync(join(input, file), 'utf8').split('\n')[issue.location.line - 1] ?? '')
      : '';
    return { check: issue.id, file, line: issue.location.line, source: text.trim() };
  });
  return { findings, errors: result.errors.map((error) => `${error.file}: ${error.message}`) };
}

async function main() {
  const root = resolve(import.meta.dirname, '..');
  const input = join(root, 'electron');
  const allowListPath = 'electron/electronegativity-allow.json';
  const allowList = allowListSchema.parse(JSON.parse(readFileSync(join(root, allowListPath), 'utf8')));
  const { findings, errors } = await scan(root, input);
  const verdict = judge(findings, allowList.allowed);
  const problems = report(verdict, errors, allowListPath);
  console.log(
    `Electronegativity on electron/: ${findings.length} findings, ${verdict.allowed} allowed in ${allowListPath}, ${verdict.unexpected.length} new, ${verdict.stale.length} stale, ${errors.length} parse errors.`,
  );
  for (const line of problems) console.error(line);
  process.exitCode = problems.length > 0 ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
