import { useCallback, useEffect, useRef } from 'react';
import { useAutoBackup } from '../features/backup';
import { onAppCommand } from '../platform/api';
import { useStore, type ThemePreference } from '../store/store';
import { Toasts } from '../ui/Toasts';
import { ErrorBoundary } from './ErrorBoundary';
import { isUnder, navigate, useRoute } from './router';
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

  useEffect(
    () =>
      onAppCommand((command) => {
        if (command.type === 'navigate') {
          navigate(command.route);
          return;
        }
        navigate('/data');
        const actions = useStore.getState();
        if (command.type === 'backup-now') void actions.backupNow();
        if (command.type === 'export') void actions.exportData();
        if (command.type === 'import') void actions.importData();
      }),
    [],
  );

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
      <Toasts />
    </div>
  );
}
