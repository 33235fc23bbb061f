import { useEffect, useRef, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { ArrowDown, Plus } from 'lucide-react';
import { ApiError, type Content, type Entry } from '../api/client';
import { serverMessageLoaded } from '../api/serverMessages';
import { readAgain } from '../api/readAgain';
import { ENTRIES } from '../library/entries';
import { NextChapterActions } from '../library/NextChapterActions';
import { useAdvance } from '../library/useAdvance';
import { fetchContent, fetchEntryForContent, fetchReaders, keys, removeEntry } from './catalogApi';
import { ChapterList } from './ChapterList';
import { ContentDetails } from './ContentDetails';
import { EntryEditor } from './EntryEditor';
import { EntryHistory } from './EntryHistory';
import { SuggestionNotice, tracksAllowed } from './SuggestionNotice';
import { useUser } from '../session/session';
import { useAddToList } from './useAddToList';
import { asksForChapter } from './setChapter';
import './catalog.css';
import { Pending } from '../ui/LoadState';
import { ConfirmButton } from '../ui/ConfirmButton';

/** For a content the reader does not follow yet: start reading it, or keep it for later (no start date). */
function NotTracked({ content, focused, onAdded, onTakenBack }: { content: Content; focused: boolean; onAdded(): void; onTakenBack(): void }) {
  const { t } = useTranslation('catalog');
  // shown in place of the entry just removed: the reader is taken here, not left amid the chapters below
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focused) {
      heading.current?.focus();
    }
  }, [focused]);
  const adding = useAddToList({ onUndone: onTakenBack });
  const add = (planned: boolean) => {
    // said before the answer: this section is gone by the time the mutation's own callbacks would run
    onAdded();
    adding.mutate({ id: content.id!, title: content.title, planned });
  };
  return (
    <section className="card not-tracked" aria-labelledby="entry-title">
      <h2 id="entry-title" tabIndex={-1} ref={heading}>
        {t('myEntry')}
      </h2>
      <p className="muted">{t('notTracked')}</p>
      <div className="button-row">
        <button type="button" className="primary" onClick={() => add(false)} disabled={adding.isPending}>
          <Plus size={18} aria-hidden="true" />
          {t('add')}
        </button>
        <button type="button" onClick={() => add(true)} disabled={adding.isPending}>
          {t('addPlanned')}
        </button>
      </div>
    </section>
  );
}

/** Stops tracking, after the reader confirms in place (the history goes with the entry). */
function RemoveEntry({ entry, title, onRemoved }: { entry: Entry; title?: string; onRemoved(): void }) {
  const { t } = useTranslation(['catalog', 'common']);
  const queries = useQueryClient();
  const removing = useMutation({
    mutationFn: () => removeEntry(entry.id!),
    onSuccess: () => {
      // its history went with it: not to be asked for again with the rest of the reading list
      queries.removeQueries({ queryKey: keys.history(entry.id!) });
      onRemoved();
      queries.setQueryData(keys.entryFor(entry.content!), null);
      toast.success(t('catalog:removed', { title }));
      return readAgain(queries, { queryKey: ENTRIES });
    },
    onError: async (error) => toast.error(error instanceof ApiError ? await serverMessageLoaded(error.message) : t('common:networkError')),
  });
  return (
    <ConfirmButton question={t('catalog:removeQuestion', { title })} confirm={t('catalog:removeConfirm')}
      onConfirm={() => removing.mutate()} disabled={removing.isPending}>
      {t('catalog:remove')}
    </ConfirmButton>
  );
}

/**
 * Back where the reader came from (their library, the feed, a search, a profile), scrolled as they left it; to the
 * catalog when the page was opened first (a shared link, a bookmark).
 */
function BackLink() {
  const { t } = useTranslation('catalog');
  const navigate = useNavigate();
  const cameFromTheApp = useLocation().key !== 'default';
  return cameFromTheApp ? (
    <button type="button" className="link back-link" onClick={() => void navigate(-1)}>
      {t('back')}
    </button>
  ) : (
    <Link to="/catalog" className="back-link">
      {t('backToCatalog')}
    </Link>
  );
}

/**
 * In the series' header, for a series the reader follows: its next chapter read in one tap, and where they read it,
 * as on its library card. The editor below takes the new chapter in; its +1 only fills the field. Where the chapters
 * come under the editor (a phone: some 1,700 px down), a way straight to them.
 */
function SeriesActions({ entry }: { entry: Entry }) {
  const { t } = useTranslation('catalog');
  const { advance, waiting } = useAdvance();
  return (
    <div className="series-actions">
      <NextChapterActions entry={entry} onAdvance={advance} pending={waiting(entry)} />
      <button type="button" className="link to-chapters" onClick={goToChapters}>
        <ArrowDown size={16} aria-hidden="true" />
        {t('goToChapters')}
      </button>
    </div>
  );
}

/** The chapters' heading in sight and focused, so that the keyboard and screen readers carry on from there. */
function goToChapters() {
  const heading = document.getElementById('chapters-title');
  heading?.scrollIntoView({ block: 'start' });
  heading?.focus({ preventScroll: true });
}

/** Opened by a toast's "Set chapter": the editor's last chapter is to take the focus, then the ask is dropped (setChapter.ts). */
function useChapterAsked(): { asked: boolean; done(): void } {
  const location = useLocation();
  const navigate = useNavigate();
  return {
    asked: asksForChapter(location.state),
    done: () => void navigate(location, { replace: true, state: null }),
  };
}

/** A content with the reader's entry for it: what it is, their record and its history, and its chapters. */
export function ContentPage() {
  const { t } = useTranslation(['catalog', 'common']);
  const id = Number(useParams().id);
  const valid = Number.isInteger(id) && id > 0;
  const content = useQuery({ queryKey: keys.content(id), queryFn: () => fetchContent(id), enabled: valid });
  const entry = useQuery({ queryKey: keys.entryFor(id), queryFn: () => fetchEntryForContent(id), enabled: valid });
  const readers = useQuery({ queryKey: keys.readers(id), queryFn: () => fetchReaders(id), enabled: valid });
  const user = useUser();
  // the series whose entry the reader just removed here (or took back from the toast of its adding), if any
  const [removedFrom, setRemovedFrom] = useState<number | null>(null);
  const [addedTo, setAddedTo] = useState<number | null>(null);
  const chapter = useChapterAsked();

  if (!valid || (content.error instanceof ApiError && content.error.status === 404)) {
    return (
      <section className="page empty">
        <h1>{t('catalog:contentNotFound')}</h1>
        <Link to="/catalog">{t('catalog:backToCatalog')}</Link>
      </section>
    );
  }
  // the reader's entry waited for too: drawn after the chapters, it pushed them down the screen as they were tapped
  // (and they gained their marks then)
  if (content.isPending || entry.isPending) {
    return (
      // the back link where the page will have it: centred with the loading message, it jumped left once drawn
      <section className="page">
        <BackLink />
        <div className="page-loading">
          <Pending query={content.isPending ? content : entry} />
        </div>
      </section>
    );
  }
  if (content.isError) {
    return (
      <section className="page">
        <p role="alert">
          {t('common:loadFailed')}{' '}
          <button type="button" className="link" onClick={() => void content.refetch()}>
            {t('common:retry')}
          </button>
        </p>
      </section>
    );
  }

  return (
    <article className="page content-page">
      <BackLink />
      <ContentDetails content={content.data} readers={readers.data} entryId={entry.data?.id} actions={entry.data && <SeriesActions entry={entry.data} />} />
      <SuggestionNotice content={content.data} />
      {/* on a phone: the reader's entry, the chapters, then the history; on a wide screen the chapters beside both */}
      <div className="content-columns">
        <div className="content-entry">
          <Pending query={entry} />
          {entry.isError && <p role="alert">{t('common:loadFailed')}</p>}
          {entry.isSuccess && entry.data === null && tracksAllowed(content.data, user.id) && (
            <NotTracked content={content.data} focused={removedFrom === id} onAdded={() => setAddedTo(id)} onTakenBack={() => setRemovedFrom(id)} />
          )}
          {entry.isSuccess && entry.data && (
            <section className="card">
              <EntryEditor
                key={entry.data.id}
                entry={entry.data}
                focusHeading={addedTo === id}
                focusLastChapter={chapter.asked}
                onLastChapterFocused={chapter.done}
              />
              <div className="remove-entry">
                <RemoveEntry entry={entry.data} title={content.data.title} onRemoved={() => setRemovedFrom(id)} />
              </div>
            </section>
          )}
        </div>
        <div className="content-chapters">
          <ChapterList contentId={id} entry={entry.data} chapterCount={content.data.chapter_count ?? 0} />
        </div>
        {entry.isSuccess && entry.data && (
          <div className="content-history">
            <EntryHistory entry={entry.data} />
          </div>
        )}
      </div>
    </article>
  );
}
