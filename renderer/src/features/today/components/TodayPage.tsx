import { useMemo } from 'react';
import { todayView } from '@shared/domain/today';
import { formatDay } from '@renderer/ui/format';
import { useLocalDay, useTodaySnapshot } from '../hooks/useToday';
import { TodayView } from './TodayView';
import '../today.css';

export function TodayPage() {
  const today = useLocalDay();
  const snapshot = useTodaySnapshot(today);
  const view = useMemo(
    () => (snapshot ? todayView(snapshot, today, { day: (isoDate) => formatDay(isoDate) }) : undefined),
    [snapshot, today],
  );
  if (!view)
    return (
      <p className="muted" role="status">
        Loading what is due…
      </p>
    );
  return <TodayView view={view} />;
}
