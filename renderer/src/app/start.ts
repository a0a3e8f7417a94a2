/**
 * The app's first render waits for the start screen's data, but never long: with the data, the first
 * paint is the whole screen; without it (a slow disk, a large upgrade), the shell paints after
 * `waitMs` with the screen's own loading state, as every later screen does.
 */
export function firstRenderReady(
  ready: Promise<unknown> | undefined,
  waitMs: number,
  setTimer: (done: () => void, ms: number) => unknown = setTimeout,
): Promise<void> {
  if (!ready) return Promise.resolve();
  return new Promise((resolve) => {
    setTimer(resolve, waitMs);
    // A failed read is reported by the screen's own query: here it only ends the wait.
    ready.then(
      () => resolve(),
      () => resolve(),
    );
  });
}
