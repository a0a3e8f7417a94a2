/**
 * The database generations a restore writes (renderer/src/db/generations.ts): which one the app uses,
 * when it switches, and what is deleted, for every state a crash or a lost localStorage can leave.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { DB_NAME } from '@shared/app-identity';
import {
  ACTIVE_DATABASE_KEY,
  activeDatabaseName,
  generationName,
  markGenerationReady,
  planGenerations,
  readyMarkerName,
  settleGenerations,
  withGenerationChange,
  type NameStorage,
} from '@renderer/db/generations';

const G1 = `${DB_NAME}@1000`;
const G2 = `${DB_NAME}@2000`;
const ready = readyMarkerName;

function memory(initial: Record<string, string> = {}): NameStorage & { items: Map<string, string> } {
  const items = new Map(Object.entries(initial));
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
  };
}

describe('the generation in use', () => {
  it('is the first one on a first start, and the remembered one afterwards', () => {
    expect(activeDatabaseName(memory())).toBe(DB_NAME);
    expect(activeDatabaseName(null)).toBe(DB_NAME);
    expect(activeDatabaseName(memory({ [ACTIVE_DATABASE_KEY]: G1 }))).toBe(G1);
  });

  it('ignores a remembered name that is not a generation', () => {
    for (const junk of ['', 'other-app', `${DB_NAME}@`, `${DB_NAME}@12x`, ready(G1), `${DB_NAME}@1@2`]) {
      expect(activeDatabaseName(memory({ [ACTIVE_DATABASE_KEY]: junk })), junk).toBe(DB_NAME);
    }
  });

  it('is named after the restore time', () => {
    expect(generationName(new Date(1_700_000_000_000))).toBe(`${DB_NAME}@1700000000000`);
  });
});

describe('planGenerations', () => {
  it('keeps a lone first generation, and knows nothing to do on a first start', () => {
    expect(planGenerations([DB_NAME], DB_NAME)).toEqual({ active: DB_NAME, switchTo: null, remove: [] });
    expect(planGenerations([], DB_NAME)).toEqual({ active: DB_NAME, switchTo: null, remove: [] });
  });

  it('after a restore: uses the new generation and deletes the one it replaced', () => {
    expect(planGenerations([DB_NAME, G1, ready(G1)], G1)).toEqual({
      active: G1,
      switchTo: null,
      remove: [DB_NAME],
    });
    expect(planGenerations([DB_NAME, G1, ready(G1), G2, ready(G2)], G2).remove).toEqual([
      DB_NAME,
      G1,
      ready(G1),
    ]);
  });

  it('a restore that crashed before its marker: the old data stays in use, the unfinished copy goes', () => {
    expect(planGenerations([DB_NAME, G1], DB_NAME)).toEqual({
      active: DB_NAME,
      switchTo: null,
      remove: [G1],
    });
    expect(planGenerations([G1, ready(G1), G2], G1).remove).toEqual([G2]);
  });

  it('a lost or stale remembered name: switches to the newest complete generation and deletes nothing', () => {
    // localStorage lost: the app opened (and so created) an empty first generation.
    expect(planGenerations([DB_NAME, G1, ready(G1)], DB_NAME)).toEqual({
      active: G1,
      switchTo: G1,
      remove: [],
    });
    // The remembered generation is unfinished (it was opened, so it exists): back to the complete one.
    expect(planGenerations([G1, ready(G1), G2], G2)).toEqual({ active: G1, switchTo: G1, remove: [] });
  });

  it('never deletes the generation it uses, nor other apps’ databases', () => {
    const names = ['someone-else', DB_NAME, G1, ready(G1), G2, ready(`${DB_NAME}@3000`), 'x.ready'];
    for (const opened of [DB_NAME, G1, G2]) {
      const plan = planGenerations(names, opened);
      expect(plan.remove).not.toContain(plan.active);
      expect(plan.remove).not.toContain(ready(plan.active));
      expect(plan.remove).not.toContain('someone-else');
      expect(plan.remove).not.toContain('x.ready');
    }
    // An orphaned marker (its generation is gone) is deleted with the rest.
    expect(planGenerations(names, G1).remove).toEqual([DB_NAME, G2, ready(`${DB_NAME}@3000`)]);
  });
});

describe('settleGenerations, on a real IndexedDB', () => {
  const create = async (name: string) => {
    const db = new Dexie(name);
    db.version(1).stores({ t: 'id' });
    await db.open();
    db.close();
  };
  const names = async () => (await indexedDB.databases()).map((d) => d.name).sort();

  it('deletes what the plan lists and remembers the generation in use', async () => {
    for (const name of await names()) if (name) await Dexie.delete(name);
    await create(DB_NAME);
    await create(G1);
    await markGenerationReady(G1);
    await create(G2); // unfinished
    const storage = memory({ [ACTIVE_DATABASE_KEY]: G1 });
    const reload = vi.fn();
    const plan = await settleGenerations({ opened: G1, reload, storage });
    expect(plan.remove.sort()).toEqual([DB_NAME, G2].sort());
    expect(await names()).toEqual([G1, ready(G1)].sort());
    expect(reload).not.toHaveBeenCalled();
  });

  it('switches (remember, reload) without deleting anything when the app opened the wrong one', async () => {
    for (const name of await names()) if (name) await Dexie.delete(name);
    await create(DB_NAME);
    await create(G1);
    await markGenerationReady(G1);
    const storage = memory();
    const reload = vi.fn();
    await settleGenerations({ opened: DB_NAME, reload, storage });
    expect(reload).toHaveBeenCalledOnce();
    expect(storage.items.get(ACTIVE_DATABASE_KEY)).toBe(G1);
    expect(await names()).toEqual([DB_NAME, G1, ready(G1)].sort());
  });

  it('waits for a restore writing a new generation, then switches to it instead of deleting it', async () => {
    for (const name of await names()) if (name) await Dexie.delete(name);
    await create(DB_NAME);
    const storage = memory({ [ACTIVE_DATABASE_KEY]: DB_NAME });
    const reload = vi.fn();
    let finish: () => void = () => undefined;
    let created: () => void = () => undefined;
    const written = new Promise<void>((resolve) => (created = resolve));
    // The restore: its generation exists, unfinished, until the last record is written.
    const restoring = withGenerationChange(async () => {
      await create(G1);
      created();
      await new Promise<void>((resolve) => (finish = resolve));
      await markGenerationReady(G1);
    });
    await written;
    // The clean-up after start comes while the restore is still writing (CI's InvalidStateError).
    const settling = settleGenerations({ opened: DB_NAME, reload, storage });
    for (let turn = 0; turn < 20; turn += 1) await new Promise((resolve) => setTimeout(resolve, 0));
    expect(await names()).toContain(G1);
    finish();
    await restoring;
    const plan = await settling;
    expect(plan.switchTo).toBe(G1);
    expect(plan.remove).toEqual([]);
    expect(reload).toHaveBeenCalledOnce();
    expect(await names()).toEqual([DB_NAME, G1, ready(G1)].sort());
  });
});
