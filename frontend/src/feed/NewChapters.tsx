import { intlLocale } from '../ui/intlLocale';
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useTimeZone } from '../preferences/useTimeZone';
import { Cover } from '../ui/Cover';
import { LoadState } from '../ui/LoadState';
import { dayName, groupByDay, localIsoDate, type FeedDay, type FeedRelease } from './days';
import { FEED_PAGE_SIZE, feedKey, fetchFeedPage, planReadUpTo, readUpTo } from './feed';
import { chapterTitle } from '../ui/chapterTitle';
import { ApiError, type Entry } from '../api/client';
import { serverMessageLoaded } from '../api/serverMessages';
import { readAgain } from '../api/readAgain';
import { ChangedSince, takeBack } from '../library/bulk';
import { ENTRIES, markedToast } from '../library/entries';
import { notify } from '../ui/toasts';
import { ConfirmQuestion } from '../ui/ConfirmButton';
import { useUniqueId } from '../ui/useUniqueId';

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
  const id = useUniqueId();
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

/** More chapters than this marked read at once is asked first, even when the line shows them all as new. */
const ASK_ABOVE = 20;

/**
 * Whether a tap should ask before marking `marks` chapters read: more than the line shows as new (the reader was
 * further behind, on chapters of other days), or very many (a back catalogue); a slip would count them all read.
 */
export function asksFirst(marks: number | undefined, shownNew: number): boolean {
  return marks !== undefined && (marks > shownNew || marks > ASK_ABOVE);
}

type MarkReadOutcome =
  | { kind: 'alreadyRead'; entry: Entry }
  | { kind: 'ask'; marks: number }
  | { kind: 'marked'; entry: Entry; marked?: number };

/**
 * Marks a line's chapters read where it is listed, the reader's position moved on to its last chapter, with an
 * undo in the toast, as the library's tap has: the feed is where a reader who has just read them comes back to.
 * Called with `confirmed` false, it stops to ask when it would mark more than the line shows ({@link asksFirst}).
 */
function useMarkRead(item: FeedRelease, line: () => HTMLElement | null, ask: (marks: number) => void) {
  const { t } = useTranslation(['library', 'feed', 'common']);
  const queries = useQueryClient();
  const refresh = () => readAgain(queries, { queryKey: ENTRIES });
  const said = async (error: Error) =>
    notify.error(error instanceof ApiError ? await serverMessageLoaded(error.message) : t('common:networkError'));
  const contentId = item.content.id!;
  const chapter = item.last.chapter_number!;
  return useMutation({
    mutationFn: async (confirmed: boolean): Promise<MarkReadOutcome> => {
      const plan = await planReadUpTo(contentId, chapter);
      if (plan.alreadyRead) {
        return { kind: 'alreadyRead', entry: plan.entry };
      }
      if (!confirmed && asksFirst(plan.marks, item.unread)) {
        return { kind: 'ask', marks: plan.marks! };
      }
      const entry = await readUpTo(contentId, chapter, plan.entry);
      const before = plan.entry?.unread_count;
      return { kind: 'marked', entry, marked: before === undefined ? undefined : before - (entry.unread_count ?? 0) };
    },
    onSuccess: async (outcome) => {
      if (outcome.kind === 'ask') {
        ask(outcome.marks);
        return;
      }
      // the button goes with the chapters it marked: the focus stays on the line, not the page's top
      line()?.focus();
      const { entry } = outcome;
      if (outcome.kind === 'alreadyRead') {
        notify.success(t('feed:alreadyRead', { title: item.content.title, chapter: entry.last_chapter }));
        return refresh();
      }
      const message =
        outcome.marked === undefined
          ? t('library:advanced', { title: item.content.title, chapter: entry.last_chapter })
          : t('feed:marked', { count: outcome.marked, title: item.content.title, chapter: entry.last_chapter });
      notify.success(message, {
        id: markedToast(entry.id!),
        action: {
          label: t('library:undo'),
          // only this mark: taken back while it is still the entry's latest change (a tap or a save since is not)
          onClick: () =>
            void takeBack(entry).then(
              (back) => {
                // the feed lists many series: the toast names the one it took back
                notify.success(t('feed:undone', { title: item.content.title, chapter: back.last_chapter || '—' }));
                return refresh();
              },
              (error: Error) =>
                error instanceof ChangedSince ? notify.message(t('library:undoStale', { title: item.content.title })) : said(error),
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
  const button = useRef<HTMLButtonElement>(null);
  // how many chapters a tap would mark, asked about before they are
  const [asking, setAsking] = useState<number | null>(null);
  const [refocus, setRefocus] = useState(false);
  useEffect(() => {
    if (asking === null && refocus) {
      button.current?.focus();
      setRefocus(false);
    }
  }, [asking, refocus]);
  const markRead = useMarkRead(item, () => link.current, setAsking);
  return (
    <li className={unread > 0 ? 'feed-item unread' : 'feed-item read'}>
      <Link to={`/contents/${content.id}`} ref={link}>
        <Cover src={content.cover} title={content.title} />
        <span className="feed-text">
          <span className="feed-title">{content.title}</span>
          {/* the count beside the chapter, not in a column of its own: on a phone that left the title a word a line */}
          <span className="feed-line">
            <span className="feed-chapter">
              {chapters === 1
                ? t('chapter', { number: first.chapter_number })
                : t('chapterRange', { first: first.chapter_number, last: last.chapter_number })}
              {title && ` · ${title}`}
            </span>
            {unread > 0 ? (
              <span className="badge unread">{t('unreadCount', { count: unread })}</span>
            ) : (
              <span className="read-mark">{t('read', { count: chapters })}</span>
            )}
          </span>
        </span>
      </Link>
      {unread > 0 && asking !== null && (
        <span className="mark-read-question">
          <ConfirmQuestion
            question={t('confirmMarked', { count: asking, chapter: last.chapter_number })}
            confirm={t('confirmMarkedYes', { count: asking })}
            tone="primary"
            onConfirm={() => {
              setAsking(null);
              markRead.mutate(true);
            }}
            onWithdraw={() => {
              setAsking(null);
              setRefocus(true);
            }}
            onLeave={() => setAsking(null)}
          />
        </span>
      )}
      {unread > 0 && asking === null && (
        <button
          ref={button}
          type="button"
          className="mark-read"
          onClick={() => !markRead.isPending && markRead.mutate(false)}
          aria-disabled={markRead.isPending}
          aria-label={t('markReadLabel', { title: content.title, chapter: last.chapter_number })}
        >
          {t('markRead')}
        </button>
      )}
    </li>
  );
}
