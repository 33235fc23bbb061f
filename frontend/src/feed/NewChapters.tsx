import { intlLocale } from '../ui/intlLocale';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useTimeZone } from '../preferences/useTimeZone';
import { Cover } from '../ui/Cover';
import { LoadState } from '../ui/LoadState';
import { dayName, groupByDay, localIsoDate, type FeedDay, type FeedItem } from './days';
import { FEED_PAGE_SIZE, feedKey, fetchFeedPage } from './feed';
import { chapterTitle } from '../ui/chapterTitle';

/** Every chapter of the series being read, newest release first, by day; the unread ones stand out. */
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
          <ChapterItem key={item.chapter?.id} item={item} />
        ))}
      </ul>
    </div>
  );
}

function ChapterItem({ item }: { item: FeedItem }) {
  const { t } = useTranslation('feed');
  const chapter = item.chapter;
  const content = item.content;
  const title = chapterTitle(chapter?.title, chapter?.chapter_number);
  return (
    <li className={item.read ? 'feed-item read' : 'feed-item unread'}>
      <Link to={`/contents/${content?.id}`}>
        <Cover src={content?.cover} title={content?.title} />
        <span className="feed-text">
          <span className="feed-title">{content?.title}</span>
          <span className="feed-chapter">
            {t('chapter', { number: chapter?.chapter_number })}
            {title && ` · ${title}`}
          </span>
        </span>
        {item.read ? <span className="read-mark">{t('read')}</span> : <span className="badge unread">{t('new')}</span>}
      </Link>
    </li>
  );
}
