/**
 * Reloading the window with a message for the app that comes back: how the app moves to restored data
 * (db/generations.ts). The message waits in sessionStorage, which a reload keeps and a new start does
 * not, and the reloaded app shows it as a toast (`takeNotice`, in app/App.tsx).
 */
import { webStorage } from './web-storage';

const NOTICE_KEY = 'growth-ledger.notice';

type NoticeStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const sessionStorageOrNull = (): NoticeStorage | null => webStorage('sessionStorage');

/** The window's reload, in one place so tests can replace it. */
export const appWindow = {
  reload: () => location.reload(),
};

export function reloadWithNotice(notice: string, storage: NoticeStorage | null = sessionStorageOrNull()) {
  try {
    storage?.setItem(NOTICE_KEY, notice);
  } catch {
    // Without the message the reloaded app shows the restored data all the same.
  }
  appWindow.reload();
}

/** The message left by `reloadWithNotice`, once. */
export function takeNotice(storage: NoticeStorage | null = sessionStorageOrNull()): string | null {
  try {
    const notice = storage?.getItem(NOTICE_KEY) ?? null;
    if (notice !== null) storage?.removeItem(NOTICE_KEY);
    return notice;
  } catch {
    return null;
  }
}
