import { useMutation } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, data } from '../api/client';
import { Field } from '../ui/Field';
import { FormError, fieldError } from '../ui/FormError';
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
    asking.mutate(String(new FormData(event.currentTarget).get('email') ?? ''));
  }

  return (
    <AuthCard title={t('forgot.title')}>
      {disabled ? (
        <p role="status">{t('forgot.disabled')}</p>
      ) : asking.isSuccess ? (
        <p role="status">{t('forgot.sent', { email: asking.variables.trim() })}</p>
      ) : (
        <form onSubmit={submit} noValidate>
          <p className="muted">{t('forgot.intro')}</p>
          <Field label={t('forgot.email')} name="email" type="email" autoComplete="email" required autoFocus error={fieldError(asking.error, 'email')} />
          <FormError error={asking.error} fields={['email']} />
          <button type="submit" className="primary" disabled={asking.isPending}>
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
