// Runs before the app's own scripts are even fetched, and gives the cold start two head starts on work
// the first screen would otherwise wait for while the app's code downloads and compiles (issue 13).

// 1. The storage. A cold start waits for the browser to open this app's IndexedDB files (tens of
// milliseconds with five years of data; over 100 ms after a large write, which the browser replays from
// its log). Listing the databases makes the browser open those files now; the app's own open
// (renderer/src/db/db.ts) then finds them open.
if (self.indexedDB && typeof indexedDB.databases === 'function') {
  indexedDB.databases().catch(function () {
    // Nothing to do here: the app's own open reports any problem with the database.
  });
}

// 2. The locale data. The first use of `Intl` in a new renderer process loads the engine's locale data
// (20–40 ms of the main thread, before the first date can be formatted). The process shares that data
// between its threads, so a worker that formats once (locale-warmup.js) spares the main thread the wait.
if (typeof self.Worker === 'function') {
  try {
    new self.Worker('./locale-warmup.js');
  } catch {
    // Nothing to do here: the app formats without the head start.
  }
}
