import { lazy, Suspense, useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { AppCommand } from '@shared/ipc/contract';
import { displayKeys } from '@shared/shortcuts';
import { useAutoBackup } from '../features/backup/shell';
import { openSearch, SearchHost } from '../features/search';
import { ShortcutSheet, useAppShortcuts, usePlatform } from '../features/settings/shell';
import { onAppCommand } from '../platform/api';
import { takeNotice } from '../platform/reload';
import { useStore, type ThemePreference } from '../store/store';
import { Toasts } from '../ui/Toasts';
import { UndoBar } from '../ui/UndoBar';
import { runAppCommand, runPendingCommands } from './commands';
import { ErrorBoundary } from './ErrorBoundary';
import { useRoute } from '@renderer/navigation';
import { SECTIONS, sectionFor } from './sections';
import { useApplyTheme } from './theme';

const THEMES: { value: ThemePreference; label: string }[] = [
  { value: 'system', label: 'System' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

function ThemeSwitch() {
  const theme = useStore((state) => state.preferences.theme);
  const setTheme = useStore((state) => state.setTheme);
  return (
    <fieldset className="theme-switch">
      <legend>Theme</legend>
      <div className="segmented">
        {THEMES.map((option) => (
          <label key={option.value} className={theme === option.value ? 'is-selected' : ''}>
            <input
              type="radio"
              name="theme"
              value={option.value}
              checked={theme === option.value}
              onChange={() => setTheme(option.value)}
            />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/**
 * True once the first screen has long been painted and the page is idle (1.5 to 2.5 s after start): work
 * the first screen does not need (the reminders' view of the data, which reads several tables, and the
 * chart library) waits until then.
 */
function useAfterFirstScreen(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const done = () => setReady(true);
    // The page is idle while the first screen's code and data load, so idle alone comes too early.
    let idle: number | null = null;
    const timer = setTimeout(() => {
      if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(done, { timeout: 1_000 });
      else done();
    }, 1_500);
    return () => {
      clearTimeout(timer);
      if (idle !== null) cancelIdleCallback(idle);
    };
  }, []);
  return ready;
}

/** Work the first screen does not need, with its code: loaded once the first screen has long been painted. */
const AfterFirstScreen = lazy(async () => ({
  default: (await import('./AfterFirstScreen')).AfterFirstScreen,
}));

/** Shown inside the painted shell while a section's code loads (usually a few milliseconds). */
function PageLoading() {
  return (
    <p className="muted page-loading" role="status" aria-busy="true">
      Loading…
    </p>
  );
}

export function App() {
  useApplyTheme();
  const route = useRoute();
  const pushToast = useStore((state) => state.pushToast);
  const mainRef = useRef<HTMLElement>(null);
  const current = sectionFor(route);

  const reportBackupError = useCallback((message: string) => pushToast('error', message), [pushToast]);
  useEffect(() => {
    // What the window said before it reloaded (a restore: platform/reload.ts). It says how to undo, and
    // the user may have looked away during a long restore, so it stays until dismissed.
    const notice = takeNotice();
    if (notice !== null) pushToast('success', notice, { sticky: true });
  }, [pushToast]);
  useAutoBackup(reportBackupError);
  const afterFirstScreen = useAfterFirstScreen();

  const platform = usePlatform();
  const run = useCallback((command: AppCommand) => void runAppCommand(command), []);
  useAppShortcuts(platform, run);

  useEffect(() => {
    const stop = onAppCommand(run);
    // Deep links and files that arrived before this listener existed.
    void runPendingCommands();
    return stop;
  }, [run]);

  // Before the paint, so the window's title never lags the screen.
  useLayoutEffect(() => {
    document.title = `${current.title} · Growth Ledger`;
  }, [current]);

  return (
    <div className="shell">
      <a
        className="skip-link"
        href="#main"
        onClick={(event) => {
          event.preventDefault();
          mainRef.current?.focus();
        }}
      >
        Skip to content
      </a>
      <aside className="sidebar">
        <div className="brand">
          <span className="brand__mark" aria-hidden="true" />
          <span className="brand__name">Growth Ledger</span>
        </div>
        <nav aria-label="Sections">
          <ul className="nav">
            {SECTIONS.map((item) => (
              <li key={item.route}>
                <a
                  href={`#${item.route}`}
                  className="nav__link"
                  aria-current={item === current ? 'page' : undefined}
                >
                  {item.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <div className="sidebar__footer">
          <ThemeSwitch />
          <button
            type="button"
            className="button button--ghost button--small sidebar__shortcuts"
            aria-keyshortcuts={platform === 'darwin' ? 'Meta+K' : 'Control+K'}
            onClick={openSearch}
          >
            Search…
            <kbd className="kbd" aria-hidden="true">
              {displayKeys('CmdOrCtrl+K', platform)}
            </kbd>
          </button>
          <button
            type="button"
            className="button button--ghost button--small sidebar__shortcuts"
            aria-keyshortcuts={platform === 'darwin' ? 'Meta+/' : 'Control+/'}
            onClick={() => useStore.getState().setShortcutSheetOpen(true)}
          >
            Keyboard shortcuts
            <kbd className="kbd" aria-hidden="true">
              {displayKeys('CmdOrCtrl+/', platform)}
            </kbd>
          </button>
          <p className="muted small">Private and offline: your data never leaves this computer.</p>
        </div>
      </aside>
      <main id="main" className="main" ref={mainRef} tabIndex={-1}>
        <header className="page-header">
          <h1>{current.title}</h1>
          <p className="muted">{current.description}</p>
        </header>
        <ErrorBoundary key={current.route}>
          <Suspense fallback={<PageLoading />}>{current.render()}</Suspense>
        </ErrorBoundary>
      </main>
      {afterFirstScreen ? (
        <Suspense fallback={null}>
          <AfterFirstScreen />
        </Suspense>
      ) : null}
      <ShortcutSheet platform={platform} />
      <SearchHost />
      {/* A strip of its own below the page (styles.css, .notices): messages and the undo bar push the
          page up instead of covering its buttons, rows or the focused field. */}
      <div className="notices">
        <UndoBar />
        <Toasts />
      </div>
    </div>
  );
}
