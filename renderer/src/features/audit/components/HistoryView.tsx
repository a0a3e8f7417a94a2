import { useMemo } from 'react';
import { auditEndDate } from '@shared/domain/audit';
import { fitReading } from '@shared/domain/audit-fit';
import { totalsSummary, type AuditTotals } from '@shared/domain/audit-totals';
import type { Audit, AuditCategory } from '@shared/types/entities';
import { ChartWithTable } from '@renderer/ui/ChartWithTable';
import { formatDay, formatDuration, formatEnergy, formatHours } from '@renderer/ui/format';

interface HistoryViewProps {
  audits: Audit[];
  /** Current stored totals by audit id; an audit without them is still being counted. */
  totals: ReadonlyMap<string, AuditTotals>;
  categories: AuditCategory[];
  viewingId: string;
  onView: (audit: Audit) => void;
}

/**
 * Every audit side by side, so a second audit can be compared with the first. Built from each audit's
 * stored totals (shared/domain/audit-totals.ts), never from the activities; an audit whose totals are
 * still being computed shows "counting…", never a false "0 h".
 */
export function HistoryView({ audits, totals, categories, viewingId, onView }: HistoryViewProps) {
  const rows = useMemo(
    () =>
      audits.map((audit) => {
        const stored = totals.get(audit.id);
        if (!stored) return { audit, summary: null, fit: null };
        const summary = totalsSummary(stored, categories);
        return { audit, summary, fit: fitReading(summary, null) };
      }),
    [audits, totals, categories],
  );
  return (
    <ChartWithTable
      titleId="audit-history-title"
      title="All audits"
      caption="Every audit, with its hours and the energy of each lean"
      rows={rows}
      rowKey={({ audit }) => audit.id}
      columns={[
        {
          header: 'Audit',
          cell: ({ audit }) => (
            <>
              {formatDay(audit.startDate)} – {formatDay(auditEndDate(audit))}{' '}
              <span className="muted small">
                ({audit.weeks} weeks{audit.status === 'active' ? ', running' : ''})
              </span>
            </>
          ),
        },
        {
          header: 'Hours',
          numeric: true,
          cell: ({ summary }) => (summary ? formatHours(summary.total.minutes) : <Counting />),
        },
        {
          header: 'Staff-leaning energy',
          numeric: true,
          cell: ({ summary }) => (summary ? <LeanEnergy lean={summary.byLean.staff} /> : <Counting />),
        },
        {
          header: 'EM-leaning energy',
          numeric: true,
          cell: ({ summary }) => (summary ? <LeanEnergy lean={summary.byLean.em} /> : <Counting />),
        },
        { header: 'Energy rose in', cell: ({ fit }) => (fit ? energyRoseIn(fit) : <Counting />) },
        {
          header: <span className="visually-hidden">Actions</span>,
          className: 'actions',
          cell: ({ audit }) =>
            audit.id === viewingId ? (
              <span className="muted small">Showing</span>
            ) : (
              <button type="button" className="button button--small" onClick={() => onView(audit)}>
                Open<span className="visually-hidden"> audit of {formatDay(audit.startDate)}</span>
              </button>
            ),
        },
      ]}
    />
  );
}

/** In place of a figure whose totals are still being computed. */
function Counting() {
  return <span className="muted small">counting…</span>;
}

function LeanEnergy({ lean }: { lean: { avgEnergy: number | null; minutes: number } }) {
  return (
    <>
      {formatEnergy(lean.avgEnergy)} <span className="muted small">({formatDuration(lean.minutes)})</span>
    </>
  );
}

function energyRoseIn(fit: ReturnType<typeof fitReading>): string {
  if (fit.kind === 'not-enough-data') return 'Not enough data';
  if (fit.audit.direction === 'even') return 'About even';
  return fit.audit.direction === 'staff' ? 'Staff-leaning work' : 'EM-leaning work';
}
