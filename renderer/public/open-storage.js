// Runs before the app's own scripts are even fetched. After years of use, the slowest step of a cold
// start is the browser opening this app's IndexedDB files (about 300 ms with five years of data), and
// the first screen waits for it. Listing the databases makes the browser open those files now, while the
// app's code loads; the app's own open (renderer/src/db/db.ts) then finds them open.
if (self.indexedDB && typeof indexedDB.databases === 'function') {
  indexedDB.databases().catch(function () {
    // Nothing to do here: the app's own open reports any problem with the database.
  });
}
