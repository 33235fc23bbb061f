import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { api, data } from '../api/client';
import { useSession } from '../session/session';
import { ConfirmButton } from '../ui/ConfirmButton';
import { FormError } from '../ui/FormError';

/** For a lost or shared device: every session of the account ends, this one included. */
export function SessionsSection() {
  const { t } = useTranslation('settings');
  const { signOut } = useSession();
  const everywhere = useMutation({
    mutationFn: async () => data(await api.POST('/api/auth/logout-everywhere')),
    onSuccess: async () => {
      toast.success(t('sessions.done'), { duration: 15_000 });
      await signOut();
    },
  });
  return (
    <section className="card" aria-labelledby="sessions-title">
      <h2 id="sessions-title">{t('sessions.title')}</h2>
      <p className="muted">{t('sessions.intro')}</p>
      <ConfirmButton question={t('sessions.question')} confirm={t('sessions.confirm')} onConfirm={() => everywhere.mutate()} disabled={everywhere.isPending}>
        {t('sessions.button')}
      </ConfirmButton>
      <FormError error={everywhere.error} />
    </section>
  );
}
