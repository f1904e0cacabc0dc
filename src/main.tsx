import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { installDiagnostics } from './state/diagnostics';
import { loadHall } from './state/load';
import { App } from './ui/App';
import './ui/styles.css';

// ?notes is the presenter's second window: speaker notes only, no hall.
const NotesWindow = lazy(() => import('./present/NotesWindow'));
const notes = new URLSearchParams(location.search).has('notes');

installDiagnostics();
// The hall starts loading before React first renders: the bundle and the world's code are on their way meanwhile.
if (!notes) void loadHall();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    {notes ? <Suspense fallback={null}><NotesWindow /></Suspense> : <App />}
  </StrictMode>,
);
