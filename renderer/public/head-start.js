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

// 2. The locale data. The first use of `Intl` in a new page loads the engine's locale data (20–40 ms of
// the main thread), and the first screen formats dates. Loaded here, in a task of its own once the parser
// has moved on: the module script below is then downloading and compiling on a background thread, and
// the main thread would only be waiting for it. (A worker that formatted once used to do this off the
// main thread. On two cores its start, a thread and an engine of its own, and its formatting took CPU
// from the compile that the first screen waits for: with it, the cold start was 28–36 ms slower, in
// A/B runs of bench:app with 24 cold starts a side at five years of data.)
if (typeof self.Intl === 'object' && typeof self.setTimeout === 'function') {
  self.setTimeout(function () {
    try {
      var language = self.navigator && self.navigator.language;
      var locales = language ? [language] : [];
      new Intl.DateTimeFormat(locales, { day: 'numeric', month: 'short', year: 'numeric' }).format(0);
      new Intl.NumberFormat(locales, { maximumFractionDigits: 1 }).format(1.5);
      new Intl.PluralRules(locales).select(1);
    } catch {
      // Nothing to do here: the app formats without the head start.
    }
  }, 0);
}
