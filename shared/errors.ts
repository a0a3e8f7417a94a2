import type { z } from 'zod';

/** The message of anything thrown, for a sentence shown to the user or written to a log. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** How a JSON type is named to a person reading what is wrong with a file. */
const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a group of fields',
  null: 'empty (null)',
  undefined: 'missing',
  nan: 'not a number',
};

const typeWord = (type: unknown) => TYPE_WORDS[String(type)] ?? String(type);

function sizeText(issue: { origin?: unknown }, limit: unknown, big: boolean): string {
  if (!big && limit === 1 && (issue.origin === 'string' || issue.origin === 'array'))
    return 'should not be empty';
  const bound = `${big ? 'at most' : 'at least'} ${String(limit)}`;
  switch (issue.origin) {
    case 'string':
      return `should be ${bound} characters long`;
    case 'array':
    case 'set':
      return `should hold ${bound} items`;
    default:
      return `should be ${bound}`;
  }
}

/**
 * One zod issue as a plain clause ("date: should be text, not a number"), for messages about a damaged
 * file. zod's own words are kept where the app wrote them (a refine's message, such as "expected a date
 * between 1900 and 2199"), and replaced where they are zod's generic ones ("Invalid input"), which say
 * neither what is wrong nor where (issue 14).
 */
export function describeIssue(issue: z.core.$ZodIssue): string {
  const where = issue.path.length > 0 ? issue.path.map(String).join('.') : 'the record';
  if (issue.code === 'unrecognized_keys') {
    return `${where}: has fields this app does not know (${issue.keys.join(', ')})`;
  }
  const generic = /^(Invalid (input|option|value)|Too (big|small))\b/.test(issue.message);
  if (!generic) return `${where}: ${issue.message}`;
  switch (issue.code) {
    case 'invalid_type': {
      // zod 4 leaves the input out of its issues; its message still names what it received.
      const received = /received (\w+)/.exec(issue.message)?.[1] ?? 'something else';
      if (received === 'undefined') return `${where}: is missing`;
      return `${where}: should be ${typeWord(issue.expected)}, not ${typeWord(received)}`;
    }
    case 'invalid_value':
      return `${where}: should be one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`;
    case 'too_big':
      return `${where}: ${sizeText(issue, issue.maximum, true)}`;
    case 'too_small':
      return `${where}: ${sizeText(issue, issue.minimum, false)}`;
    case 'invalid_union': {
      // A union of fixed values (an audit's 4, 5 or 6 weeks) is named by its values.
      const branches = issue.errors.flat();
      const values = branches.flatMap((branch) => (branch.code === 'invalid_value' ? branch.values : []));
      if (branches.length > 0 && branches.every((branch) => branch.code === 'invalid_value')) {
        return `${where}: should be one of ${values.map((value) => JSON.stringify(value)).join(', ')}`;
      }
      return `${where}: is not one of the values this app accepts here`;
    }
    default:
      return `${where}: holds a value this app cannot use here`;
  }
}
