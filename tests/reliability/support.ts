/**
 * What the reliability suite (issue 14, "the proofs") shares: how many cases a run makes, a seeded random
 * source per case, how a failure is reported so it can be replayed, and what counts as one of the app's
 * own messages.
 *
 * Counts and seeds reuse the property tests' settings (tests/unit/support/property-settings.ts): in
 * `npm test` the seed is fixed and every count is the base count; `npm run fuzz` (vitest `--mode explore`,
 * this project only) picks a random seed and multiplies every count by ten. Every case draws from its own
 * generator, seeded from the run's seed and the case's index, so one case replays alone:
 * `FC_SEED=<seed> RELIABILITY_CASE=<index> npm run fuzz -- <file>` (or `npm run test:unit` for the fixed seed).
 */
import { inject } from 'vitest';

export const settings = () => inject('property');

/** `base` cases in `npm test`, ten times as many in `npm run fuzz`. */
export function caseCount(base: number): number {
  return base * settings().runsFactor;
}

/**
 * The time limit of a suite of thousands of cases: generous, since the 2-core machines are shared (one
 * run took four times as long under load as on a quiet machine); a limit, not an assertion of speed.
 */
export function suiteTimeout(baseMs: number): number {
  return baseMs * settings().runsFactor;
}

/** The one case to run when replaying (RELIABILITY_CASE=<index>), or null to run them all. */
export function onlyCase(): number | null {
  const given = process.env.RELIABILITY_CASE?.trim();
  if (!given) return null;
  const index = Number(given);
  if (!Number.isSafeInteger(index) || index < 0)
    throw new Error(`RELIABILITY_CASE must be a case index, not "${given}".`);
  return index;
}

/** The indexes a suite of `count` cases runs: all of them, or the one being replayed. */
export function caseIndexes(count: number): number[] {
  const only = onlyCase();
  if (only !== null) return only < count ? [only] : [];
  return Array.from({ length: count }, (_, index) => index);
}

export interface Random {
  next(): number;
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
  /** Picks by weight: `[[weight, value], …]`. */
  weighted<T>(items: readonly (readonly [number, T])[]): T;
}

/** mulberry32, seeded from the run's seed, the suite's salt and the case index. */
export function randomFor(suite: string, index: number): Random {
  let state = settings().seed >>> 0;
  for (const char of `${suite}#${index}`) state = Math.imul(state ^ char.charCodeAt(0), 0x9e3779b1) >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    const item = items[Math.floor(next() * items.length)];
    if (item === undefined && items.length === 0) throw new Error('pick from an empty list');
    return item as T;
  };
  return {
    next,
    int,
    pick,
    chance: (p) => next() < p,
    weighted: (items) => {
      const total = items.reduce((sum, [weight]) => sum + weight, 0);
      let at = next() * total;
      for (const [weight, value] of items) {
        at -= weight;
        if (at < 0) return value;
      }
      return items[items.length - 1]![1];
    },
  };
}

/** At most `max` characters of `text`, with its length, for failure messages. */
export function excerpt(text: string, max = 400): string {
  const shown = text.length > max ? `${text.slice(0, max)}… (${text.length} characters)` : text;
  return JSON.stringify(shown);
}

/** How to replay one case, for the failure message. */
export function replay(file: string, index: number): string {
  const { seed, explore } = settings();
  return `replay: FC_SEED=${seed} RELIABILITY_CASE=${index} npm run ${explore ? 'fuzz' : 'test:unit'} -- ${file}`;
}

/**
 * Collects failures instead of stopping at the first, so one run shows every distinct kind: the test then
 * fails with the first few, each with its seed, index and input.
 */
export class Failures {
  readonly list: { kind: string; text: string }[] = [];
  constructor(private readonly file: string) {}
  add(index: number, label: string, problem: string, input: string): void {
    // Cases failing the same way are one kind: the first of each kind is shown.
    const kind = problem
      .replace(/"[^"]*"/g, '"…"')
      .replace(/\d+/g, 'N')
      .slice(0, 100);
    this.list.push({
      kind,
      text: `case ${index} (${label}): ${problem}\n  input: ${input}\n  ${replay(this.file, index)}`,
    });
  }
  /** Throws with the first case of each kind of failure (at most `shown` kinds). */
  check(shown = 10): void {
    if (this.list.length === 0) return;
    const kinds = new Map<string, { first: string; count: number }>();
    for (const { kind, text } of this.list) {
      const seen = kinds.get(kind);
      if (seen) seen.count += 1;
      else kinds.set(kind, { first: text, count: 1 });
    }
    const shownKinds = [...kinds.values()].slice(0, shown).map(({ first, count }) => `[${count}×] ${first}`);
    throw new Error(
      `${this.list.length} case(s) failed in ${kinds.size} way(s) (seed ${settings().seed}):\n${shownKinds.join('\n')}`,
    );
  }
}

/**
 * Words that must never reach the user: the names and texts of raw JavaScript, DOM and IndexedDB errors,
 * and zod's bare fallback. A message naming one of these was not written for the user.
 */
export const RAW_ERROR_TEXT =
  /TypeError|RangeError|ReferenceError|SyntaxError|AbortError|DataError|ConstraintError|QuotaExceededError|InvalidStateError|DataCloneError|UnknownError|DatabaseClosedError|Maximum call stack|Invalid input(?!:)|\bundefined\b|\[object |\bNaN\b|\bat [\w.<>]+ \([^)]*:\d+:\d+\)/;

/** What the user can do next, in the app's words (imperatives its messages use). */
export const NEXT_STEP =
  /\b(Choose|choose|Update|update the app|Export|export it again|Free|Try|try again|retry|Restore|Pick|Open)\b/;

/** Why `message` is not one of the app's own messages for the user, or null when it is. */
export function messageProblem(message: unknown): string | null {
  if (typeof message !== 'string' || message.trim().length === 0) return 'the message is empty';
  // What the message quotes ("…") is the file's own text, such as an id, which may be any word.
  const raw = RAW_ERROR_TEXT.exec(message.replace(/"[^"]*"/g, '""'));
  if (raw) return `the message shows raw error text ("${raw[0]}")`;
  if (!/[.!?)]$/.test(message.trim())) return 'the message is not a finished sentence';
  return null;
}

/**
 * A text for comparing values structurally: object keys sorted (own keys only, `__proto__` included), -0
 * told apart from 0, and undefined kept apart from a missing key.
 */
export function canonical(value: unknown): string {
  const seen: string[] = [];
  const walk = (item: unknown): void => {
    if (item === undefined) seen.push('~undefined');
    else if (typeof item === 'number') seen.push(Object.is(item, -0) ? '-0' : String(item));
    else if (item === null || typeof item !== 'object') seen.push(JSON.stringify(item));
    else if (Array.isArray(item)) {
      seen.push('[');
      for (const child of item) {
        walk(child);
        seen.push(',');
      }
      seen.push(']');
    } else {
      seen.push('{');
      for (const key of Object.keys(item).sort()) {
        seen.push(JSON.stringify(key), ':');
        walk((item as Record<string, unknown>)[key]);
        seen.push(',');
      }
      seen.push('}');
    }
  };
  walk(value);
  return seen.join('');
}

/** Sets an own property, even one named `__proto__` (plain assignment would change the prototype). */
export function setOwn(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** The keys that collide with Object.prototype's: naive code loses them or turns them into prototypes. */
export const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'] as const;

/** Prints one line of counts for the run (the suite's whole point is these numbers). */
export function report(line: string): void {
  const { seed, runsFactor } = settings();
  console.info(`reliability (seed ${seed}${runsFactor > 1 ? `, ${runsFactor}× counts` : ''}): ${line}`);
}
