import { useCallback, useEffect, useRef } from 'react';
import { DataPage, useAutoBackup } from '../features/backup';
import { ProfilePage } from '../features/profile';
import { onAppCommand } from '../platform/api';
import { useStore, type ThemePreference } from '../store/store';
import { Toasts } from '../ui/Toasts';
import { ErrorBoundary } from './ErrorBoundary';
import { navigate, useRoute, type Route } from './router';
import { useApplyTheme } from './theme';

interface NavItem {
  route: Route;
  label: string;
  title: string;
  description: string;
}

const PROFILE_NAV: NavItem = {
  route: '/profile',
  label: 'Profile',
  title: 'Your profile',
  description: 'Where you are, where you are heading, and what your manager expects.',
};

const NAV: NavItem[] = [
  PROFILE_NAV,
  {
    route: '/data',
    label: 'Backup & restore',
    title: 'Backup & restore',
    description: 'Keep your data safe and move it between computers.',
  },
];

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
  const current = NAV.find((item) => item.route === route) ?? PROFILE_NAV;

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
            {NAV.map((item) => (
              <li key={item.route}>
                <a
                  href={`#${item.route}`}
                  className="nav__link"
                  aria-current={item.route === route ? 'page' : undefined}
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
        <ErrorBoundary key={route}>
          {route === '/profile' ? <ProfilePage /> : null}
          {route === '/data' ? <DataPage /> : null}
        </ErrorBoundary>
      </main>
      <Toasts />
    </div>
  );
}
