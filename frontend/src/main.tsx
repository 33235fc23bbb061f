import './preactCompat';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import './i18n';
import { followHeadingInTitle } from './layout/documentTitle';
import { applyStoredTheme } from './preferences/theme';
import './styles.css';

applyStoredTheme();
followHeadingInTitle();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// installable and quick to open: the service worker keeps the app's files (never the API's answers)
if ('serviceWorker' in navigator && import.meta.env.PROD) {
  void import('virtual:pwa-register').then(({ registerSW }) => registerSW({ immediate: true }));
}
