import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';

/**
 * A screen that failed: its code could not be loaded (offline before the app was kept on the device, or a new
 * version replaced the files the page asked for) or it broke while drawing. Said in the reader's words, with a way
 * to try again, in place of React Router's page for developers.
 */
export function ScreenError() {
  const { t } = useTranslation();
  const error = useRouteError();
  useEffect(() => console.error(error), [error]);
  // a screen's script (a TypeError, as browsers word it) or its style sheet (Vite's own Error) that did not load
  const notLoaded = error instanceof Error && /dynamically imported module|module script|Unable to preload CSS/i.test(error.message);
  return (
    <section className="page" role="alert">
      <h1>{t(notLoaded ? 'screenError.notLoaded' : 'screenError.broken')}</h1>
      <p>{t(notLoaded ? 'screenError.notLoadedText' : 'screenError.brokenText')}</p>
      <button type="button" className="primary" onClick={() => window.location.reload()}>
        {t('screenError.reload')}
      </button>
    </section>
  );
}
