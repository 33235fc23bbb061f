import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, data } from '../api/client';
import { Field } from '../ui/Field';
import { FormError, fieldError } from '../ui/FormError';
import { LanguagePicker } from '../layout/LanguagePicker';

/**
 * Asks for a reset link by mail. The answer never tells whether an account has the address (the server answers the
 * same either way), so neither does the page: the same words for everyone.
 */
export function ForgotPasswordPage() {
  const { t, i18n } = useTranslation('session');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [sentTo, setSentTo] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const email = String(new FormData(event.currentTarget).get('email') ?? '');
    setBusy(true);
    setError(null);
    try {
      // the mail is written in the language of this page, whatever the browser's own setting
      data(await api.POST('/api/auth/password/reset', { body: { email }, headers: { 'Accept-Language': i18n.language } }));
      setSentTo(email.trim());
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
        <h2>{t('forgot.title')}</h2>
        {sentTo === null ? (
          <form onSubmit={submit} noValidate>
            <p className="muted">{t('forgot.intro')}</p>
            <Field label={t('forgot.email')} name="email" type="email" autoComplete="email" required autoFocus error={fieldError(error, 'email')} />
            <FormError error={error} fields={['email']} />
            <button type="submit" className="primary" disabled={busy}>
              {t('forgot.submit')}
            </button>
          </form>
        ) : (
          <p role="status">{t('forgot.sent', { email: sentTo })}</p>
        )}
        <p>
          <Link to="/sign-in">{t('forgot.back')}</Link>
        </p>
        <LanguagePicker />
      </div>
    </main>
  );
}
