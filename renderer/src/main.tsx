import { StrictMode, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { errorMessage } from '@shared/errors';
import { App } from './app/App';
import { sectionFor } from './app/sections';
import { firstRenderReady } from './app/start';
import { BackingUpBeforeUpgrade, UpgradeBackupFailed } from './app/UpgradeScreens';
import { db } from './db/db';
import { openDatabase } from './db/upgrade-guard';
import { parseRoute } from './navigation';
import { call } from './platform/api';
import { appWindow } from './platform/reload';
import { startSettings } from './platform/start-settings';
import { applyFormatSettings, applyRememberedFormatSettings } from './ui/format';
import { LocaleRoot } from './ui/LocaleRoot';
import './styles.css';

/**
 * How long the first paint may wait for the start screen's data (counted from here, so the database's
 * open is in it). On a loaded two-core machine, opening five years of data and reading Today takes
 * 150–250 ms; a shorter wait painted the shell first, and its render and layout then ran while the
 * reads were answering, so the whole screen came later (A/B in one bench:app run, 18 cold starts each on
 * the same 5-year database: median 760 ms waiting 150 ms, 581 ms waiting 400 ms). The shell paints
 * first only when the data is really slow: a slow disk, a large upgrade.
 */
const FIRST_RENDER_WAIT_MS = 400;

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('The #root element is missing from index.html');
let reactRoot: Root | null = null;
const render = (node: ReactNode) => (reactRoot ??= createRoot(rootElement)).render(node);

// After an update that raised the schema version, `openDatabase` first saves the data as it is
// (db/upgrade-guard.ts), and nothing may read the database before that: reading opens it, and opening
// upgrades it. So the start screen's data is asked for only once this has settled.
// On a normal start the database is opened once the first screen has painted, unless a read opens it
// sooner (the start screen's, when it remembers nothing from the last session). Opening five years of
// data is a 30 ms task when the engine answers (Dexie reads every table's indexes), which otherwise came
// just before the first render, though the screen drawn from what it remembered needs nothing from it.
let openAfterPaint: (() => void) | null = null;
const opened = openDatabase(db, {
  save: (packed) => call('backup:save', { packed, kind: 'pre-upgrade' }),
  appVersion: () => call('app:info', {}).then((info) => info.appVersion),
  onBackingUp: (_from, to) => render(<BackingUpBeforeUpgrade to={to} />),
  restart: () => appWindow.reload(),
  openWhen: (open) => {
    openAfterPaint = open;
  },
});

// The user's locale and clock choice (Settings) must be in place before the first text is formatted: the
// choice the last session applied, if it remembered one (ui/format.ts), else main's answer, asked for
// alongside the database. Main's answer is applied when it comes either way; if main cannot answer, the
// remembered choice or the OS locale is used.
const formatRemembered = applyRememberedFormatSettings();
const formatSettings = startSettings().then(
  ({ settings }) => applyFormatSettings(settings.locale, settings.clock),
  (error: unknown) => console.error('The locale setting could not be read; the system locale is used', error),
);
// The remembered choice needs no wait: the engine's locale data, whose load is the slow part of the first
// `Intl` call, was loaded by the page's head start (public/head-start.js) while this code compiled.
const formatReady = formatRemembered ? Promise.resolve() : formatSettings;

const startScreen = sectionFor(parseRoute(window.location.hash));
void opened.then(
  () =>
    Promise.all([firstRenderReady(startScreen.preload?.(), FIRST_RENDER_WAIT_MS), formatReady]).then(() => {
      // Rendered now, not in a task React would queue: with what the start screen needs in hand (on a
      // normal start, this is still the task that ran the app's code), nothing the page has queued
      // meanwhile gets to run before the first screen.
      flushSync(() =>
        render(
          <StrictMode>
            <LocaleRoot>
              <App />
            </LocaleRoot>
          </StrictMode>,
        ),
      );
      // The next frame paints the first screen; the task after it opens the database.
      const open = openAfterPaint;
      if (open) requestAnimationFrame(() => setTimeout(open, 0));
    }),
  (error: unknown) => {
    console.error('The data was not updated: its backup could not be saved', error);
    render(<UpgradeBackupFailed message={errorMessage(error)} />);
  },
);
