/**
 * What the benchmark installs in every page before any of the page's own scripts: observers of the DOM,
 * of long main-thread tasks and of input events, and a "ready" wait. Everything is read in page time
 * (`performance.now()`, 0 = navigation start), so no round trip to the benchmark's process is measured.
 */

export interface Probes {
  /** page time of the last DOM change */
  lastMutation: number;
  /** page time of the last key pressed */
  lastKey: number;
  longTasks: { start: number; duration: number }[];
  /** Input events slower than 16 ms to the next paint (Event Timing API). */
  slowEvents: { name: string; start: number; duration: number; processing: number }[];
  /**
   * Resolves with the page time at which the screen was ready: `selector` matches, nothing in the
   * page is busy or loading, and the DOM has then been still for `quietMs` (the time returned is that of
   * the last change, not of the end of the quiet wait).
   */
  waitReady(selector: string, since: number, quietMs?: number, timeoutMs?: number): Promise<number>;
  longestTaskSince(since: number, until?: number): number;
}

declare global {
  interface Window {
    __bench: Probes;
  }
}

/** Passed to `addInitScript`: must not use anything from outside its own body. */
export function installProbes() {
  const probes: Probes = {
    lastMutation: 0,
    lastKey: 0,
    longTasks: [],
    slowEvents: [],
    waitReady(selector, since, quietMs = 300, timeoutMs = 60_000) {
      return new Promise((resolve, reject) => {
        let foundAt = 0;
        // The page is looked at again only after it changed: between changes the answers cannot differ,
        // and looking costs main-thread time on a big page (queries over the whole document), which is
        // then mixed into the figures measured meanwhile.
        let seen = -1;
        let found = false;
        let busy = false;
        let loading = false;
        const check = () => {
          const now = performance.now();
          if (probes.lastMutation !== seen) {
            seen = probes.lastMutation;
            // The app's error boundary: no point waiting for a screen that crashed.
            const crashed = [...document.querySelectorAll('[role="alert"]')].find((el) =>
              /ran into a problem/.test(el.textContent ?? ''),
            );
            if (crashed) {
              reject(new Error(`The screen crashed: ${crashed.textContent ?? ''}`));
              return;
            }
            found = document.querySelector(selector) !== null;
            busy = document.querySelector('[aria-busy="true"], .page-loading') !== null;
            loading = /\bLoading\b/.test(document.getElementById('main')?.textContent ?? '');
          }
          if (!found || busy || loading) foundAt = 0;
          else if (!foundAt) foundAt = now;
          const lastChange = Math.max(probes.lastMutation, since);
          if (foundAt && now - lastChange >= quietMs && now - foundAt >= quietMs) {
            // The selector's match is itself a DOM change, so the last change is when the screen settled.
            resolve(lastChange);
          } else if (now - since > timeoutMs) {
            reject(
              new Error(
                `Not ready after ${timeoutMs} ms: ${found ? '' : `no "${selector}"; `}${busy ? 'busy; ' : ''}${
                  loading ? 'loading; ' : ''
                }last DOM change ${Math.round(now - lastChange)} ms ago`,
              ),
            );
          } else setTimeout(check, 20);
        };
        check();
      });
    },
    longestTaskSince(since, until = Infinity) {
      let longest = 0;
      for (const task of probes.longTasks) {
        if (task.start + task.duration >= since && task.start <= until)
          longest = Math.max(longest, task.duration);
      }
      return longest;
    },
  };
  window.__bench = probes;
  document.addEventListener(
    'keydown',
    () => {
      probes.lastKey = performance.now();
    },
    true,
  );
  new MutationObserver(() => {
    probes.lastMutation = performance.now();
  }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  // Long tasks outlive a reload of the tab (the app reloads itself after a restore): carried in
  // window.name, which a reload keeps (no storage access, so no cost at start), with absolute times, and
  // read back in this page's time (so earlier ones are < 0).
  const CARRIED = '__bench.longTasks:';
  if (window.name.startsWith(CARRIED)) {
    const carried = JSON.parse(window.name.slice(CARRIED.length)) as { at: number; duration: number }[];
    window.name = '';
    probes.longTasks = carried.map((task) => ({
      start: task.at - performance.timeOrigin,
      duration: task.duration,
    }));
  }
  addEventListener('pagehide', () => {
    const absolute = probes.longTasks.map((task) => ({
      at: task.start + performance.timeOrigin,
      duration: task.duration,
    }));
    window.name = CARRIED + JSON.stringify(absolute);
  });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      probes.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as PerformanceEventTiming[]) {
      probes.slowEvents.push({
        name: entry.name,
        start: entry.startTime,
        duration: entry.duration,
        processing: entry.processingEnd - entry.processingStart,
      });
    }
  }).observe({ type: 'event', buffered: true, durationThreshold: 16 } as PerformanceObserverInit);
}
