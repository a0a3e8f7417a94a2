/**
 * The floor for "cold start": what `npm create vite@latest -- --template react-ts` gives, built by the
 * same Vite and React as the app. Not part of the app.
 */
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import './starter.css';

function App() {
  const [count, setCount] = useState(0);
  return (
    <>
      <h1>Vite + React</h1>
      <div className="card">
        <button type="button" onClick={() => setCount((value) => value + 1)}>
          count is {count}
        </button>
        <p>
          Edit <code>src/App.tsx</code> and save to test HMR
        </p>
      </div>
      <p className="read-the-docs">Click on the Vite and React logos to learn more</p>
    </>
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
