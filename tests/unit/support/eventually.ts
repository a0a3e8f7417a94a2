/**
 * Waits for something the UI does asynchronously (a promise, an IndexedDB request, a React update) by
 * giving the event loop turns, never by watching the clock: a busy machine runs the same turns, only
 * later, so the answer never depends on how loaded the machine is. Testing Library's `waitFor` and
 * `findBy*` poll against a 1-second wall-clock limit instead, which a loaded 2-core machine can miss.
 */
import { act } from '@testing-library/react';

/** One macrotask: every promise and every zero-delay timer queued so far has run, and React has rendered. */
export function nextTurn(): Promise<void> {
  return act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
}

/**
 * Re-checks `check` after each event-loop turn until it passes (or, for an asynchronous check such as a
 * database read, resolves); fails with its error after `turns`.
 */
export async function eventually<T>(check: () => T | Promise<T>, turns = 500): Promise<T> {
  for (let turn = 0; ; turn += 1) {
    try {
      return await check();
    } catch (error) {
      if (turn >= turns) throw error;
    }
    await nextTurn();
  }
}

/**
 * Lets every timer of up to `ms` that is already set fire (a debounce, say), then renders. Node runs
 * timers in the order they fall due, so a timer of `ms` set now cannot fire before one of `ms` set
 * earlier, however loaded the machine is: counting turns instead races the clock.
 */
export function afterTimers(ms: number): Promise<void> {
  return act(() => new Promise<void>((resolve) => setTimeout(resolve, ms)));
}
