/**
 * The page's localStorage or sessionStorage, or null where there is none: storage disabled (a sandboxed
 * or opaque origin throws on access) or absent (unit tests without a DOM). Each caller decides what to do
 * without it.
 */
export function webStorage(kind: 'localStorage' | 'sessionStorage'): Storage | null {
  try {
    return typeof globalThis[kind] === 'undefined' ? null : globalThis[kind];
  } catch {
    return null;
  }
}
