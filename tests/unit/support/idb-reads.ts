/**
 * Which object stores a piece of code reads records from, seen at IndexedDB itself (below Dexie and its
 * cache): every get, getAll and cursor of a store or of one of its indexes, by store name. Counting
 * (`count`) reads no record and is not listed.
 */
import { vi } from 'vitest';

const READS = ['get', 'getAll', 'openCursor'] as const;

export interface RecordedReads {
  /** The store of each read, in order. */
  stores: string[];
  /** Stops recording. */
  stop: () => void;
}

export function recordReads(): RecordedReads {
  const stores: string[] = [];
  const spies = READS.flatMap((method) => {
    // The real methods, called by the spies with the store or index they were called on.
    /* eslint-disable @typescript-eslint/unbound-method -- always applied to a store or an index */
    const onStore = IDBObjectStore.prototype[method] as (...args: unknown[]) => unknown;
    const onIndex = IDBIndex.prototype[method] as (...args: unknown[]) => unknown;
    /* eslint-enable @typescript-eslint/unbound-method */
    return [
      vi.spyOn(IDBObjectStore.prototype, method).mockImplementation(function (
        this: IDBObjectStore,
        ...args: unknown[]
      ) {
        stores.push(this.name);
        return onStore.apply(this, args) as never;
      }),
      vi.spyOn(IDBIndex.prototype, method).mockImplementation(function (this: IDBIndex, ...args: unknown[]) {
        stores.push(this.objectStore.name);
        return onIndex.apply(this, args) as never;
      }),
    ];
  });
  return { stores, stop: () => spies.forEach((spy) => spy.mockRestore()) };
}
