import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ENTRIES } from '../library/entries';
import { Pager } from '../ui/Pager';
import { LoadState } from '../ui/LoadState';
import { fetchRecentChanges, RECENT_PAGE_SIZE } from './catalogApi';
import { HistoryLine } from './EntryHistory';
import './catalog.css';

/**
 * Every change to the reader's list, newest first, each with its series: yesterday's mistaken tap is found here
 * without remembering which series it was, and its series' page, one tap away, takes it back.
 */
export function RecentChangesPage() {
  const { t } = useTranslation(['catalog', 'common']);
  const [page, setPage] = useState(1);
  // among the entries' queries: a change made anywhere reads it again
  const changes = useQuery({
    queryKey: [...ENTRIES, 'recent-changes', page],
    queryFn: () => fetchRecentChanges(page),
    placeholderData: keepPreviousData,
  });
  const items = changes.data?.results ?? [];
  return (
    <section className="page recent-changes">
      <h1 id="recent-title" tabIndex={-1}>
        {t('catalog:recent.title')}
      </h1>
      <p className="muted">{t('catalog:recent.intro')}</p>
      <LoadState query={changes} />
      {changes.isSuccess && items.length === 0 && <p className="empty">{t('catalog:recent.none')}</p>}
      {items.length > 0 && (
        <section className="card history" aria-labelledby="recent-title">
          <ol className="timeline">
            {items.map((item) => (
              <HistoryLine
                key={item.id}
                item={item}
                series={<Link to={`/contents/${item.content.id}`}>{item.content.title || t('catalog:recent.gone')}</Link>}
              />
            ))}
          </ol>
          <Pager
            page={page}
            count={changes.data?.count ?? 0}
            pageSize={RECENT_PAGE_SIZE}
            label={t('catalog:recent.pages')}
            heading="recent-title"
            onPage={setPage}
          />
        </section>
      )}
    </section>
  );
}
