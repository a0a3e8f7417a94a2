import { memo, useCallback, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { LEVEL_NAMES } from '@shared/content/frameworks';
import { gapLabel, gapStatus, groupCompetencies, UNRATED, type SkillState } from '@shared/domain/growth-plan';
import type { Competency } from '@shared/types/entities';
import { EmptyState } from '@renderer/ui/EmptyState';
import { useRun } from '@renderer/ui/useRun';
import { setLevel } from '../model/actions';
import type { PlanModel } from './types';
import { linkTo } from '@renderer/navigation';

/** The two level columns of the grid, in order: arrows move between them, a digit fills one and moves on. */
const COLUMNS = ['current', 'target'] as const;
type Column = (typeof COLUMNS)[number];

interface Cell {
  row: number;
  col: number;
}

type Levels = Pick<SkillState, 'current' | 'target'>;

const levelText = (level: number | null) =>
  level === null ? 'Not set' : `${level} · ${LEVEL_NAMES[level - 1] ?? ''}`;

/** The digit a key press sets (1…5, from the main row or the number pad), 0 to clear; null for other keys. */
export function levelOfKey(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>,
): number | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  if (event.key === 'Backspace' || event.key === 'Delete') return 0;
  return /^[0-5]$/.test(event.key) ? Number(event.key) : null;
}

/** Where an arrow (or Home/End) moves from `cell` in a grid of `rows` rows; null for other keys. */
export function moveOfKey(key: string, cell: Cell, rows: number): Cell | null {
  const last = COLUMNS.length - 1;
  switch (key) {
    case 'ArrowLeft':
      return { row: cell.row, col: Math.max(0, cell.col - 1) };
    case 'ArrowRight':
      return { row: cell.row, col: Math.min(last, cell.col + 1) };
    case 'ArrowUp':
      return { row: Math.max(0, cell.row - 1), col: cell.col };
    case 'ArrowDown':
      return { row: Math.min(rows - 1, cell.row + 1), col: cell.col };
    case 'Home':
      return { row: cell.row, col: 0 };
    case 'End':
      return { row: cell.row, col: last };
    default:
      return null;
  }
}

/** The cell after `cell` in reading order (current, then target, then the next row), or `cell` at the end. */
export function nextCell(cell: Cell, rows: number): Cell {
  if (cell.col < COLUMNS.length - 1) return { row: cell.row, col: cell.col + 1 };
  return cell.row < rows - 1 ? { row: cell.row + 1, col: 0 } : cell;
}

/**
 * Every competency with its current and target level in one grid, keyboard first: a digit sets the level
 * of the focused cell and moves to the next one (12 competencies take 24 key presses), arrows move
 * between cells, 0 or Delete clears. Each change is saved at once and can be undone (the Undo bar,
 * Ctrl/Cmd+Z); open a competency for its note, evidence and actions.
 */
export function CompetenciesView({ model }: { model: PlanModel }) {
  const groups = groupCompetencies(model.active);
  const rows = groups.flatMap((g) => g.competencies);
  const run = useRun();
  const [active, setActive] = useState<Cell>({ row: 0, col: 0 });
  const [focusWanted, setFocusWanted] = useState(0);
  // Levels typed but not yet read back from the database: shown at once, so a fast typist sees each key.
  const [typed, setTyped] = useState<ReadonlyMap<string, number | null>>(new Map());
  const pending = useRef(new Map<string, number>());
  const states = useRef(model.states);
  useLayoutEffect(() => {
    states.current = model.states;
  });
  const grid = useRef<HTMLDivElement>(null);
  const rowCount = rows.length;
  const rowsRef = useRef(rows);
  useLayoutEffect(() => {
    rowsRef.current = rows;
  });

  // Once the database has answered, its state is the truth again (also after an undo).
  useEffect(() => {
    setTyped((before) => {
      const kept = new Map([...before].filter(([key]) => (pending.current.get(key) ?? 0) > 0));
      return kept.size === before.size ? before : kept;
    });
  }, [model.states]);

  useLayoutEffect(() => {
    if (focusWanted === 0) return;
    grid.current?.querySelector<HTMLElement>(`[data-cell="${active.row}:${active.col}"]`)?.focus();
  }, [active, focusWanted]);

  const moveTo = useCallback((cell: Cell) => {
    setActive(cell);
    setFocusWanted((n) => n + 1);
  }, []);

  const set = useCallback(
    (competency: Competency, which: Column, level: number | null) => {
      const key = `${competency.id}:${which}`;
      pending.current.set(key, (pending.current.get(key) ?? 0) + 1);
      setTyped((before) => new Map(before).set(key, level));
      void run('The rating could not be saved', () => setLevel(competency, which, level)).finally(() => {
        const left = (pending.current.get(key) ?? 1) - 1;
        pending.current.set(key, left);
        const saved = states.current.get(competency.id) ?? UNRATED;
        // Already read back (or the write failed): show the stored level; otherwise the effect above does.
        if (left === 0 && saved[which] === level) {
          setTyped((before) => {
            const next = new Map(before);
            next.delete(key);
            return next;
          });
        }
      });
    },
    [run],
  );

  const onKey = useCallback(
    (event: KeyboardEvent, cell: Cell) => {
      const level = levelOfKey(event);
      const competency = rowsRef.current[cell.row];
      if (level !== null && competency) {
        event.preventDefault();
        const which = COLUMNS[cell.col] ?? 'current';
        set(competency, which, level === 0 ? null : level);
        if (level !== 0) moveTo(nextCell(cell, rowCount));
        return;
      }
      const to = event.ctrlKey || event.metaKey || event.altKey ? null : moveOfKey(event.key, cell, rowCount);
      if (to) {
        event.preventDefault();
        moveTo(to);
      }
    },
    [moveTo, rowCount, set],
  );

  const onPick = useCallback(
    (cell: Cell, level: number | null) => {
      const competency = rowsRef.current[cell.row];
      if (!competency) return;
      set(competency, COLUMNS[cell.col] ?? 'current', level);
      moveTo(cell);
    },
    [moveTo, set],
  );

  const onFocusCell = useCallback((cell: Cell) => {
    setActive((before) => (before.row === cell.row && before.col === cell.col ? before : cell));
  }, []);

  // The grid's one tab stop: the last focused cell, kept inside the grid when rows go away.
  const at = { row: Math.min(active.row, Math.max(0, rowCount - 1)), col: active.col };

  if (model.active.length === 0) {
    return (
      <EmptyState
        title="No competencies to rate yet"
        action={
          <a className="button button--primary" href={linkTo('planFramework')}>
            Add competencies
          </a>
        }
      >
        <p>Your framework is empty. Add the competencies that matter for your next level first.</p>
      </EmptyState>
    );
  }

  // Each group's first row in the whole grid (a digit moves on across groups).
  const firstRows = groups.map((_, index) =>
    groups.slice(0, index).reduce((sum, g) => sum + g.competencies.length, 0),
  );
  return (
    <div className="stack gp-rate" ref={grid}>
      <p className="muted measure" id="gp-rate-help">
        For each competency, set where you are today and where you want to be. In a level cell, type 1 to 5 to
        set the level and move to the next cell; arrow keys move between cells, 0 or Delete clears. Every
        change is saved at once, and Ctrl+Z (⌘Z on a Mac) takes it back. Open a competency to write a note and
        plan actions.
      </p>
      <div className="gp-rate__groups">
        {groups.map(({ group, competencies }, index) => {
          const first = firstRows[index] ?? 0;
          return (
            <section key={group} className="card gp-rate__group" aria-labelledby={`gp-group-${index}`}>
              <h2 id={`gp-group-${index}`}>{group}</h2>
              <table
                className="gp-grid"
                role="grid"
                aria-labelledby={`gp-group-${index}`}
                aria-describedby="gp-rate-help"
              >
                <thead>
                  <tr>
                    <th scope="col">Competency</th>
                    <th scope="col" className="gp-grid__level-head">
                      Current
                    </th>
                    <th scope="col" className="gp-grid__level-head">
                      Target
                    </th>
                    <th scope="col" className="gp-grid__status-head">
                      Status
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {competencies.map((c, i) => {
                    const row = first + i;
                    const state = model.states.get(c.id) ?? UNRATED;
                    const current = typed.has(`${c.id}:current`)
                      ? (typed.get(`${c.id}:current`) ?? null)
                      : state.current;
                    const target = typed.has(`${c.id}:target`)
                      ? (typed.get(`${c.id}:target`) ?? null)
                      : state.target;
                    return (
                      <RateRow
                        key={c.id}
                        competency={c}
                        row={row}
                        current={current}
                        target={target}
                        activeCol={at.row === row ? at.col : null}
                        onKey={onKey}
                        onPick={onPick}
                        onFocusCell={onFocusCell}
                      />
                    );
                  })}
                </tbody>
              </table>
            </section>
          );
        })}
      </div>
    </div>
  );
}

interface RateRowProps {
  competency: Competency;
  row: number;
  current: number | null;
  target: number | null;
  /** The column of the focused (or last focused) cell, the grid's one tab stop, when it is in this row. */
  activeCol: number | null;
  onKey: (event: KeyboardEvent, cell: Cell) => void;
  onPick: (cell: Cell, level: number | null) => void;
  onFocusCell: (cell: Cell) => void;
}

/**
 * One competency's row. Memoised on what it shows: with hundreds of competencies, a change to one rating
 * re-renders one row, not all of them.
 */
const RateRow = memo(
  function RateRow({
    competency: c,
    row,
    current,
    target,
    activeCol,
    onKey,
    onPick,
    onFocusCell,
  }: RateRowProps) {
    const [hovered, setHovered] = useState<number | null>(null);
    const levels: Levels = { current, target };
    const status = gapStatus(levels);
    const describedLevel = hovered ?? (activeCol === null ? null : levels[COLUMNS[activeCol] ?? 'current']);
    const descriptionId = `gp-desc-${c.id}`;
    return (
      <tr className={activeCol === null ? 'gp-grid__row' : 'gp-grid__row is-active'}>
        <th scope="row" className="gp-grid__name">
          <a href={linkTo('competency', { id: c.id })}>{c.name}</a>
          {c.description ? <span className="muted small gp-grid__about">{c.description}</span> : null}
          {activeCol !== null || hovered !== null ? (
            <span className="small gp-grid__level-desc" id={descriptionId}>
              {describedLevel === null ? (
                'Type 1 (Starting) to 5 (Role model).'
              ) : (
                <>
                  <strong>{levelText(describedLevel)}:</strong>{' '}
                  {c.levels[describedLevel - 1] || 'No description yet.'}
                </>
              )}
            </span>
          ) : null}
        </th>
        {COLUMNS.map((which, col) => {
          const value = levels[which];
          return (
            <td
              key={which}
              role="gridcell"
              className="gp-grid__cell"
              data-cell={`${row}:${col}`}
              tabIndex={activeCol === col ? 0 : -1}
              aria-describedby={activeCol === col ? descriptionId : undefined}
              onKeyDown={(event) => onKey(event, { row, col })}
              onFocus={() => onFocusCell({ row, col })}
            >
              <span className="visually-hidden">
                {which === 'current' ? 'Current level' : 'Target level'} of {c.name}:{' '}
              </span>
              <span className="gp-pips" aria-hidden="true" onMouseLeave={() => setHovered(null)}>
                {LEVEL_NAMES.map((name, i) => (
                  <span
                    key={name}
                    className={`gp-pip${value !== null && i < value ? ' is-on' : ''}${value === i + 1 ? ' is-value' : ''}`}
                    title={`${i + 1} · ${name}: ${c.levels[i] ?? ''}`}
                    onMouseEnter={() => setHovered(i + 1)}
                    onClick={() => onPick({ row, col }, value === i + 1 ? null : i + 1)}
                  >
                    {i + 1}
                  </span>
                ))}
              </span>
              <span className="gp-grid__value small">{levelText(value)}</span>
            </td>
          );
        })}
        <td className={`gp-grid__status small gp-grid__status--${status.kind}`}>{gapLabel(levels)}</td>
      </tr>
    );
  },
  (before, after) =>
    before.competency.id === after.competency.id &&
    before.competency.updatedAt === after.competency.updatedAt &&
    before.current === after.current &&
    before.target === after.target &&
    before.row === after.row &&
    before.activeCol === after.activeCol &&
    before.onKey === after.onKey &&
    before.onPick === after.onPick,
);
