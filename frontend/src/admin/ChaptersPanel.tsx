import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { api, data } from '../api/client';
import { Field } from '../ui/Field';
import { FormError, fieldError } from '../ui/FormError';
import { ALL, CHAPTERS, fetchChapters, useRefreshAll, type Chapter } from './adminApi';
import { ConfirmButton } from '../ui/ConfirmButton';
import { MAX_RANGE, parseChapterRange } from './forms';
import { Pager } from '../ui/Pager';
import { usePageInRange } from '../ui/usePageInRange';
import { Pending } from '../ui/LoadState';
import { intlLocale } from '../ui/intlLocale';
import { chapterTitle } from '../ui/chapterTitle';
import { formatDay } from '../ui/formats';

async function addChapter(content: number, chapter_number: string, title = '', release_date?: string) {
  return data(
    await api.POST('/api/chapters', { body: { content, chapter_number, title, ...(release_date ? { release_date } : {}) } }),
  );
}

/** A content's chapters in reading order: add one, add a whole range at once, delete. */
export function ChaptersPanel({ content }: { content: number }) {
  const { t } = useTranslation(['admin', 'common']);
  const [page, setPage] = useState(1);
  const chapters = useQuery({
    queryKey: [...CHAPTERS, content, page],
    queryFn: () => fetchChapters(content, page),
    placeholderData: keepPreviousData,
  });
  usePageInRange(page, setPage, chapters);
  const count = chapters.data?.count ?? 0;

  return (
    <section className="card" aria-labelledby="chapters-title">
      <h2 id="chapters-title">
        {t('chapters.title')} <span className="muted">({count})</span>
      </h2>
      <div className="admin-columns">
        <AddChapterForm content={content} />
        <AddRangeForm content={content} />
      </div>
      <Pending query={chapters} />
      {chapters.isError && <p role="alert">{t('common:loadFailed')}</p>}
      {chapters.isSuccess && count === 0 && <p className="muted">{t('chapters.none')}</p>}
      <ul className="admin-list chapters" aria-label={t('chapters.title')}>
        {chapters.data?.results?.map((chapter) => <ChapterRow key={chapter.id} chapter={chapter} />)}
      </ul>
      <Pager page={page} count={count} pageSize={ALL} onPage={setPage} label={t('chapters.pages')} />
    </section>
  );
}

function AddChapterForm({ content }: { content: number }) {
  const { t } = useTranslation(['admin', 'common']);
  const refresh = useRefreshAll();
  const add = useMutation({
    mutationFn: (form: FormData) =>
      addChapter(content, String(form.get('chapter_number') ?? ''), String(form.get('title') ?? ''), String(form.get('release_date') ?? '')),
    onSuccess: (chapter) => {
      toast.success(t('chapters.added', { number: chapter.chapter_number }));
      return refresh();
    },
  });
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    add.mutate(new FormData(form), { onSuccess: () => form.reset() });
  }
  return (
    <form onSubmit={submit} noValidate aria-labelledby="add-chapter-title">
      <h3 id="add-chapter-title">{t('chapters.addOne')}</h3>
      <Field label={t('chapters.number')} name="chapter_number" required error={fieldError(add.error, 'chapter_number')} />
      <Field label={t('chapters.chapterTitle')} name="title" error={fieldError(add.error, 'title')} />
      <Field label={t('chapters.releaseDate')} name="release_date" type="date" error={fieldError(add.error, 'release_date')} />
      <FormError error={add.error} fields={['chapter_number', 'title', 'release_date']} />
      <button type="submit" className="primary" disabled={add.isPending}>
        {t('chapters.add')}
      </button>
    </form>
  );
}

/** "1–50": one request, all or nothing (a number the content already has refuses the whole range). */
function AddRangeForm({ content }: { content: number }) {
  const { t } = useTranslation(['admin', 'common']);
  const refresh = useRefreshAll();
  const [invalid, setInvalid] = useState<string>();
  const add = useMutation({
    mutationFn: async ({ from, to }: { from: number; to: number }) =>
      data(await api.POST('/api/chapters/range', { body: { content, from, to } })),
    onSuccess: (added) => {
      toast.success(t('chapters.rangeAdded', { count: added.created }));
      return refresh();
    },
  });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const range = parseChapterRange(String(new FormData(form).get('range') ?? ''));
    if (!range.ok) {
      setInvalid(t(`chapters.range.${range.reason}`, { max: MAX_RANGE }));
      return;
    }
    setInvalid(undefined);
    add.mutate(range, { onSuccess: () => form.reset() });
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="add-range-title">
      <h3 id="add-range-title">{t('chapters.addRange')}</h3>
      <Field
        label={t('chapters.range.label')}
        name="range"
        placeholder="1–50"
        hint={t('chapters.range.hint')}
        error={invalid ?? fieldError(add.error, 'from') ?? fieldError(add.error, 'to')}
      />
      {add.isSuccess && <p role="status">{t('chapters.rangeAdded', { count: add.data.created })}</p>}
      <FormError error={add.error} fields={['from', 'to']} />
      <button type="submit" className="primary" disabled={add.isPending}>
        {t('chapters.addAll')}
      </button>
    </form>
  );
}

function ChapterRow({ chapter }: { chapter: Chapter }) {
  const { t, i18n } = useTranslation(['admin', 'common']);
  const refresh = useRefreshAll();
  const id = chapter.id!;
  const remove = useMutation({
    mutationFn: async () => data(await api.DELETE('/api/chapters/{id}', { params: { path: { id } } })),
    onSuccess: () => refresh(),
  });
  return (
    <li>
      <div className="admin-row">
        <span className="admin-row-title">
          {t('chapters.chapter', { number: chapter.chapter_number })}
          {chapterTitle(chapter.title, chapter.chapter_number) && <span className="muted"> · {chapter.title}</span>}
          {chapter.release_date && (
            <small className="muted">
              {formatDay(chapter.release_date, intlLocale(i18n.language), 'medium')}
            </small>
          )}
        </span>
        <ConfirmButton
          label={t('chapters.deleteLabel', { number: chapter.chapter_number })}
          confirm={t('confirm.yes')}
            question={t('chapters.deleteQuestion', { number: chapter.chapter_number })}
          onConfirm={() => remove.mutate()}
          disabled={remove.isPending}
        >
          {t('common:delete')}
        </ConfirmButton>
      </div>
      <FormError error={remove.error} />
    </li>
  );
}
