import { useMutation, useQuery } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, data } from '../api/client';
import { PasswordField } from '../ui/Field';
import { FormError, fieldError } from '../ui/FormError';
import { takeFocus } from '../ui/refocus';
import { AuthCard } from './AuthCard';
import { useServerConfig } from './serverConfig';

/**
 * Where the mailed link leads (`/reset-password?token=…`): a new password, then signing in with it. Setting it ends
 * every session of the account, so the page does not sign in by itself: the person does, as anywhere else.
 */
export function ResetPasswordPage() {
  const { t } = useTranslation('session');
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const setting = useMutation({
    mutationFn: async (password: string) => data(await api.POST('/api/auth/password/reset/confirm', { body: { token, new_password: password } })),
  });
  // the link is checked as the page opens: a dead one is said at once, not after a new password was typed twice.
  // Any other failure leaves the form, and the submission's own answer says what is wrong
  const check = useQuery({
    queryKey: ['password-reset-link', token],
    queryFn: async () => data(await api.POST('/api/auth/password/reset/check', { body: { token } })) ?? null,
    enabled: token !== '',
    retry: false,
    staleTime: Infinity,
  });
  const error = setting.error;
  const badLink = !token || fieldError(error, 'token') !== undefined || fieldError(check.error, 'token') !== undefined;
  const disabled = useServerConfig().data?.password_reset === false;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setting.mutate(String(new FormData(event.currentTarget).get('new_password') ?? ''));
  }

  let content;
  if (setting.isSuccess) {
    content = (
      <>
        <p role="status">{t('reset.done')}</p>
        <Link to="/sign-in" className="button primary" ref={takeFocus}>
          {t('reset.signIn')}
        </Link>
      </>
    );
  } else if (badLink) {
    // without mail, a new link comes from an administrator (Admin › Users), not from the page that asks for one
    content = (
      <>
        <p role="alert" className="form-error">
          {t('reset.badLink')}
        </p>
        {disabled ? (
          <>
            <p>{t('forgot.disabled')}</p>
            <Link to="/sign-in">{t('forgot.back')}</Link>
          </>
        ) : (
          <Link to="/forgot-password" className="button primary">
            {t('reset.askAgain')}
          </Link>
        )}
      </>
    );
  } else {
    content = (
      <form onSubmit={submit} noValidate>
        <PasswordField
          label={t('reset.password')}
          name="new_password"
          autoComplete="new-password"
          required
          autoFocus
          hint={t('register.passwordHint')}
          error={fieldError(error, 'new_password')}
        />
        <FormError error={error} fields={['new_password', 'token']} />
        <button type="submit" className="primary" disabled={setting.isPending}>
          {t('reset.submit')}
        </button>
      </form>
    );
  }

  return <AuthCard title={t(setting.isSuccess ? 'reset.doneTitle' : 'reset.title')}>{content}</AuthCard>;
}
