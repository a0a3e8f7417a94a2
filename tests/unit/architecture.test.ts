/**
 * The renderer's module graph has no cycles: each layer imports only layers below it, and the store is
 * composed from slices that never import it back. Read from the source text (imports and re-exports,
 * type-only ones included), with the same aliases as tsconfig.base.json.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const ALIASES: Record<string, string> = {
  '@renderer/': 'renderer/src/',
  '@shared/': 'shared/',
  '@main/': 'electron/',
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

function resolveImport(from: string, spec: string): string | null {
  const alias = Object.keys(ALIASES).find((prefix) => spec.startsWith(prefix));
  const base = alias
    ? join(ROOT, ALIASES[alias]!, spec.slice(alias.length))
    : spec.startsWith('.')
      ? resolve(dirname(from), spec)
      : null;
  if (!base) return null;
  for (const candidate of [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    if (existsSync(candidate)) return candidate;
  }
  return null;
}

const IMPORT =
  /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function graphOf(files: string[]): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const targets: string[] = [];
    for (const match of text.matchAll(IMPORT)) {
      const target = resolveImport(file, match[1] ?? match[2] ?? '');
      if (target) targets.push(target);
    }
    graph.set(file, targets);
  }
  return graph;
}

function findCycles(graph: Map<string, string[]>): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string) => {
    state.set(node, 'visiting');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'visiting') cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of graph.keys()) if (!state.has(node)) visit(node);
  return cycles;
}

describe('architecture', () => {
  it('the renderer and shared code import each other without cycles', () => {
    const files = [...sourceFiles(join(ROOT, 'renderer/src')), ...sourceFiles(join(ROOT, 'shared'))];
    const cycles = findCycles(graphOf(files)).map((cycle) =>
      cycle.map((file) => relative(ROOT, file)).join(' → '),
    );
    expect(cycles).toEqual([]);
  });

  it('finds a cycle when there is one (the check itself works)', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
    ]);
    expect(findCycles(graph)).toEqual([['a', 'b', 'c', 'a']]);
  });

  // Issue 14: a date the records refuse (before 1900, after 2199) must not be offered by any date input.
  it('every date input is bounded to the years a record may hold', () => {
    let dateInputs = 0;
    const unbounded = sourceFiles(join(ROOT, 'renderer/src')).flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      dateInputs += text.split('type="date"').length - 1;
      return [...text.matchAll(/<input\b[\s\S]*?\/>/g)]
        .filter(([input]) => input.includes('type="date"'))
        .filter(([input]) => !input.includes('{...DATE_INPUT_RANGE}') && !/\bmin=[\s\S]*\bmax=/.test(input))
        .map(([input]) => `${relative(ROOT, file)}: ${input.replace(/\s+/g, ' ').slice(0, 80)}`);
    });
    expect(unbounded).toEqual([]);
    expect(dateInputs).toBeGreaterThanOrEqual(9); // the check found the inputs it is about
  });
});
