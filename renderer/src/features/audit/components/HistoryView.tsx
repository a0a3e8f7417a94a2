import { useMemo } from 'react';
import { auditEndDate, formatEnergy, formatHours } from '../../../../../shared/domain/audit';
import { summariseAudit } from '../../../../../shared/domain/audit-aggregate';
import { fitReading } from '../../../../../shared/domain/audit-fit';
import type { Audit, AuditCategory, AuditEntry } from '../../../../../shared/types/entities';
import { formatDay } from '../../../ui/format';

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
    <section className="card" aria-labelledby="audit-history-title">
      <h2 id="audit-history-title">All audits</h2>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Audit</th>
            <th scope="col" className="num">
              Hours
            </th>
            <th scope="col" className="num">
              Staff-leaning energy
            </th>
            <th scope="col" className="num">
              EM-leaning energy
            </th>
            <th scope="col">Energy rose in</th>
            <th scope="col" className="actions">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ audit, summary, fit }) => (
            <tr key={audit.id}>
              <th scope="row">
                {formatDay(audit.startDate)} – {formatDay(auditEndDate(audit))}{' '}
                <span className="muted small">
                  ({audit.weeks} weeks{audit.status === 'active' ? ', running' : ''})
                </span>
              </th>
              <td className="num">{formatHours(summary.total.minutes)}</td>
              <td className="num">
                {formatEnergy(summary.byLean.staff.avgEnergy)}{' '}
                <span className="muted small">({formatHours(summary.byLean.staff.minutes)} h)</span>
              </td>
              <td className="num">
                {formatEnergy(summary.byLean.em.avgEnergy)}{' '}
                <span className="muted small">({formatHours(summary.byLean.em.minutes)} h)</span>
              </td>
              <td>
                {fit.kind === 'not-enough-data'
                  ? 'Not enough data'
                  : fit.audit.direction === 'even'
                    ? 'About even'
                    : fit.audit.direction === 'staff'
                      ? 'Staff-leaning work'
                      : 'EM-leaning work'}
              </td>
              <td className="actions">
                {audit.id === viewingId ? (
                  <span className="muted small">Showing</span>
                ) : (
                  <button type="button" className="button button--small" onClick={() => onView(audit)}>
                    Open<span className="visually-hidden"> audit of {formatDay(audit.startDate)}</span>
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
