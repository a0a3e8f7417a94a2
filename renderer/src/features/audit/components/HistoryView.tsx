import { useMemo } from 'react';
import { auditEndDate, formatEnergy, formatHours } from '@shared/domain/audit';
import { summariseAudit } from '@shared/domain/audit-aggregate';
import { fitReading } from '@shared/domain/audit-fit';
import type { Audit, AuditCategory, AuditEntry } from '@shared/types/entities';
import { ChartWithTable } from '@renderer/ui/ChartWithTable';
import { formatDay } from '@renderer/ui/format';

interface HistoryViewProps {
  audits: Audit[];
  entries: AuditEntry[];
  categories: AuditCategory[];
  viewingId: string;
  onView: (audit: Audit) => void;
}

/** Every audit side by side, so a second audit can be compared with the first. */
export function HistoryView({ audits, entries, categories, viewingId, onView }: HistoryViewProps) {
  const rows = useMemo(() => {
    const byAudit = new Map<string, AuditEntry[]>();
    for (const entry of entries) {
      const list = byAudit.get(entry.auditId);
      if (list) list.push(entry);
      else byAudit.set(entry.auditId, [entry]);
    }
    return audits.map((audit) => {
      const summary = summariseAudit(audit, byAudit.get(audit.id) ?? [], categories);
      const fit = fitReading(summary, null);
      return { audit, summary, fit };
    });
  }, [audits, entries, categories]);
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
        { header: 'Hours', numeric: true, cell: ({ summary }) => formatHours(summary.total.minutes) },
        {
          header: 'Staff-leaning energy',
          numeric: true,
          cell: ({ summary }) => <LeanEnergy lean={summary.byLean.staff} />,
        },
        {
          header: 'EM-leaning energy',
          numeric: true,
          cell: ({ summary }) => <LeanEnergy lean={summary.byLean.em} />,
        },
        { header: 'Energy rose in', cell: ({ fit }) => energyRoseIn(fit) },
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

function LeanEnergy({ lean }: { lean: { avgEnergy: number | null; minutes: number } }) {
  return (
    <>
      {formatEnergy(lean.avgEnergy)} <span className="muted small">({formatHours(lean.minutes)} h)</span>
    </>
  );
}

function energyRoseIn(fit: ReturnType<typeof fitReading>): string {
  if (fit.kind === 'not-enough-data') return 'Not enough data';
  if (fit.audit.direction === 'even') return 'About even';
  return fit.audit.direction === 'staff' ? 'Staff-leaning work' : 'EM-leaning work';
}
