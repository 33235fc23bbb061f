import { useMutation } from '@tanstack/react-query';
import { useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { api, data } from '../api/client';
import { Cover } from '../ui/Cover';
import { ConfirmButton } from '../ui/ConfirmButton';
import { FormError } from '../ui/FormError';
import { useRefreshAll, type Content } from './adminApi';
import { COVER_MAX_BYTES, COVER_TYPES, coverProblem } from './forms';

/** The cover: sent as the image itself (the API takes the raw body), re-encoded by the server; or removed. */
export function CoverPanel({ content }: { content: Pick<Content, 'id' | 'title' | 'cover'> }) {
  const { t } = useTranslation(['admin', 'common']);
  const refresh = useRefreshAll();
  const id = content.id!;
  const [file, setFile] = useState<File>();
  const [problem, setProblem] = useState<string>();
  const size = COVER_MAX_BYTES / 1024 / 1024;

  const upload = useMutation({
    mutationFn: async (image: File) =>
      data(
        await api.PUT('/api/contents/{id}/cover', {
          params: { path: { id } },
          // the file as it is: no JSON, no form; the server reads its type from the header
          body: image as unknown as string,
          bodySerializer: (body: unknown) => body as File,
          headers: { 'Content-Type': image.type },
        }),
      ),
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

  /** Why this file cannot be the cover, in words; undefined when it may. */
  const problemOf = (chosen: File) => {
    const why = coverProblem(chosen);
    return why ? t(`cover.${why}`, { size }) : undefined;
  };

  // as in the avatar's section: a new file is checked at once, and what was said of the last one (by the server
  // too: "not a valid PNG image") no longer applies
  function choose(event: ChangeEvent<HTMLInputElement>) {
    const chosen = event.currentTarget.files?.[0];
    upload.reset();
    setFile(chosen);
    setProblem(chosen ? problemOf(chosen) : undefined);
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    if (!file || file.size === 0) {
      setProblem(t('cover.choose'));
      return;
    }
    const why = problemOf(file);
    setProblem(why);
    if (!why) {
      upload.mutate(file, {
        onSuccess: () => {
          form.reset();
          setFile(undefined);
        },
      });
    }
  }

  return (
    <section className="card cover-panel" aria-labelledby="cover-title">
      <h2 id="cover-title">{t('cover.title')}</h2>
      <div className="cover-row">
        <Cover src={content.cover} title={content.title} size="large" />
        <form onSubmit={submit} noValidate>
          <div className="field">
            <label htmlFor="cover-file">{t('cover.file')}</label>
            <input
              id="cover-file"
              name="cover"
              type="file"
              accept={COVER_TYPES.join(',')}
              onChange={choose}
              aria-describedby="cover-hint"
              aria-invalid={problem ? true : undefined}
            />
            <small id="cover-hint" className="hint">
              {t('cover.hint', { size })}
            </small>
          </div>
          {problem && (
            <p className="form-error" role="alert">
              {problem}
            </p>
          )}
          <FormError error={upload.error ?? remove.error} />
          <div className="button-row">
            <button type="submit" className="primary" disabled={upload.isPending}>
              {t('cover.upload')}
            </button>
            {content.cover && (
              <ConfirmButton
                question={t('cover.removeQuestion')}
                confirm={t('cover.removeConfirm')}
                onConfirm={() => remove.mutate()}
                disabled={remove.isPending}
              >
                {t('cover.remove')}
              </ConfirmButton>
            )}
          </div>
        </form>
      </div>
    </section>
  );
}
