import { useState, type FormEvent } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Field } from '../ui/Field';
import { FormError, fieldError } from '../ui/FormError';
import { LanguagePicker } from '../layout/LanguagePicker';
import { useServerConfig } from './serverConfig';
import { useSession } from './session';

/** Only paths of this app: `next` comes from the address bar, where anyone could have put another site. */
export function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/library';
}

export function SignInPage() {
  const { t } = useTranslation('session');
  const { state, signIn } = useSession();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const config = useServerConfig().data;
  const next = safeNext(params.get('next'));

  if (state.status === 'signedIn') {
    return <Navigate to={next} replace />;
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    try {
      await signIn(String(form.get('username')), String(form.get('password')));
      navigate(next, { replace: true });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <main className="auth-page">
      <div className="auth-card">
        <h1 className="brand">Readtrack</h1>
        <h2>{t('signIn.title')}</h2>
        <form onSubmit={submit} noValidate>
          <Field label={t('signIn.username')} name="username" autoComplete="username" required autoFocus error={fieldError(error, 'username')} />
          <Field label={t('signIn.password')} name="password" type="password" autoComplete="current-password" required error={fieldError(error, 'password')} />
          <FormError error={error} fields={['username', 'password']} />
          <button type="submit" className="primary" disabled={busy}>
            {t('signIn.submit')}
          </button>
        </form>
        {config?.password_reset && (
          <p>
            <Link to="/forgot-password">{t('signIn.forgot')}</Link>
          </p>
        )}
        {/* until the server has said, registering is offered as it always was */}
        {config?.registration !== 'closed' && (
          <p>
            {t('signIn.noAccount')} <Link to="/register">{t('signIn.register')}</Link>
          </p>
        )}
        <LanguagePicker />
      </div>
    </main>
  );
}
