/**
 * A titled card that shows a chart with its accessible twin: the chart is drawn for the eye only
 * (`aria-hidden`), and the same numbers stand in a DataTable that screen readers, keyboard users and
 * copy-paste get. Without a chart it is a titled table card. A long table can wait behind a
 * "Show as a table" toggle; with `empty`, a card without rows says so (a muted line, as the growth plan's
 * rating history does) instead of showing an empty table.
 */
import type { Key, ReactNode } from 'react';
import { DataTable, type Column } from './DataTable';

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
          {chart === undefined ? null : (
            <div className={chartClassName} aria-hidden="true">
              {chart}
            </div>
          )}
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
