import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { installDiagnostics } from './state/diagnostics';
import { App } from './ui/App';
import './ui/styles.css';

installDiagnostics();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
