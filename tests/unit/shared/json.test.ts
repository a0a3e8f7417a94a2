import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonValueProblem, jsonValueSchema, MAX_JSON_DEPTH } from '@shared/types/json';
import { jsonValueArb } from '../support/arbitraries';

describe('stored JSON values', () => {
  it('accepts any JSON value and hands back the very same object (property)', () => {
    fc.assert(
      fc.property(jsonValueArb, (value) => {
        expect(jsonValueProblem(value)).toBeNull();
        expect(jsonValueSchema.parse(value)).toBe(value);
      }),
    );
  });

  it('keeps an own "__proto__" key and leaves the prototype alone', () => {
    const value = JSON.parse('{"__proto__": {"admin": true}, "constructor": 1}') as object;
    const parsed = jsonValueSchema.parse(value);
    expect(Object.keys(parsed as object)).toEqual(['__proto__', 'constructor']);
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
    expect((parsed as { admin?: boolean }).admin).toBeUndefined();
  });

  it.each([
    [Number.NaN, /finite number/],
    [Number.POSITIVE_INFINITY, /finite number/],
    [undefined, /^is missing a value$/],
    [{ a: undefined }, /^is missing a value at a$/],
    [{ a: () => 1 }, /not JSON data at a \(a function\)/],
    [{ when: new Date(0) }, /plain JSON data at when/],
    [[1, , 3], /no gaps/], // eslint-disable-line no-sparse-arrays
    [{ list: [1n] }, /not JSON data at list\[0\] \(a bigint\)/],
  ])('refuses %s with a message that says where', (value, message) => {
    expect(jsonValueProblem(value)).toMatch(message);
    expect(jsonValueSchema.safeParse(value).success).toBe(false);
  });

  it('refuses nesting deeper than the limit without overflowing the stack', () => {
    const deep = JSON.parse(`${'['.repeat(200_000)}${']'.repeat(200_000)}`) as unknown;
    expect(jsonValueProblem(deep)).toMatch(`nested deeper than ${MAX_JSON_DEPTH} levels`);
    const atLimit = JSON.parse(`${'['.repeat(MAX_JSON_DEPTH)}${']'.repeat(MAX_JSON_DEPTH)}`) as unknown;
    expect(jsonValueProblem(atLimit)).toBeNull();
  });
});
