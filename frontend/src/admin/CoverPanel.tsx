import { useMutation } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { api, data } from '../api/client';
import { Cover } from '../ui/Cover';
import { ImagePicker } from '../ui/ImagePicker';
import { rawImageBody } from '../ui/images';
import { focusLost, refocus } from '../ui/refocus';
import { useRefreshAll, type Content } from './adminApi';

/** The picker's file field (ImagePicker names it after its id, `cover`). */
const FILE_FIELD = 'cover-file';
const fileField = () => document.getElementById(FILE_FIELD);

/** The cover: chosen, looked at, then sent as it is (the server re-encodes it); or removed. */
export function CoverPanel({ content }: { content: Pick<Content, 'id' | 'title' | 'cover'> }) {
  const { t } = useTranslation('admin');
  const refresh = useRefreshAll();
  const id = content.id!;
  // a file the browser cannot show (text renamed .png): said at once, and dropped from the picker (drawn anew)
  // rather than offered for an upload the server would refuse
  const [unreadable, setUnreadable] = useState(false);
  const [pickerKey, setPickerKey] = useState(0);
  useEffect(() => {
    // the file field drawn anew: the focus, which was on the old one, goes to it
    if (pickerKey > 0 && focusLost()) {
      fileField()?.focus();
    }
  }, [pickerKey]);

  // The button pressed (Upload, Yes, remove) is disabled while sending, then gone: the focus, fallen to the page,
  // goes to the file field, where the next step starts; back on Upload when the server refused the file.
  const upload = useMutation({
    mutationFn: async (image: File) =>
      data(await api.PUT('/api/contents/{id}/cover', { params: { path: { id } }, ...rawImageBody(image) })),
    onSuccess: async () => {
      toast.success(t('cover.uploaded'));
      await refresh();
      void refocus(fileField);
    },
    onError: () => void refocus(() => document.querySelector('.cover-panel .button-row button.primary'), fileField),
  });
  const remove = useMutation({
    mutationFn: async () => data(await api.DELETE('/api/contents/{id}/cover', { params: { path: { id } } })),
    onSuccess: async () => {
      toast.success(t('cover.removed'));
      await refresh();
      void refocus(fileField);
    },
    onError: () => void refocus(fileField),
  });

  return (
    <section className="card cover-panel" aria-labelledby="cover-title">
      <h2 id="cover-title">{t('cover.title')}</h2>
      {/* a file chosen anew: what was said of the last one no longer applies */}
      <div onChange={() => setUnreadable(false)}>
        <ImagePicker
          key={pickerKey}
          id="cover"
          // an empty placeholder is no cover "Now": there is none yet
          text={(key, values) => t(key === 'current' && !content.cover ? 'cover.none' : `cover.${key}`, values)}
          image={content.cover}
          show={(src) =>
            src?.startsWith('blob:') ? (
              <img
                className="cover cover-large"
                src={src}
                alt=""
                onError={() => {
                  setUnreadable(true);
                  setPickerKey((key) => key + 1);
                }}
              />
            ) : (
              <Cover src={src} title={content.title} size="large" />
            )
          }
          upload={upload}
          remove={remove}
        />
      </div>
      {unreadable && (
        <p className="form-error" role="alert">
          {t('cover.unreadable')}
        </p>
      )}
    </section>
  );
}
