import { useMutation } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { api, data } from '../api/client';
import { useSession, useUser } from '../session/session';
import { rememberSignInName } from '../session/signInName';
import { PasswordField } from '../ui/Field';
import { FormError, fieldError } from '../ui/FormError';

const FIELDS = ['old_password', 'new_password'];

/**
 * A new password ends every session of the account, this one too: the reader is signed out here and asked, on the
 * sign-in page, to sign in with the new one.
 */
export function PasswordForm() {
  const { t } = useTranslation('settings');
  const { signOut } = useSession();
  const user = useUser();

  const change = useMutation({
    mutationFn: async (body: { old_password: string; new_password: string }) => data(await api.POST('/api/auth/password', { body })),
    onSuccess: async () => {
      toast.success(t('password.changed'), { duration: 15_000 });
      // signed out without asking: the sign-in form has the name ready, only the new password to type
      rememberSignInName(user.username ?? '');
      await signOut();
    },
  });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const values = new FormData(event.currentTarget);
    change.mutate({ old_password: String(values.get('old_password') ?? ''), new_password: String(values.get('new_password') ?? '') });
  }

  return (
    <section className="card" aria-labelledby="password-title">
      <h2 id="password-title">{t('password.title')}</h2>
      <p className="muted">{t('password.intro')}</p>
      <form onSubmit={submit} noValidate>
        <PasswordField
          label={t('password.old')}
          name="old_password"
          autoComplete="current-password"
          required
          error={fieldError(change.error, 'old_password')}
        />
        <PasswordField
          label={t('password.new')}
          name="new_password"
          autoComplete="new-password"
          required
          hint={t('password.hint')}
          error={fieldError(change.error, 'new_password')}
        />
        <FormError error={change.error} fields={FIELDS} />
        <button type="submit" className="primary" disabled={change.isPending}>
          {t('password.submit')}
        </button>
      </form>
    </section>
  );
}
