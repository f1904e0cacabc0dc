/** The page: the 3D hall (loaded on demand) under a DOM overlay for directory, reader and help. */
import { lazy, Suspense, useEffect } from 'react';
import { listenToKeys } from '../input/keyboard';
import { followRoute, loadedWorld } from '../state/load';
import { useExpo } from '../state/store';
import { CutFade } from './CutFade';
import { Directory } from './Directory';
import { FigureCard } from './FigureCard';
import { Help } from './Help';
import { Joystick } from './Joystick';
import { LoadingScreen } from './LoadingScreen';
import { TopBar } from './TopBar';

const PresentUI = lazy(() => import('../present/PresentUI'));
const PresencePanel = lazy(() => import('../presence/PresencePanel'));
// The reader comes with the first clause a visitor opens: many never open one.
const Reader = lazy(() => import('./Reader').then((m) => ({ default: m.Reader })));

/** The whole app. */
export function App() {
  const status = useExpo((s) => s.status);
  // loadHall says 'ready' only once the world's code is here.
  const World = status === 'ready' ? loadedWorld()?.default : undefined;
  const error = useExpo((s) => s.error);
  const ready = useExpo((s) => s.ready);
  const readerOpen = useExpo((s) => s.readerOpen);
  // The presenting layer loads once someone presents, follows, asks to follow or leaves a kiosk running.
  const presenting = useExpo((s) => s.present.role !== 'none' || s.present.kiosk !== 'off' || s.present.joinOpen || s.present.away || !!s.present.error);
  useEffect(() => {
    const onHash = () => followRoute();
    window.addEventListener('hashchange', onHash);
    const stopKeys = listenToKeys();
    return () => { window.removeEventListener('hashchange', onHash); stopKeys(); };
  }, []);
  return (
    <>
      {World && <World />}
      <CutFade />
      {status === 'error' && <p role="alert" className="error-banner">{error}</p>}
      <LoadingScreen />
      {/* The loading screen covers the bar; drawn beneath it, it only cost the first frame time. */}
      {(ready || status === 'error') && <TopBar />}
      <Directory />
      {readerOpen && (
        <Suspense fallback={null}>
          <Reader />
        </Suspense>
      )}
      <FigureCard />
      <Help />
      <Joystick />
      {ready && (
        <Suspense fallback={null}>
          <PresencePanel />
        </Suspense>
      )}
      {presenting && (
        <Suspense fallback={null}>
          <PresentUI />
        </Suspense>
      )}
    </>
  );
}
