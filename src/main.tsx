import './state/noEval';
import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { installDiagnostics } from './state/diagnostics';
import { loadHall, registerWorld } from './state/load';
import { useExpo } from './state/store';
import { isReachRoute } from './studio/reach/route';
import { App } from './ui/App';
import './ui/styles.css';

// ?notes is the presenter's second window: speaker notes only, no hall.
const NotesWindow = lazy(() => import('./present/NotesWindow'));
const notes = new URLSearchParams(location.search).has('notes');
// #/studio/reach is the studio's Reach page, /studio the curator's studio: each its own chunk, no hall, nothing collected.
const ReachPage = lazy(() => import('./studio/reach/ReachPage'));
const StudioApp = lazy(() => import('./studio/StudioApp'));
const reach = isReachRoute(location.hash);
const studio = !reach && /^\/studio\/?$/.test(location.pathname);
// Switching between the hall and a studio page by its address starts the other page afresh.
window.addEventListener('hashchange', () => { if (isReachRoute(location.hash) !== reach) location.reload(); });

installDiagnostics();
// The composition root: state loads the world and the XR wrapper without importing either.
registerWorld({ world: () => import('./world/World'), xrShell: () => import('./xr/XRShell') });
// The hall starts loading before React first renders: the bundle and the world's code are on their way meanwhile.
if (!notes && !reach && !studio) {
  void loadHall();
  // Reach's collector comes once the hall is up, so it takes nothing from the first view.
  const unsubscribe = useExpo.subscribe((s) => {
    if (!s.ready) return;
    unsubscribe();
    void import('./analytics/collector').then((m) => m.startCollector());
  });
}
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    {notes ? <Suspense fallback={null}><NotesWindow /></Suspense> : reach ? <Suspense fallback={null}><ReachPage /></Suspense> : studio ? <Suspense fallback={null}><StudioApp /></Suspense> : <App />}
  </StrictMode>,
);
