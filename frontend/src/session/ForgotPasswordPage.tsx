import { useMutation } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, data } from '../api/client';
import { Field } from '../ui/Field';
import { FormError, fieldError } from '../ui/FormError';
import { takeFocus } from '../ui/refocus';
import { AuthCard } from './AuthCard';
import { useServerConfig } from './serverConfig';

/**
 * Asks for a reset link by mail. The answer never tells whether an account has the address (the server answers the
 * same either way), so neither does the page: the same words for everyone.
 */
export function ForgotPasswordPage() {
  const { t, i18n } = useTranslation('session');
  // a server without mail says so before the reader types anything
  const disabled = useServerConfig().data?.password_reset === false;
  const asking = useMutation({
    mutationFn: async (email: string) =>
      // the mail is written in the language of this page, whatever the browser's own setting
      data(await api.POST('/api/auth/password/reset', { body: { email }, headers: { 'Accept-Language': i18n.language } })),
  });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (asking.isPending) {
      return; // the button stays focusable while the link is asked for, so a second press comes here
    }
    asking.mutate(String(new FormData(event.currentTarget).get('email') ?? ''));
  }

  return (
    <AuthCard title={t('forgot.title')}>
      {disabled ? (
        <p role="status">{t('forgot.disabled')}</p>
      ) : asking.isSuccess ? (
        // the form that held the focus is gone: the answer takes it, and a screen reader reads it out
        <p role="status" tabIndex={-1} ref={takeFocus}>
          {t('forgot.sent', { email: asking.variables.trim() })}
        </p>
      ) : (
        <form onSubmit={submit} noValidate>
          <p className="muted">{t('forgot.intro')}</p>
          <Field label={t('forgot.email')} name="email" type="email" autoComplete="email" required autoFocus error={fieldError(asking.error, 'email')} />
          <FormError error={asking.error} fields={['email']} />
          <button type="submit" className="primary" aria-disabled={asking.isPending || undefined}>
            {t('forgot.submit')}
          </button>
        </form>
      )}
      <p>
        <Link to="/sign-in">{t('forgot.back')}</Link>
      </p>
    </AuthCard>
  );
}
