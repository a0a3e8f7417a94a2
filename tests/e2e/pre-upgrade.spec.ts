/**
 * Issue 14: a backup before every schema upgrade, in the built app. The page's IndexedDB gets a database
 * written at the oldest released schema version (from its fixture, with that version's stores and
 * indexes), and then the app starts on it: it must save a pre-upgrade backup of that data through main's
 * real handler, list it, and show the upgraded data.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DB_NAME } from '@shared/app-identity';
import { CURRENT_SCHEMA_VERSION } from '@shared/domain/backup-migrations';
import { schemaVersions } from '@renderer/db/schema';
import { expect, test } from './harness';
import { AppShell } from './pages/AppShell';

const OLDEST = schemaVersions[0]?.version ?? 1;
const FIXTURE = join(import.meta.dirname, `../fixtures/backups/schema-v${OLDEST}.json`);

test('the first start after an update saves the old data before upgrading it', async ({ page, ledger }) => {
  const fixture = JSON.parse(await readFile(FIXTURE, 'utf8')) as {
    tables: Record<string, unknown[]>;
  };
  // The stores as they were at that version, merged step by step (null deletes a store).
  const merged = new Map<string, string>();
  for (const step of schemaVersions.filter((s) => s.version <= OLDEST)) {
    for (const [name, spec] of Object.entries(step.stores)) {
      if (spec === null || spec === undefined) merged.delete(name);
      else merged.set(name, spec);
    }
  }
  const stores = Object.fromEntries(merged);

  // Any page of the app's origin: its IndexedDB is the app's.
  await page.goto(`${ledger.origin}/open-storage.js`);
  await page.evaluate(
    async ({ name, version, stores, tables }) => {
      // Dexie's schema syntax, as Dexie itself creates it: "primary key, index, &unique, *multi, [a+b]".
      const keyPath = (spec: string) => {
        const bare = spec.replace(/^(\+\+|&|\*)/, '');
        return bare.startsWith('[') ? bare.slice(1, -1).split('+') : bare;
      };
      await new Promise<void>((done, fail) => {
        const request = indexedDB.open(name, version * 10);
        request.onupgradeneeded = () => {
          for (const [store, spec] of Object.entries(stores)) {
            const [primary = '', ...indexes] = spec.split(',').map((part) => part.trim());
            const created = request.result.createObjectStore(store, {
              keyPath: keyPath(primary),
              autoIncrement: primary.startsWith('++'),
            });
            for (const index of indexes) {
              created.createIndex(index.replace(/^[&*]/, ''), keyPath(index), {
                unique: index.startsWith('&'),
                multiEntry: index.startsWith('*'),
              });
            }
          }
        };
        request.onerror = () => fail(request.error ?? new Error('open failed'));
        request.onsuccess = () => {
          const database = request.result;
          const names = Object.keys(stores).filter((store) => tables[store]);
          const tx = database.transaction(names, 'readwrite');
          for (const store of names)
            for (const record of tables[store] ?? []) tx.objectStore(store).add(record);
          tx.oncomplete = () => {
            database.close();
            done();
          };
          tx.onerror = () => fail(tx.error ?? new Error('write failed'));
        };
      });
    },
    { name: DB_NAME, version: OLDEST, stores, tables: fixture.tables },
  );

  // That page is not the app: its own requests (the browser's favicon guess, 404) are not the app's errors.
  ledger.pageErrors.splice(0);

  await ledger.open('/profile');
  // The fixture's data, upgraded and in use.
  await expect(page.getByLabel('Your name')).toHaveValue('Fixture Person');

  const files = (await readdir(ledger.backupsDir)).filter((file) => file.startsWith('pre-upgrade-'));
  expect(files).toHaveLength(1);
  expect(files[0]).toMatch(new RegExp(`^pre-upgrade-v${CURRENT_SCHEMA_VERSION}-\\d{4}-`));
  const saved = JSON.parse(await readFile(join(ledger.backupsDir, files[0] ?? ''), 'utf8')) as {
    schemaVersion: number;
    tables: Record<string, unknown[]>;
  };
  expect(saved.schemaVersion).toBe(OLDEST);
  const count = (tables: Record<string, unknown[]>) =>
    Object.fromEntries(Object.entries(tables).map(([name, rows]) => [name, rows.length]));
  expect(count(saved.tables)).toEqual(count(fixture.tables));

  await new AppShell(page).goTo('Backup & restore');
  await expect(
    page
      .getByRole('table', { name: /Backups on this computer/ })
      .getByText(`Safety copy before the update to data version ${CURRENT_SCHEMA_VERSION}`),
  ).toBeVisible();

  // A second start does not take another copy.
  await ledger.open('/profile');
  expect((await readdir(ledger.backupsDir)).filter((file) => file.startsWith('pre-upgrade-'))).toHaveLength(
    1,
  );
  expect(ledger.pageErrors).toEqual([]);
});
