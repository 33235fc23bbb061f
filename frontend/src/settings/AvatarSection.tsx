import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { api, data } from '../api/client';
import { useSession, useUser } from '../session/session';
import { Avatar } from '../ui/Avatar';
import { ImagePicker } from '../ui/ImagePicker';
import { rawImageBody } from '../ui/images';

/** The picture beside the reader's name: chosen, looked at, then sent as it is (the server scales it); or removed. */
export function AvatarSection() {
  const { t } = useTranslation('settings');
  const user = useUser();
  const { reload } = useSession();

  const upload = useMutation({
    mutationFn: async (chosen: File) => data(await api.PUT('/api/auth/me/avatar', rawImageBody(chosen))),
    onSuccess: async () => {
      await reload();
      toast.success(t('avatar.saved'));
    },
  });
  const remove = useMutation({
    mutationFn: async () => data(await api.DELETE('/api/auth/me/avatar', {})),
    onSuccess: async () => {
      await reload();
      toast.success(t('avatar.removed'));
    },
  });

  return (
    <section className="card avatar-section" aria-labelledby="avatar-title">
      <h2 id="avatar-title">{t('avatar.title')}</h2>
      <ImagePicker
        id="avatar"
        text={(key, values) => t(`avatar.${key}`, values)}
        image={user.avatar}
        show={(src) => <Avatar src={src} name={user.username ?? ''} size="large" />}
        upload={upload}
        remove={remove}
      />
    </section>
  );
}
