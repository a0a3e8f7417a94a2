// Runs before the app's own scripts are even fetched. A cold start waits for the browser to open this
// app's IndexedDB files (tens of milliseconds with five years of data; over 100 ms after a large write,
// which the browser replays from its log), and the first screen waits for it. Listing the databases makes
// the browser open those files now, while the app's code loads; the app's own open (renderer/src/db/db.ts)
// then finds them open.
if (self.indexedDB && typeof indexedDB.databases === 'function') {
  indexedDB.databases().catch(function () {
    // Nothing to do here: the app's own open reports any problem with the database.
  });
}
