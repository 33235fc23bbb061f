import { useMutation } from '@tanstack/react-query';
import { useEffect, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { api, data } from '../api/client';
import { useSession, useUser } from '../session/session';
import { Avatar } from '../ui/Avatar';
import { ConfirmButton } from '../ui/ConfirmButton';
import { FormError } from '../ui/FormError';
import { IMAGE_MAX_BYTES, IMAGE_TYPES, imageProblem, rawImageBody } from '../ui/images';

/** A chosen file as a URL the page may show, released when another is chosen or the section goes. */
function usePreview(file: File | undefined): string | undefined {
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    if (!file) {
      setUrl(undefined);
      return;
    }
    const created = URL.createObjectURL(file);
    setUrl(created);
    return () => URL.revokeObjectURL(created);
  }, [file]);
  return url;
}

/** The picture beside the reader's name: chosen, looked at, then sent as it is (the server scales it); or removed. */
export function AvatarSection() {
  const { t } = useTranslation('settings');
  const user = useUser();
  const { reload } = useSession();
  const [file, setFile] = useState<File>();
  const [problem, setProblem] = useState<string>();
  const [inputKey, setInputKey] = useState(0);
  const preview = usePreview(file);
  const size = IMAGE_MAX_BYTES / 1024 / 1024;

  function clear() {
    setFile(undefined);
    setInputKey((key) => key + 1);
  }

  const upload = useMutation({
    mutationFn: async (chosen: File) => data(await api.PUT('/api/auth/me/avatar', rawImageBody(chosen))),
    onSuccess: async () => {
      clear();
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

  function choose(event: ChangeEvent<HTMLInputElement>) {
    const chosen = event.currentTarget.files?.[0];
    upload.reset();
    if (!chosen) {
      setFile(undefined);
      return;
    }
    const why = imageProblem(chosen);
    setProblem(why ? t(`avatar.${why}`, { size }) : undefined);
    setFile(why ? undefined : chosen);
  }

  return (
    <section className="card avatar-section" aria-labelledby="avatar-title">
      <h2 id="avatar-title">{t('avatar.title')}</h2>
      <div className="avatar-row">
        <figure>
          <Avatar src={preview ?? user.avatar} name={user.username ?? ''} size="large" />
          <figcaption className="muted">{preview ? t('avatar.preview') : t('avatar.current')}</figcaption>
        </figure>
        <div className="avatar-controls">
          <div className="field">
            <label htmlFor="avatar-file">{t('avatar.file')}</label>
            <input
              key={inputKey}
              id="avatar-file"
              type="file"
              accept={IMAGE_TYPES.join(',')}
              onChange={choose}
              aria-describedby="avatar-hint"
              aria-invalid={problem ? true : undefined}
            />
            <small id="avatar-hint" className="hint">
              {t('avatar.hint', { size })}
            </small>
          </div>
          {problem && (
            <p className="form-error" role="alert">
              {problem}
            </p>
          )}
          <FormError error={upload.error ?? remove.error} />
          <div className="button-row">
            {file && (
              <>
                <button type="button" className="primary" onClick={() => upload.mutate(file)} disabled={upload.isPending}>
                  {t('avatar.upload')}
                </button>
                <button type="button" onClick={clear}>
                  {t('avatar.cancel')}
                </button>
              </>
            )}
            {!file && user.avatar && (
              <ConfirmButton
                question={t('avatar.removeQuestion')}
                confirm={t('avatar.removeConfirm')}
                onConfirm={() => remove.mutate()}
                disabled={remove.isPending}
              >
                {t('avatar.remove')}
              </ConfirmButton>
            )}
          </div>
        </div>
      </div>
    </section>
  );
}
