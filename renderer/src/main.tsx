import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { db, requestPersistentStorage } from './db/db';
import './styles.css';

// Opening a large IndexedDB takes a while (hundreds of ms after years of use): start it now, so it runs
// while React renders the shell, instead of when the first screen's first query asks for it. Its
// failure is not lost: every query that needs the database reports it.
db.open().catch((error: unknown) => console.warn('The database did not open on the first try', error));

requestPersistentStorage().catch((error: unknown) =>
  console.warn('Persistent storage was not granted', error),
);

const root = document.getElementById('root');
if (!root) throw new Error('The #root element is missing from index.html');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
