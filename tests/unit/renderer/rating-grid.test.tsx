/**
 * The Rate competencies grid (issue 16): Current and Target as visible columns, a level's description on
 * focus, keyboard first (a digit sets the focused cell and moves on, arrows move), every change saved at
 * once and undone through the app's undo.
 */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SENIOR_TO_STAFF } from '@shared/content/frameworks';
import { currentStates, groupCompetencies } from '@shared/domain/growth-plan';
import { db } from '@renderer/db/db';
import {
  CompetenciesView,
  levelOfKey,
  moveOfKey,
  nextCell,
} from '@renderer/features/growth-plan/components/CompetenciesView';
import { buildModel } from '@renderer/features/growth-plan/components/GrowthPlanPage';
import { usePlanData } from '@renderer/features/growth-plan/hooks/usePlanData';
import { startFromBuiltIn } from '@renderer/features/growth-plan/model/actions';
import { runUndo } from '@renderer/ui/undo';
import { useStore } from '@renderer/store/store';
import { eventually, nextTurn } from '../support/eventually';

afterEach(cleanup);
afterAll(async () => {
  db.close();
  await db.delete();
});

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
  useStore.setState({ toasts: [] });
  await startFromBuiltIn('senior-to-staff');
});

/** The grid over the live plan, as the Rate competencies tab shows it. */
function Harness() {
  const data = usePlanData();
  const model = data ? buildModel(data, new Date()) : null;
  return model ? <CompetenciesView model={model} /> : <p>Loading</p>;
}

/** What a level cell says: its name (hidden) and its level; the digit pips are hidden from the name. */
const said = (cell: Element | null) =>
  [...(cell?.querySelectorAll('.visually-hidden, .gp-grid__value') ?? [])].map((e) => e.textContent).join('');

async function snapshots() {
  return db.skillSnapshots.toArray();
}

/** The stored current and target level of each rated competency, by competency id. */
async function storedLevels() {
  return new Map(
    [...currentStates(await snapshots())].map(([id, state]) => [id, [state.current, state.target]] as const),
  );
}

/** Waits, turn by turn, until `check` holds for what the database stores. */
async function untilStored(check: (levels: Awaited<ReturnType<typeof storedLevels>>) => boolean) {
  for (let turn = 0; turn < 500; turn++) {
    if (check(await storedLevels())) return;
    await nextTurn();
  }
  expect(check(await storedLevels()), 'the database never held the expected levels').toBe(true);
}

describe('the Rate competencies grid', () => {
  it('shows Current and Target column headers, and a level description for the focused cell', async () => {
    render(<Harness />);
    await eventually(() => screen.getAllByRole('grid'));
    const headers = screen.getAllByRole('columnheader').map((h) => h.textContent);
    expect(headers).toContain('Current');
    expect(headers).toContain('Target');
    // No Save buttons: every change saves itself.
    expect(screen.queryByRole('button', { name: /Save/ })).toBeNull();

    const first = screen.getAllByRole('gridcell')[0];
    if (!first) throw new Error('no cell');
    act(() => first.focus());
    const row = first.closest('tr');
    expect(row?.textContent).toContain('Type 1 (Starting) to 5 (Role model).');
    fireEvent.keyDown(first, { key: '3' });
    const name = groupCompetencies((await db.competencies.toArray()).filter((c) => !c.archived))[0]
      ?.competencies[0];
    const level3 = SENIOR_TO_STAFF.competencies.find((c) => c.name === name?.name)?.levels[2] ?? '';
    expect(level3).not.toBe('');
    // The focus moved on to Target; its description is shown while the Current level is saved.
    await eventually(() => expect(said(first)).toMatch(/: 3 · Solid$/));
    expect(said(document.activeElement)).toMatch(/^Target level of /);
    act(() => first.focus());
    await eventually(() => expect(row?.textContent).toContain(`3 · Solid: ${level3}`));
  });

  it('rates 15 competencies with 30 key presses, each saved at once', async () => {
    render(<Harness />);
    await eventually(() => screen.getAllByRole('grid'));
    const cells = screen.getAllByRole('gridcell');
    expect(cells).toHaveLength(30);
    const first = cells[0];
    if (!first) throw new Error('no cell');
    // One tab stop for the whole grid, the first cell.
    expect(cells.filter((cell) => cell.tabIndex === 0)).toEqual([first]);
    act(() => first.focus());

    // Current 2 and target 4 for every competency: a digit per cell, nothing else.
    let keys = 0;
    for (let row = 0; row < 15; row++) {
      for (const level of ['2', '4']) {
        const focused = document.activeElement;
        if (!(focused instanceof HTMLElement)) throw new Error('nothing focused');
        fireEvent.keyDown(focused, { key: level });
        keys += 1;
      }
    }
    expect(keys).toBe(30);
    // Every key press saved at once; the two levels of one competency, set in one sitting, are one rating.
    await untilStored(
      (levels) => levels.size === 15 && [...levels.values()].every(([c, t]) => c === 2 && t === 4),
    );
    expect(await db.skillSnapshots.count()).toBe(15);
    await eventually(() => expect(screen.getAllByText('Gap: 2 levels')).toHaveLength(15));
  });

  it('moves with the arrows, clears with 0, and undoes a change through the app undo', async () => {
    render(<Harness />);
    await eventually(() => screen.getAllByRole('grid'));
    const cells = screen.getAllByRole('gridcell');
    const [a, b, c] = cells;
    if (!a || !b || !c) throw new Error('no cells');
    act(() => a.focus());
    fireEvent.keyDown(a, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(c);
    fireEvent.keyDown(c, { key: 'ArrowRight' });
    const d = cells[3];
    expect(document.activeElement).toBe(d);
    fireEvent.keyDown(cells[3] as HTMLElement, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(b);

    // Target 5 on the first row, then a target below the current level is called out.
    const id =
      (await db.competencies.toArray()).find((c) => a.textContent?.includes(`of ${c.name}:`))?.id ?? '';
    fireEvent.keyDown(b, { key: '2' });
    await untilStored((levels) => levels.get(id)?.[1] === 2);
    act(() => a.focus());
    fireEvent.keyDown(a, { key: '4' });
    await eventually(() => expect(a.closest('tr')?.textContent).toContain('Target below current: review it'));
    await untilStored((levels) => levels.get(id)?.[0] === 4);

    // Undo takes the newest change back: the current level is unset again, the target stays.
    await act(async () => {
      expect(await runUndo()).toBe(true);
    });
    await untilStored((levels) => levels.get(id)?.[0] === null && levels.get(id)?.[1] === 2);
    await eventually(() => expect(said(a)).toMatch(/: Not set$/));
    expect(said(b)).toMatch(/: 2 · Developing$/);

    // 0 clears the focused cell and keeps the focus there.
    act(() => b.focus());
    fireEvent.keyDown(b, { key: '0' });
    await untilStored((levels) => levels.get(id)?.[1] === null);
    await eventually(() => expect(said(b)).toMatch(/: Not set$/));
    expect(document.activeElement).toBe(b);
  });
});

describe('grid keys', () => {
  it('reads digits 0–5, Backspace and Delete, and leaves shortcuts alone', () => {
    const key = (k: string, extra = {}) =>
      levelOfKey({ key: k, ctrlKey: false, metaKey: false, altKey: false, ...extra });
    expect(['1', '2', '3', '4', '5'].map((k) => key(k))).toEqual([1, 2, 3, 4, 5]);
    expect(key('0')).toBe(0);
    expect(key('Delete')).toBe(0);
    expect(key('6')).toBeNull();
    expect(key('z', { ctrlKey: true })).toBeNull();
    expect(key('3', { metaKey: true })).toBeNull();
  });

  it('moves inside the grid only, and a digit moves on in reading order', () => {
    expect(moveOfKey('ArrowUp', { row: 0, col: 0 }, 12)).toEqual({ row: 0, col: 0 });
    expect(moveOfKey('ArrowDown', { row: 11, col: 1 }, 12)).toEqual({ row: 11, col: 1 });
    expect(moveOfKey('ArrowRight', { row: 3, col: 1 }, 12)).toEqual({ row: 3, col: 1 });
    expect(moveOfKey('Home', { row: 3, col: 1 }, 12)).toEqual({ row: 3, col: 0 });
    expect(moveOfKey('a', { row: 3, col: 1 }, 12)).toBeNull();
    expect(nextCell({ row: 0, col: 0 }, 12)).toEqual({ row: 0, col: 1 });
    expect(nextCell({ row: 0, col: 1 }, 12)).toEqual({ row: 1, col: 0 });
    expect(nextCell({ row: 11, col: 1 }, 12)).toEqual({ row: 11, col: 1 });
  });
});
