/**
 * "Delete all my data" in IndexedDB: every generation of the app's database and every `.ready` marker
 * (generations.ts), whichever one is in use. Databases that are not the app's are left alone.
 */
import type Dexie from 'dexie';
import { isAppDatabase } from './generations';

type Factory = Pick<IDBFactory, 'databases' | 'deleteDatabase'>;

/**
 * Closes `database` (the app's own connection; closed this way it does not reopen by itself) and deletes
 * the app's databases. Returns their names. A deletion that another connection holds up waits for it to
 * close: Dexie closes its connections when asked to (the `versionchange` event).
 */
export async function deleteAppDatabases(
  database: Pick<Dexie, 'close'>,
  factory: Factory = indexedDB,
): Promise<string[]> {
  database.close();
  const names = (await factory.databases())
    .flatMap((info) => (info.name ? [info.name] : []))
    .filter(isAppDatabase);
  await Promise.all(
    names.map(
      (name) =>
        new Promise<void>((done, fail) => {
          const request = factory.deleteDatabase(name);
          request.onsuccess = () => done();
          request.onerror = () =>
            fail(request.error ?? new Error(`The database ${name} could not be deleted.`));
        }),
    ),
  );
  return names;
}
