import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { api, data } from '../api/client';
import { FormError } from '../ui/FormError';
import { CONTENTS, fetchContent, useRefreshAll, type ContentRequest } from './adminApi';
import { ChaptersPanel } from './ChaptersPanel';
import { ConfirmButton } from '../ui/ConfirmButton';
import { ContentForm, detailsOf } from './ContentForm';
import { CoverPanel } from './CoverPanel';
import type { FromContentList } from './ContentsPanel';
import { focusHeading } from '../ui/focusHeading';
import { fetchReaders, keys } from '../catalog/catalogApi';
import { intlLocale } from '../ui/intlLocale';
import { numberFormat } from '../ui/formats';
import { useConfirmLeaving } from '../ui/useConfirmLeaving';
import { ANOTHER_SCREEN } from '../layout/focusOnNavigation';

/** The state of a link that opens a content at its chapters: a suggestion just approved has none yet. */
export type ToChapters = { chapters: true };

/** A new content, or one of the catalog with its cover and chapters. */
export function ContentEditorPage() {
  const { id } = useParams();
  return id ? <EditContent id={Number(id)} /> : <NewContent />;
}

function BackLink() {
  const { t } = useTranslation('admin');
  const from = useLocation().state as FromContentList | null;
  return (
    <p>
      <Link to={`/admin/catalog${from?.list ?? ''}`}>{t('contents.back')}</Link>
    </p>
  );
}

/**
 * Leaving with changes not saved asks first (the back link, the tabs, the browser's back). Not once they are on their
 * way: the page that follows a creation or a deletion is no loss.
 */
function useUnsavedDetails(sending: boolean) {
  const { t } = useTranslation('admin');
  const [unsaved, setUnsaved] = useState(false);
  useConfirmLeaving(unsaved && !sending, t('contentForm.leaveUnsaved'));
  return setUnsaved;
}

function NewContent() {
  const { t } = useTranslation('admin');
  const navigate = useNavigate();
  const refresh = useRefreshAll();
  const create = useMutation({
    mutationFn: async (body: ContentRequest) => data(await api.POST('/api/contents', { body })),
    onSuccess: (content) => {
      toast.success(t('contents.created', { title: content.title }));
      void refresh();
    },
  });
  const setUnsaved = useUnsavedDetails(create.isPending || create.isSuccess);
  // the cover and chapters are added on the content's own page; gone to once drawn as created (no longer unsaved),
  // else leaving would be asked about
  const created = create.data?.id;
  useEffect(() => {
    if (created !== undefined) {
      navigate(`/admin/catalog/contents/${created}`, { replace: true, state: ANOTHER_SCREEN });
    }
  }, [created]);
  return (
    <>
      <BackLink />
      <h1>{t('contents.newTitle')}</h1>
      <section className="card">
        <ContentForm
          onSubmit={(body) => create.mutate(body)}
          busy={create.isPending}
          error={create.error}
          onUnsavedChange={setUnsaved}
        />
      </section>
    </>
  );
}

/** How many readers lose their entry with the content: told before it is deleted, in the question too. */
function useReadersLost(id: number): { count: number; readers: string } | undefined {
  const { i18n } = useTranslation();
  const readers = useQuery({ queryKey: keys.readers(id), queryFn: () => fetchReaders(id) });
  const count = readers.data?.readers;
  return count === undefined ? undefined : { count, readers: numberFormat(intlLocale(i18n.language)).format(count) };
}

function EditContent({ id }: { id: number }) {
  const { t } = useTranslation(['admin', 'common']);
  const lost = useReadersLost(id);
  const navigate = useNavigate();
  const refresh = useRefreshAll();
  const content = useQuery({ queryKey: [...CONTENTS, 'one', id], queryFn: () => fetchContent(id) });
  const toChapters = (useLocation().state as Partial<ToChapters> | null)?.chapters === true;
  const loaded = content.isSuccess;
  useEffect(() => {
    // the chapters' heading, focused, is scrolled into view: the forms to add them are right under it
    if (toChapters && loaded) {
      focusHeading('chapters-title');
    }
  }, [toChapters, loaded]);
  const save = useMutation({
    mutationFn: async (body: ContentRequest) => data(await api.PUT('/api/contents/{id}', { params: { path: { id } }, body })),
    onSuccess: () => {
      toast.success(t('common:saved'));
      return refresh();
    },
  });
  const remove = useMutation({
    mutationFn: async () => data(await api.DELETE('/api/contents/{id}', { params: { path: { id } } })),
    onSuccess: () => {
      toast.success(t('contents.deleted', { title: content.data?.title }));
      void refresh();
    },
  });
  const setUnsaved = useUnsavedDetails(save.isPending || remove.isPending || remove.isSuccess);
  // as after a creation: the details typed went with the series, nothing to ask about
  const removed = remove.isSuccess;
  useEffect(() => {
    if (removed) {
      navigate('/admin/catalog', { replace: true, state: ANOTHER_SCREEN });
    }
  }, [removed]);

  if (content.isPending) {
    return <p role="status">{t('common:loading')}</p>;
  }
  if (content.isError) {
    return (
      <>
        <BackLink />
        <p role="alert">{t('common:loadFailed')}</p>
      </>
    );
  }
  const suggested = content.data.suggestion?.status === 'pending';
  return (
    <>
      <BackLink />
      <h1>{content.data.title}</h1>
      {suggested && (
        <p className="admin-notice">
          {t('contents.suggestedNotice')} <Link to="/admin/suggestions">{t('contents.review')}</Link>
        </p>
      )}
      <section className="card" aria-labelledby="details-title">
        <h2 id="details-title">{t('contents.details')}</h2>
        <ContentForm
          key={detailsOf(content.data)}
          content={content.data}
          onSubmit={(body) => save.mutate(body)}
          busy={save.isPending}
          error={save.error}
          onUnsavedChange={setUnsaved}
        />
      </section>
      {/* a file chosen for one content is not offered for the next one opened */}
      <CoverPanel key={content.data.id} content={content.data} />
      <ChaptersPanel content={id} />
      <section className="card danger-zone" aria-labelledby="delete-title">
        <h2 id="delete-title">{t('contents.deleteTitle')}</h2>
        {/* the readers who lose their entry counted once known; said in general words until then */}
        <p className="muted">{t(suggested ? 'contents.deleteSuggestionText' : lost ? 'contents.deleteChaptersText' : 'contents.deleteText')}</p>
        {lost && <p>{lost.count > 0 ? t('contents.deleteReaders', lost) : t('contents.deleteNoReaders')}</p>}
        <ConfirmButton
          confirm={t('confirm.yes')}
          question={lost && lost.count > 0
            ? t('contents.deleteQuestionReaders', { ...lost, title: content.data.title })
            : t('contents.deleteQuestion', { title: content.data.title })} onConfirm={() => remove.mutate()} disabled={remove.isPending}>
          {t('contents.delete')}
        </ConfirmButton>
        <FormError error={remove.error} />
      </section>
    </>
  );
}
