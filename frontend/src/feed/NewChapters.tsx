import { intlLocale } from '../ui/intlLocale';
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useRef } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useTimeZone } from '../preferences/useTimeZone';
import { Cover } from '../ui/Cover';
import { LoadState } from '../ui/LoadState';
import { dayName, groupByDay, localIsoDate, type FeedDay, type FeedRelease } from './days';
import { FEED_PAGE_SIZE, feedKey, fetchFeedPage, readUpTo } from './feed';
import { chapterTitle } from '../ui/chapterTitle';
import { ApiError } from '../api/client';
import { serverMessageLoaded } from '../api/serverMessages';
import { readAgain } from '../api/readAgain';
import { ENTRIES, undo } from '../library/entries';
import { notify } from '../ui/toasts';

/** The new chapters of the series being read, newest first, by day and series; the unread ones stand out. */
export function NewChapters() {
  const { t } = useTranslation(['feed', 'common']);
  const pages = useInfiniteQuery({
    queryKey: feedKey,
    queryFn: ({ pageParam }) => fetchFeedPage(pageParam),
    initialPageParam: 1,
    getNextPageParam: (last, all) => (last.next ? all.length + 1 : undefined),
  });
  const items = pages.data?.pages.flatMap((page) => page.results ?? []) ?? [];
  const total = pages.data?.pages[0]?.count ?? 0;
  return (
    <section className="new-chapters" aria-labelledby="new-chapters-title">
      <h2 id="new-chapters-title">{t('feed:chapters.title')}</h2>
      <LoadState query={pages} />
      {pages.isSuccess && items.length === 0 && (
        <div className="feed-empty">
          <p>{t('feed:chapters.empty')}</p>
          <Link to="/catalog" className="button">
            {t('feed:chapters.browseCatalog')}
          </Link>
        </div>
      )}
      {groupByDay(items).map((day, index) => (
        <ChapterDay key={`${day.date}-${index}`} day={day} />
      ))}
      {pages.hasNextPage && (
        <button type="button" className="more" onClick={() => void pages.fetchNextPage()} disabled={pages.isFetchingNextPage}>
          {t('feed:chapters.more', { count: Math.min(FEED_PAGE_SIZE, total - items.length) })}
        </button>
      )}
    </section>
  );
}

function ChapterDay({ day }: { day: FeedDay }) {
  const { t, i18n } = useTranslation('feed');
  const timeZone = useTimeZone();
  const name = dayName(day.date, localIsoDate(new Date(), timeZone), intlLocale(i18n.language));
  const heading = name.kind === 'date' ? name.text : t(`day.${name.kind}`);
  const id = useId();
  return (
    <div className="feed-day">
      <h3 id={id}>{heading}</h3>
      <ul className="feed-items" aria-labelledby={id}>
        {day.items.map((item) => (
          <ReleaseItem key={`${item.content.id} ${item.date}`} item={item} />
        ))}
      </ul>
    </div>
  );
}

/**
 * Marks a line's chapters read where it is listed, the reader's position moved on to its last chapter, with an
 * undo in the toast, as the library's tap has: the feed is where a reader who has just read them comes back to.
 */
function useMarkRead(item: FeedRelease, line: () => HTMLElement | null) {
  const { t } = useTranslation(['library', 'feed', 'common']);
  const queries = useQueryClient();
  const refresh = () => readAgain(queries, { queryKey: ENTRIES });
  const said = async (error: Error) =>
    notify.error(error instanceof ApiError ? await serverMessageLoaded(error.message) : t('common:networkError'));
  return useMutation({
    mutationFn: () => readUpTo(item.content.id!, item.last.chapter_number!),
    onSuccess: async ({ entry, moved }) => {
      // the button goes with the chapters it marked: the focus stays on the line, not the page's top
      line()?.focus();
      if (!moved) {
        notify.success(t('feed:alreadyRead', { title: item.content.title, chapter: entry.last_chapter }));
        return refresh();
      }
      notify.success(t('library:advanced', { title: item.content.title, chapter: entry.last_chapter }), {
        action: {
          label: t('library:undo'),
          onClick: () =>
            void undo(entry.id!).then(
              (back) => {
                // the feed lists many series: the toast names the one it took back
                notify.success(t('feed:undone', { title: item.content.title, chapter: back.last_chapter || '—' }));
                return refresh();
              },
              said,
            ),
        },
      });
      await refresh();
    },
    onError: said,
  });
}

/**
 * A series' new chapters of one day: one chapter with its title, or the range a batch spans ("Chapters 1 to
 * 374"); the unread count stands out, with a button that marks them read; a line read through says so.
 */
function ReleaseItem({ item }: { item: FeedRelease }) {
  const { t } = useTranslation('feed');
  const { content, first, last, chapters, unread } = item;
  const title = chapters === 1 ? chapterTitle(first.title, first.chapter_number) : null;
  const link = useRef<HTMLAnchorElement>(null);
  const markRead = useMarkRead(item, () => link.current);
  return (
    <li className={unread > 0 ? 'feed-item unread' : 'feed-item read'}>
      <Link to={`/contents/${content.id}`} ref={link}>
        <Cover src={content.cover} title={content.title} />
        <span className="feed-text">
          <span className="feed-title">{content.title}</span>
          <span className="feed-chapter">
            {chapters === 1
              ? t('chapter', { number: first.chapter_number })
              : t('chapterRange', { first: first.chapter_number, last: last.chapter_number })}
            {title && ` · ${title}`}
          </span>
        </span>
        {unread > 0 ? (
          <span className="badge unread">{t('newCount', { count: unread })}</span>
        ) : (
          <span className="read-mark">{t('read', { count: chapters })}</span>
        )}
      </Link>
      {unread > 0 && (
        <button
          type="button"
          className="mark-read"
          onClick={() => !markRead.isPending && markRead.mutate()}
          aria-disabled={markRead.isPending}
          aria-label={t('markReadLabel', { title: content.title, chapter: last.chapter_number })}
        >
          {t('markRead')}
        </button>
      )}
    </li>
  );
}
