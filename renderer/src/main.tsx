import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { sectionFor } from './app/sections';
import { firstRenderReady } from './app/start';
import { db } from './db/db';
import { parseRoute } from './navigation';
import './styles.css';

/**
 * How long the first paint may wait for the start screen's data. The database opens in 10–50 ms even
 * with years of data, so the wait is usually shorter than the extra layout it saves.
 */
const FIRST_RENDER_WAIT_MS = 150;

// Opening a large IndexedDB takes a while: start it now, so it runs while this module finishes. Its
// failure is not lost: every query that needs the database reports it.
db.open().catch((error: unknown) => console.warn('The database did not open on the first try', error));

const root = document.getElementById('root');
if (!root) throw new Error('The #root element is missing from index.html');
const startScreen = sectionFor(parseRoute(window.location.hash));
void firstRenderReady(startScreen.preload?.(), FIRST_RENDER_WAIT_MS).then(() =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
