/**
 * What each AppCommand does. Main sends them (native menu, tray, notification clicks, deep links, files
 * opened with the app); in the browser preview the keyboard shortcuts send the same ones. One function,
 * so every way of asking runs the very same code.
 */
import type { AppCommand } from '@shared/ipc/contract';
import { db } from '../db/db';
import { call, IpcError } from '../platform/api';
import { useStore } from '../store/store';
import { flushAllDrafts } from '../ui/drafts';
import { navigate, navigateToPath } from '@renderer/navigation';
import { errorMessage } from '@shared/errors';
import { isTextField, runUndo } from '../ui/undo';
import { openSearch } from '../features/search';

export async function runAppCommand(command: AppCommand): Promise<void> {
  const store = useStore.getState();
  switch (command.type) {
    case 'navigate':
      navigateToPath(command.route);
      return;
    case 'backup-now':
      navigate('data');
      await store.backupNow();
      return;
    case 'export':
      navigate('data');
      await store.exportData();
      return;
    case 'import':
      navigate('data');
      await store.importData();
      return;
    case 'open-backup-file':
      navigate('data');
      await store.openPendingFile();
      return;
    case 'quick-log': {
      navigate('audit');
      try {
        const running = await db.audits.where('status').equals('active').count();
        if (running > 0) store.requestQuickLog();
        else store.pushToast('info', 'Start an audit to log activities.');
      } catch (error) {
        store.pushToast('error', `The audit could not be opened: ${errorMessage(error)}`);
      }
      return;
    }
    case 'new-retro': {
      try {
        // The journal's code loads with the command, not with the first screen.
        const { createRetro } = await import('../features/journal/model/repo');
        const retro = await createRetro(db, new Date());
        navigate('retro', { id: retro.id });
      } catch (error) {
        store.pushToast('error', `The retrospective could not be started: ${errorMessage(error)}`);
      }
      return;
    }
    case 'shortcuts':
      store.setShortcutSheetOpen(true);
      return;
    case 'search':
      openSearch();
      return;
    case 'save-drafts':
      // The window closes or the app quits: every open form writes what was typed, then main goes on.
      await flushAllDrafts();
      await call('app:draftsSaved', {});
      return;
    case 'undo':
      // In a text field Ctrl/Cmd+Z and Edit → Undo are the field's own text undo (the native menu's item
      // sends this command even there: electron/menu.ts); elsewhere they undo the last recent change.
      // execCommand is deprecated for rich editing, but 'undo' is still the one way a page can ask for a
      // field's own undo (what the native menu's role 'undo' does).
      // eslint-disable-next-line @typescript-eslint/no-deprecated
      if (isTextField(document.activeElement)) document.execCommand('undo');
      else await runUndo();
      return;
    default: {
      const unknown: never = command;
      console.warn('An unknown command was ignored', unknown);
    }
  }
}

/**
 * Runs the commands main kept while the window was not listening yet (a deep link or a file that
 * started the app). Call once the command listener is registered. A main without the channel is fine.
 */
export async function runPendingCommands(): Promise<void> {
  let pending: AppCommand[];
  try {
    pending = await call('app:takePendingCommands', {});
  } catch (error) {
    if (error instanceof IpcError && (error.code === 'unknown-channel' || error.code === 'not-found')) return;
    console.warn('Commands sent before the window was ready could not be fetched', error);
    return;
  }
  for (const command of pending) await runAppCommand(command);
}
