/**
 * "Work someone else could do", on an audit's results: the activities marked so, by title, with the
 * time they took and "Hand over…", or who already has them. Where the audit's single number turns into
 * handovers (issue 17).
 */
import { sameActivity } from '@shared/domain/audit-aggregate';
import type { DelegableActivity } from '@shared/domain/delegation';
import { formatDuration, plural } from '@renderer/ui/format';
import { linkTo } from '@renderer/navigation';
import { useAuditHandovers } from '../hooks/useLedger';
import { HandOverButton } from './HandOver';
import '../delegation.css';

/** `activities`: the audit's work marked delegable (shared/domain/delegation.ts), computed by the caller. */
export function DelegableWork({
  auditId,
  activities,
}: {
  auditId: string;
  activities: readonly DelegableActivity[];
}) {
  const handovers = useAuditHandovers(auditId);
  return (
    <section className="card" aria-labelledby="audit-delegable-title">
      <div className="card__header">
        <h2 id="audit-delegable-title">Work someone else could do</h2>
        <a className="button button--small" href={linkTo('auditHandovers')}>
          Delegation ledger
        </a>
      </div>
      {activities.length === 0 ? (
        <p className="muted">
          Nothing is marked yet. In the Log or the weekly reflection, answer “Could someone else have done
          it?”: what you mark appears here, ready to hand over.
        </p>
      ) : (
        <ul className="delegable-list">
          {activities.map((activity) => {
            const given = handovers?.filter((h) => sameActivity(h.activity, activity.title)) ?? [];
            return (
              <li key={activity.title}>
                <span className="delegable-list__title">
                  <strong>{activity.title}</strong>{' '}
                  <span className="muted">
                    {formatDuration(activity.minutes)} · {plural(activity.count, 'time')}
                  </span>
                </span>
                {given.length > 0 ? (
                  <a href={linkTo('auditHandover', { id: given[0]?.id ?? '' })}>
                    Handed over to {given.map((h) => h.to).join(', ')}
                  </a>
                ) : (
                  <HandOverButton
                    small
                    subject={{
                      auditId,
                      activity: activity.title,
                      categoryId: activity.categoryId,
                      minutes: activity.minutes,
                    }}
                  />
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
