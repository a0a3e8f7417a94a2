/**
 * JSON values as the app stores them (setting values), checked without being copied.
 *
 * zod's own `z.json()` and `z.record()` rebuild objects by assignment, so an own key named `__proto__`
 * (which `JSON.parse` creates as a plain property) is lost or, worse, changes the copy's prototype. A
 * value the app accepted would then not survive a backup. This check walks the value instead, without
 * recursion (so no nesting can exhaust the stack), and hands back the very object it checked: every own
 * key survives, including `__proto__`, `constructor` and `prototype`, and no prototype changes.
 */
import { z } from 'zod';

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** Deeper values are refused: nothing the app writes comes near, and JSON.stringify recurses. */
export const MAX_JSON_DEPTH = 64;

function isPlainObject(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Why `value` is not a JSON value the app can store and back up, or null when it is one. */
export function jsonValueProblem(value: unknown): string | null {
  const stack: { value: unknown; depth: number; path: string }[] = [{ value, depth: 0, path: '' }];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const where = item.path ? ` at ${item.path}` : '';
    const current = item.value;
    if (current === null || typeof current === 'boolean' || typeof current === 'string') continue;
    if (typeof current === 'number') {
      if (!Number.isFinite(current)) return `expected a finite number${where}`;
      continue;
    }
    if (current === undefined) return `is missing a value${where}`;
    if (typeof current !== 'object')
      return `holds something that is not JSON data${where} (a ${typeof current})`;
    if (item.depth >= MAX_JSON_DEPTH) return `nested deeper than ${MAX_JSON_DEPTH} levels${where}`;
    if (Array.isArray(current)) {
      for (let index = 0; index < current.length; index += 1) {
        if (!Object.hasOwn(current, index)) return `expected no gaps in the list${where}`;
        stack.push({ value: current[index], depth: item.depth + 1, path: `${item.path}[${index}]` });
      }
      continue;
    }
    if (!isPlainObject(current)) return `expected plain JSON data${where}`;
    for (const key of Object.keys(current)) {
      const child = (current as Record<string, unknown>)[key];
      stack.push({ value: child, depth: item.depth + 1, path: item.path ? `${item.path}.${key}` : key });
    }
  }
  return null;
}

/** A stored JSON value, returned as is (never rebuilt). */
export const jsonValueSchema = z.custom<JsonValue>().superRefine((value, context) => {
  const problem = jsonValueProblem(value);
  if (problem) context.addIssue({ code: 'custom', message: problem });
});
