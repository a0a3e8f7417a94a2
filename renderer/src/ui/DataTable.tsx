/**
 * A plain data table: the first column heads each row (`th scope="row"`), numeric columns align right,
 * and the caption (hidden unless asked) names the table for screen readers. The charts' table
 * alternatives use it, so every chart has the same kind of accessible twin.
 */
import type { Key, ReactNode } from 'react';

export interface Column<Row> {
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  numeric?: boolean;
  /** Extra class for the column's header and cells (e.g. "actions"). */
  className?: string;
}

function classOf(column: Column<never>): string | undefined {
  return [column.numeric ? 'num' : '', column.className ?? ''].filter(Boolean).join(' ') || undefined;
}

export function DataTable<Row>({
  caption,
  showCaption = false,
  rows,
  rowKey,
  columns,
  className = 'table',
  testId,
}: {
  caption: string;
  showCaption?: boolean;
  rows: readonly Row[];
  rowKey: (row: Row) => Key;
  /** The first column is the row header. */
  columns: readonly [Column<Row>, ...Column<Row>[]];
  className?: string;
  testId?: string;
}) {
  const [head, ...rest] = columns;
  return (
    <table className={className} data-testid={testId}>
      <caption className={showCaption ? undefined : 'visually-hidden'}>{caption}</caption>
      <thead>
        <tr>
          {columns.map((column, i) => (
            <th key={i} scope="col" className={classOf(column)}>
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)}>
            <th scope="row" className={classOf(head)}>
              {head.cell(row)}
            </th>
            {rest.map((column, i) => (
              <td key={i} className={classOf(column)}>
                {column.cell(row)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
