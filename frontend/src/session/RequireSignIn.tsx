import { useEffect, type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { User } from '../api/client';
import { notify } from '../ui/toasts';
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
    if (state.byReader) {
      return <Navigate to="/sign-in" replace />;
    }
    const back = location.pathname + location.search;
    return <Navigate to={`/sign-in?next=${encodeURIComponent(back)}`} replace />;
  }
  return children;
}

/**
 * Screens for some roles only (`allowed` says which, from the user's role); others are sent to `elsewhere`, and
 * told why (`refusal`, in the common messages): a link followed or an address typed should not just lead somewhere
 * else without a word.
 */
export function RequireRole({
  allowed,
  elsewhere = '/library',
  refusal,
  children,
}: {
  allowed: (user: User) => boolean;
  elsewhere?: string;
  refusal: 'onlyAdministrators' | 'onlyModerators';
  children: ReactNode;
}) {
  const { state } = useSession();
  if (state.status !== 'signedIn' || !allowed(state.user)) {
    return <SentElsewhere to={elsewhere} why={refusal} />;
  }
  return children;
}

function SentElsewhere({ to, why }: { to: string; why: 'onlyAdministrators' | 'onlyModerators' }) {
  const { t } = useTranslation();
  const said = t(why);
  useEffect(() => {
    // one toast, however many times the guard is drawn on the way
    notify.message(said, { id: 'sent-elsewhere' });
  }, [said]);
  return <Navigate to={to} replace />;
}
