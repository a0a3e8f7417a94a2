import { useEffect } from 'react';
import { useReminderContextPusher } from '../features/settings';

/**
 * Mounted once the first screen has long been painted (App loads this module then): keeps main's copy of
 * the reminder context current (see useReminderContextPusher), and compiles the chart library while the
 * page is idle, so the first screen with a chart does not pay for it (a 400 KB module is a 100 ms task to
 * compile).
 */
export function AfterFirstScreen() {
  useReminderContextPusher();
  useEffect(() => {
    import('recharts').catch((error: unknown) => console.warn('The chart library did not preload', error));
  }, []);
  return null;
}
