import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { api, data } from '../api/client';
import { useSession } from '../session/session';
import { ConfirmButton } from '../ui/ConfirmButton';
import { PasswordField } from '../ui/Field';
import { FormError, fieldError } from '../ui/FormError';

/**
 * Leaving Readtrack: the account, the list and its history are deleted for good, once the password is given and the
 * question answered. The reader is then signed out here, as everywhere else.
 */
export function DeleteAccountSection() {
  const { t } = useTranslation('settings');
  const { signOut } = useSession();
  const [password, setPassword] = useState('');
  const deletion = useMutation({
    mutationFn: async (current_password: string) => data(await api.DELETE('/api/auth/me', { body: { current_password } })),
    onSuccess: async () => {
      toast.success(t('deleteAccount.done'), { duration: 15_000 });
      await signOut();
    },
  });

  return (
    <section className="card" aria-labelledby="delete-account-title">
      <h2 id="delete-account-title">{t('deleteAccount.title')}</h2>
      <p className="muted">{t('deleteAccount.intro')}</p>
      <PasswordField
        label={t('deleteAccount.password')}
        name="current_password"
        autoComplete="current-password"
        value={password}
        onChange={(event) => {
          setPassword(event.currentTarget.value);
          deletion.reset(); // the refusal was of the password that was there
        }}
        error={fieldError(deletion.error, 'current_password')}
      />
      <FormError error={deletion.error} fields={['current_password']} />
      <ConfirmButton
        question={t('deleteAccount.question')}
        confirm={t('deleteAccount.confirm')}
        onConfirm={() => deletion.mutate(password)}
        disabled={deletion.isPending || password === ''}
      >
        {t('deleteAccount.button')}
      </ConfirmButton>
    </section>
  );
}
