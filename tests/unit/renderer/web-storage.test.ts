/** The guarded access to the page's storage (platform/web-storage.ts). */
import { afterEach, describe, expect, it } from 'vitest';
import { webStorage } from '@renderer/platform/web-storage';

const original = Object.getOwnPropertyDescriptor(globalThis, 'sessionStorage');
afterEach(() => {
  if (original) Object.defineProperty(globalThis, 'sessionStorage', original);
  else delete (globalThis as { sessionStorage?: Storage }).sessionStorage;
});

describe('webStorage', () => {
  it('is the storage where there is one', () => {
    const storage = { getItem: () => null } as unknown as Storage;
    Object.defineProperty(globalThis, 'sessionStorage', { value: storage, configurable: true });
    expect(webStorage('sessionStorage')).toBe(storage);
  });

  it('is null where there is none, or where touching it throws (storage disabled)', () => {
    Object.defineProperty(globalThis, 'sessionStorage', { value: undefined, configurable: true });
    expect(webStorage('sessionStorage')).toBeNull();
    Object.defineProperty(globalThis, 'sessionStorage', {
      get: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      configurable: true,
    });
    expect(webStorage('sessionStorage')).toBeNull();
  });
});
