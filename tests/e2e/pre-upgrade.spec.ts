/**
 * Issue 14: a backup before every schema upgrade, in the built app. The page's IndexedDB gets a database
 * written at the oldest released schema version (from its fixture, with that version's stores and
 * indexes), and then the app starts on it: it must save a pre-upgrade backup of that data through main's
 * real handler, list it, and show the upgraded data. The two screens shown meanwhile ("Updating your
 * data", and "Your data was not updated" when the copy cannot be saved) pass axe and are looked at in
 * light and dark (test-results/screenshots/upgrade-*.png).
 */
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { DB_NAME } from '@shared/app-identity';
import { CURRENT_SCHEMA_VERSION } from '@shared/domain/backup-migrations';
import { schemaVersions } from '@renderer/db/schema';
import { expectNoSeriousA11yViolations } from './axe';
import { expect, test, type Ledger } from './harness';
import { AppShell } from './pages/AppShell';

const OLDEST = schemaVersions[0]?.version ?? 1;
const FIXTURE = join(import.meta.dirname, `../fixtures/backups/schema-v${OLDEST}.json`);
const SHOTS = join(import.meta.dirname, '../../test-results/screenshots');

/**
 * Writes the page's IndexedDB at the oldest released schema version, from its fixture, as an older
 * version of the app left it. Returns the fixture's tables.
 */
async function seedOldestDatabase(page: Page, ledger: Ledger): Promise<Record<string, unknown[]>> {
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

  // Any page of the app's origin: its IndexedDB is the app's. That page is a script, not the app's
  // HTML (which names its icon), so the browser guesses /favicon.ico, which the app does not serve: the
  // guess is answered with no content here, or its 404 lands as a console error at any moment after,
  // even once the app is open (ci-23).
  await page.route('**/favicon.ico', (route) => route.fulfill({ status: 204 }));
  await page.goto(`${ledger.origin}/head-start.js`);
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

  return fixture.tables;
}

/**
 * Main's answer to the pre-upgrade backup, replaced in the page: `hold` keeps it waiting until the page's
 * `__releaseUpgradeSave()` is called (so "Updating your data" stays up long enough to look at), and
 * `disk-full` answers as main does when the disk is full (electron/ipc/dispatch.ts, ENOSPC). Every other
 * request goes to main as before.
 */
async function interceptUpgradeSave(page: Page, mode: 'hold' | 'disk-full') {
  await page.addInitScript((mode) => {
    type Bridge = { invoke: (channel: string, request: unknown) => Promise<unknown> };
    const w = window as unknown as { ledger?: Bridge; __releaseUpgradeSave?: () => void };
    let release: () => void = () => undefined;
    const released = new Promise<void>((resolve) => (release = resolve));
    w.__releaseUpgradeSave = release;
    const wrap = (real: Bridge): Bridge =>
      Object.freeze({
        ...real,
        invoke: async (channel: string, request: unknown) => {
          if (channel === 'backup:save' && (request as { kind?: unknown }).kind === 'pre-upgrade') {
            if (mode === 'disk-full') {
              return {
                ok: false,
                error: {
                  code: 'disk-full',
                  message:
                    'The disk is full, so nothing was saved and your data is as it was. Free some space on this computer (or choose another drive), then try again.',
                },
              };
            }
            await released;
          }
          return real.invoke(channel, request);
        },
      });
    // The bridge's own init script sets window.ledger; whichever of the two runs first, it is wrapped.
    if (w.ledger) w.ledger = wrap(w.ledger);
    else {
      let bridge: Bridge | undefined;
      Object.defineProperty(window, 'ledger', {
        configurable: true,
        get: () => bridge,
        set: (real: Bridge) => (bridge = wrap(real)),
      });
    }
  }, mode);
}

async function look(page: Page, name: string) {
  await mkdir(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
  await expectNoSeriousA11yViolations(page, name);
}

test('the first start after an update saves the old data before upgrading it', async ({ page, ledger }) => {
  const tables = await seedOldestDatabase(page, ledger);

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
  expect(count(saved.tables)).toEqual(count(tables));

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

// Neither screen runs the app, so neither applies the theme chosen in it: they follow the system's.
for (const scheme of ['light', 'dark'] as const) {
  test(`the upgrade screens are accessible and looked at — ${scheme} system theme`, async ({
    page,
    ledger,
  }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await seedOldestDatabase(page, ledger);

    // Saving the copy: the screen says what is happening, then the app opens on the upgraded data.
    await interceptUpgradeSave(page, 'hold');
    await ledger.open('/profile');
    await expect(page.getByRole('heading', { name: 'Updating your data', level: 1 })).toBeVisible();
    await expect(page.getByRole('status')).toContainText(`(data version ${CURRENT_SCHEMA_VERSION})`);
    await look(page, `upgrade-updating-${scheme}`);
    await page.evaluate(() =>
      (window as unknown as { __releaseUpgradeSave: () => void }).__releaseUpgradeSave(),
    );
    await expect(page.getByLabel('Your name')).toHaveValue('Fixture Person');
    expect(ledger.pageErrors).toEqual([]);
  });

  test(`the upgrade failure screen is accessible and looked at — ${scheme} system theme`, async ({
    page,
    ledger,
  }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await seedOldestDatabase(page, ledger);

    // The copy could not be saved (a full disk): the data is not opened, and the screen says what to do.
    await interceptUpgradeSave(page, 'disk-full');
    await ledger.open('/profile');
    await expect(page.getByRole('heading', { name: 'Your data was not updated', level: 1 })).toBeVisible();
    await expect(page.getByRole('alert')).toContainText('The disk is full');
    await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();
    await look(page, `upgrade-failed-${scheme}`);
    expect(await readdir(ledger.backupsDir).catch(() => [])).toEqual([]);
    // The start logs why it stopped; nothing else went wrong.
    expect(ledger.pageErrors).toEqual([
      expect.stringContaining('The data was not updated: its backup could not be saved'),
    ]);
  });
}
