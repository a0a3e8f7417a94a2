/**
 * A titled card that shows a chart with its accessible twin: the chart is drawn for the eye only
 * (`aria-hidden`), and the same numbers stand in a DataTable that screen readers, keyboard users and
 * copy-paste get. Without a chart it is a titled table card. A long table can wait behind a
 * "Show as a table" toggle; with `empty`, a card without rows says so (a muted line, as the growth plan's
 * rating history does) instead of showing an empty table.
 */
import { useEffect, useRef, useState, type Key, type ReactNode } from 'react';
import { DataTable, type Column } from './DataTable';

/**
 * Charts are drawn one at a time, each in its own task once the previous one is on screen, and only
 * when their card comes near the viewport: a results screen drew five charts in one 400 ms task before
 * anything could respond. The table, which carries the same numbers, is there from the first paint.
 */
const waitingCharts: (() => void)[] = [];
let drawing = false;

function drawNextChart() {
  const next = waitingCharts.shift();
  drawing = next !== undefined;
  next?.();
}

function queueChart(draw: () => void): () => void {
  waitingCharts.push(draw);
  if (!drawing) {
    drawing = true;
    setTimeout(drawNextChart, 0);
  }
  return () => {
    const at = waitingCharts.indexOf(draw);
    if (at >= 0) waitingCharts.splice(at, 1);
  };
}

/**
 * A chart drawn in its own task once its box nears the viewport (see the queue above), hidden from
 * assistive technology: whatever shows it must carry the same numbers in a table. ChartWithTable uses
 * it; a card with its own layout (the skill map, the score history) uses it directly.
 */
export function DeferredChart({
  className,
  children,
}: {
  className?: string | undefined;
  children: ReactNode;
}) {
  const box = useRef<HTMLDivElement>(null);
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (shown) {
      // Drawn: the next chart waits for this one's task to end (even if this one is gone by then).
      setTimeout(drawNextChart, 0);
      return undefined;
    }
    const element = box.current;
    if (!element || typeof IntersectionObserver === 'undefined') return queueChart(() => setShown(true));
    let cancel: (() => void) | null = null;
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting) || cancel) return;
        observer.disconnect();
        cancel = queueChart(() => setShown(true));
      },
      { rootMargin: '400px 0px' },
    );
    observer.observe(element);
    return () => {
      observer.disconnect();
      cancel?.();
    };
  }, [shown]);
  return (
    <div
      ref={box}
      className={`${className ?? ''} chart-box${shown ? '' : ' chart-box--waiting'}`}
      aria-hidden="true"
    >
      {shown ? children : null}
    </div>
  );
}

export interface ChartWithTableProps<Row> {
  /** The heading's id; the card is the region it labels. */
  titleId: string;
  title: ReactNode;
  /** The chart (or charts), hidden from assistive technology: the table carries the same data. */
  chart?: ReactNode;
  /** Class of the element around the chart (the feature's chart layout). */
  chartClassName?: string;
  /** The table's caption: what the chart shows, for screen readers. */
  caption: string;
  rows: readonly Row[];
  rowKey: (row: Row) => Key;
  /** The first column heads each row. */
  columns: readonly [Column<Row>, ...Column<Row>[]];
  /** The label of a toggle that keeps the table folded until asked for (e.g. "Show as a table"). */
  tableToggle?: string;
  /** Said instead of the chart and the table when there are no rows. */
  empty?: ReactNode;
}

export function ChartWithTable<Row>({
  titleId,
  title,
  chart,
  chartClassName,
  caption,
  rows,
  rowKey,
  columns,
  tableToggle,
  empty,
}: ChartWithTableProps<Row>) {
  const table = <DataTable caption={caption} rows={rows} rowKey={rowKey} columns={columns} />;
  return (
    <section className="card" aria-labelledby={titleId}>
      <h2 id={titleId}>{title}</h2>
      {empty !== undefined && rows.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <>
          {chart === undefined ? null : <DeferredChart className={chartClassName}>{chart}</DeferredChart>}
          {tableToggle === undefined ? (
            table
          ) : (
            <details>
              <summary>{tableToggle}</summary>
              {table}
            </details>
          )}
        </>
      )}
    </section>
  );
}
