import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { User } from '../api/client';
import { useSession } from './session';

/** Screens for signed-in users: others go to sign-in, and come back here afterwards. */
export function RequireSignIn({ children }: { children: ReactNode }) {
  const { state, resume } = useSession();
  const location = useLocation();
  const { t } = useTranslation();
  if (state.status === 'offline') {
    return (
      <main className="auth-page">
        <div className="auth-card" role="alert">
          <h1 className="brand">Readtrack</h1>
          <p>{t('offline')}</p>
          <button type="button" className="primary" onClick={() => void resume()}>
            {t('retry')}
          </button>
        </div>
      </main>
    );
  }
  if (state.status === 'loading') {
    return (
      <p className="page-loading" role="status">
        {t('loading')}
      </p>
    );
  }
  if (state.status === 'signedOut') {
    const back = location.pathname + location.search;
    return <Navigate to={`/sign-in?next=${encodeURIComponent(back)}`} replace />;
  }
  return children;
}

/**
 * Screens for some roles only (`allowed` says which, from the user's role); others are sent to `elsewhere`.
 */
export function RequireRole({
  allowed,
  elsewhere = '/library',
  children,
}: {
  allowed: (user: User) => boolean;
  elsewhere?: string;
  children: ReactNode;
}) {
  const { state } = useSession();
  if (state.status !== 'signedIn' || !allowed(state.user)) {
    return <Navigate to={elsewhere} replace />;
  }
  return children;
}
