import { useCallback, useEffect, useRef } from 'react';
import type { AppCommand } from '@shared/ipc/contract';
import { displayKeys } from '@shared/shortcuts';
import { useAutoBackup } from '../features/backup';
import { ShortcutSheet, useAppShortcuts, usePlatform, useReminderContextPusher } from '../features/settings';
import { onAppCommand } from '../platform/api';
import { useStore, type ThemePreference } from '../store/store';
import { Toasts } from '../ui/Toasts';
import { runAppCommand, runPendingCommands } from './commands';
import { ErrorBoundary } from './ErrorBoundary';
import { isUnder, useRoute } from '@renderer/navigation';
import { PROFILE_SECTION, SECTIONS } from './sections';
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

export function App() {
  useApplyTheme();
  const route = useRoute();
  const pushToast = useStore((state) => state.pushToast);
  const mainRef = useRef<HTMLElement>(null);
  const current = SECTIONS.find((section) => isUnder(route, section.route)) ?? PROFILE_SECTION;

  const reportBackupError = useCallback((message: string) => pushToast('error', message), [pushToast]);
  useAutoBackup(reportBackupError);
  useReminderContextPusher();

  const platform = usePlatform();
  const run = useCallback((command: AppCommand) => void runAppCommand(command), []);
  useAppShortcuts(platform, run);

  useEffect(() => {
    const stop = onAppCommand(run);
    // Deep links and files that arrived before this listener existed.
    void runPendingCommands();
    return stop;
  }, [run]);

  useEffect(() => {
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
        <ErrorBoundary key={current.route}>{current.render()}</ErrorBoundary>
      </main>
      <ShortcutSheet platform={platform} />
      <Toasts />
    </div>
  );
}
