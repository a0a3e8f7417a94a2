import { format, formatDistanceToNowStrict, parseISO } from 'date-fns';

/**
 * A small memo for a pure formatter: long lists show the same few thousand dates again and again (a
 * search keystroke used to format every date of 5,000 entries anew; issue 13). Bounded so a long session
 * cannot grow it without limit; it simply starts over when full. Throws are not cached.
 */
function memoized(fn: (input: string) => string, max = 4_000): (input: string) => string {
  const cache = new Map<string, string>();
  return (input) => {
    let out = cache.get(input);
    if (out === undefined) {
      out = fn(input);
      if (cache.size >= max) cache.clear();
      cache.set(input, out);
    }
    return out;
  };
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

// Not memoized: an instant's wall-clock reading depends on the time zone, which can change while the app runs.
export function formatDateTime(iso: string): string {
  return format(parseISO(iso), 'd MMM yyyy, HH:mm');
}

// A calendar date reads the same in every time zone, so its text can be kept.
const day = memoized((isoDate) => format(parseISO(isoDate), 'd MMM yyyy'));

export function formatDay(isoDate: string): string {
  return day(isoDate);
}

export function formatAgo(iso: string): string {
  return formatDistanceToNowStrict(parseISO(iso), { addSuffix: true, roundingMethod: 'floor' });
}

/** "1 record", "3 records". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}
