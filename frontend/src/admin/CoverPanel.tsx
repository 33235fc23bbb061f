import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { api, data } from '../api/client';
import { Cover } from '../ui/Cover';
import { ImagePicker } from '../ui/ImagePicker';
import { rawImageBody } from '../ui/images';
import { useRefreshAll, type Content } from './adminApi';

/** The cover: chosen, looked at, then sent as it is (the server re-encodes it); or removed. */
export function CoverPanel({ content }: { content: Pick<Content, 'id' | 'title' | 'cover'> }) {
  const { t } = useTranslation('admin');
  const refresh = useRefreshAll();
  const id = content.id!;

  const upload = useMutation({
    mutationFn: async (image: File) =>
      data(await api.PUT('/api/contents/{id}/cover', { params: { path: { id } }, ...rawImageBody(image) })),
    onSuccess: () => {
      toast.success(t('cover.uploaded'));
      return refresh();
    },
  });
  const remove = useMutation({
    mutationFn: async () => data(await api.DELETE('/api/contents/{id}/cover', { params: { path: { id } } })),
    onSuccess: () => {
      toast.success(t('cover.removed'));
      return refresh();
    },
  });

  return (
    <section className="card cover-panel" aria-labelledby="cover-title">
      <h2 id="cover-title">{t('cover.title')}</h2>
      <ImagePicker
        id="cover"
        text={(key, values) => t(`cover.${key}`, values)}
        image={content.cover}
        show={(src) => <Cover src={src} title={content.title} size="large" />}
        upload={upload}
        remove={remove}
      />
    </section>
  );
}
