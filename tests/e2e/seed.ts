/**
 * Records written straight into the app's IndexedDB, for journeys that need data the app would take many
 * steps to make. Build the records with the factories of tests/unit/support/journal-fixtures.ts.
 */
import type { Page } from '@playwright/test';
import { DB_NAME } from '@shared/app-identity';
import { tableSchemas, type TableData } from '@shared/types/entities';
import type { TableName } from '@shared/types/tables';
import { changeKey } from '@renderer/db/change-stamp';
import { planGenerations } from '@renderer/db/generations';

/** Records by table; tables left out are not touched. */
export type SeedTables = Partial<TableData>;

/**
 * Puts `tables`' records (replacing any with the same key) into the database the app uses, in one
 * transaction. That database is the newest complete generation, found the way the app finds it: after a
 * restore it is `growth-ledger@<time>`, not `growth-ledger`. The app must already have opened it (so its
 * tables exist), and reads the records after a reload: its live queries see only its own writes. The
 * database's change stamp is renewed as the app's own writes renew it (renderer/src/db/change-stamp.ts),
 * so the reload does not paint the Today it remembered from before.
 */
export async function seedTables(page: Page, tables: SeedTables): Promise<void> {
  // A record the app would refuse fails here, by name, and not as a puzzling screen later.
  for (const [table, rows] of Object.entries(tables)) {
    for (const row of rows ?? []) {
      const checked = tableSchemas[table as TableName].safeParse(row);
      if (!checked.success) throw new Error(`Seeded ${table} record is not valid: ${checked.error.message}`);
    }
  }
  const names = await page.evaluate(async () =>
    (await indexedDB.databases()).flatMap((info) => (info.name ? [info.name] : [])),
  );
  const { active } = planGenerations(names, DB_NAME);
  // Plain rows for the page: the records' own types are too deep for Playwright's argument type.
  const rows: Record<string, unknown[] | undefined> = tables;
  await page.evaluate(
    async ({ name, rows, stampKey }) => {
      const request = indexedDB.open(name);
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(new Error(String(request.error)));
      });
      try {
        const missing = Object.keys(rows).filter((table) => !db.objectStoreNames.contains(table));
        if (missing.length > 0)
          throw new Error(
            `Database ${name} has no ${missing.join(', ')} table: open the app before seeding.`,
          );
        const tx = db.transaction(Object.keys(rows), 'readwrite');
        for (const [table, records] of Object.entries(rows))
          for (const record of records ?? []) tx.objectStore(table).put(record);
        await new Promise((resolve, reject) => {
          tx.oncomplete = resolve;
          tx.onerror = () => reject(new Error(String(tx.error)));
          tx.onabort = () => reject(new Error(String(tx.error)));
        });
        localStorage.setItem(stampKey, crypto.randomUUID());
      } finally {
        db.close();
      }
    },
    { name: active, rows, stampKey: changeKey(active) },
  );
}

/**
 * The browser's own calendar days at `offsets` from its today (`yyyy-MM-dd`, its clock and time zone),
 * and the instant now as an ISO stamp: seeded records dated around the page's today, not the test's.
 */
export async function browserDays<const O extends readonly number[]>(
  page: Page,
  offsets: O,
): Promise<{ day: (offset: O[number]) => string; stamp: string }> {
  const { days, stamp } = await page.evaluate(
    (list) => {
      const day = (offset: number) => {
        const d = new Date();
        d.setDate(d.getDate() + offset);
        return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
      };
      return { days: list.map(day), stamp: new Date().toISOString() };
    },
    offsets as readonly number[],
  );
  return { day: (offset) => days[offsets.indexOf(offset)] ?? '', stamp };
}
