import { useState, type FormEvent } from 'react';
import { Link, Navigate, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, data } from '../api/client';
import { Field } from '../ui/Field';
import { FormError, fieldError } from '../ui/FormError';
import { LanguagePicker } from '../layout/LanguagePicker';
import { useSession } from './session';

const FIELDS = ['username', 'email', 'password'];

export function RegisterPage() {
  const { t } = useTranslation('session');
  const { state, signIn } = useSession();
  const navigate = useNavigate();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  if (state.status === 'signedIn') {
    return <Navigate to="/library" replace />;
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const [username, email, password] = FIELDS.map((name) => String(form.get(name) ?? ''));
    setBusy(true);
    setError(null);
    try {
      data(await api.POST('/api/auth/register', { body: { username, email, password } }));
      await signIn(username, password);
      navigate('/library', { replace: true });
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
        <h2>{t('register.title')}</h2>
        <form onSubmit={submit} noValidate>
          <Field label={t('register.username')} name="username" autoComplete="username" required autoFocus error={fieldError(error, 'username')} />
          <Field label={t('register.email')} name="email" type="email" autoComplete="email" required error={fieldError(error, 'email')} />
          <Field
            label={t('register.password')}
            name="password"
            type="password"
            autoComplete="new-password"
            required
            hint={t('register.passwordHint')}
            error={fieldError(error, 'password')}
          />
          <FormError error={error} fields={FIELDS} />
          <button type="submit" className="primary" disabled={busy}>
            {t('register.submit')}
          </button>
        </form>
        <p>
          {t('register.haveAccount')} <Link to="/sign-in">{t('register.signIn')}</Link>
        </p>
        <LanguagePicker />
      </div>
    </main>
  );
}
