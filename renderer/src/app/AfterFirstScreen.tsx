import { useEffect } from 'react';
import { db, requestPersistentStorage } from '@renderer/db/db';
import { settleGenerations } from '@renderer/db/generations';
import { warmSearch } from '../features/search';
import { useReminderContextPusher } from '../features/settings';
import { appWindow } from '../platform/reload';
import { matchRoute, parseRoute } from '@renderer/navigation';

/**
 * Mounted once the first screen has long been painted (App loads this module then): keeps main's copy of
 * the reminder context current (see useReminderContextPusher), and compiles the chart library while the
 * page is idle, so the first screen with a chart does not pay for it (a 400 KB module is a 100 ms task to
 * compile), deletes the databases a restore left behind (db/generations.ts), and asks the browser engine
 * to keep the data under storage pressure (not needed for the first screen, and a few ms at start).
 */
export function AfterFirstScreen() {
  useReminderContextPusher();
  useEffect(() => {
    requestPersistentStorage().catch((error: unknown) =>
      console.warn('Persistent storage was not granted', error),
    );
    // The search index builds in its worker now, so the first Ctrl/Cmd+K finds everything at once.
    warmSearch().catch((error: unknown) => console.warn('The search index did not start', error));
    import('recharts').catch((error: unknown) => console.warn('The chart library did not preload', error));
    // A new retro the window closed on while it was still empty is not kept (issue 15); the one on
    // screen now (a reload) stays until it is left. The journal's code loads only for this, after start.
    const onScreen = matchRoute('retro', parseRoute(window.location.hash))?.id ?? null;
    // Only retros left by an earlier visit: one created since this page loaded is the user's, just made.
    const pageStartedAt = new Date(performance.timeOrigin).toISOString();
    import('../features/journal/model/repo')
      .then(({ discardBlankRetros }) =>
        discardBlankRetros(db, { keepId: onScreen, createdBefore: pageStartedAt }),
      )
      .catch((error: unknown) => console.warn('Empty retrospectives were not cleared', error));
    if (typeof indexedDB !== 'undefined' && typeof indexedDB.databases === 'function') {
      settleGenerations({ opened: db.name, reload: appWindow.reload }).catch((error: unknown) =>
        console.warn('Databases left by a restore were not checked', error),
      );
    }
  }, []);
  return null;
}
