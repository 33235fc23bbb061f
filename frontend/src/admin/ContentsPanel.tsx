import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useDeferredValue, useState } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Cover } from '../ui/Cover';
import { CONTENTS, fetchContents, PAGE_SIZE } from './adminApi';
import { Pager } from '../ui/Pager';
import { usePageInRange } from '../ui/usePageInRange';
import { Pending } from '../ui/LoadState';
import { SuggestionStatusBadge } from '../catalog/SuggestionStatusBadge';
import { SearchBox } from '../ui/SearchBox';

/** What an editor's "back" link returns to: this list as it was left (the address holds its search and page). */
export interface FromContentList {
  list: string;
}

/**
 * The catalog's contents, searched by title, each a link to its editor. The search and the page are in the address,
 * so that back (the browser's or the editor's) returns to the same list.
 */
export function ContentsPanel() {
  const { t } = useTranslation(['admin', 'common']);
  const [params, setParams] = useSearchParams();
  const [search, setSearch] = useState(params.get('search') ?? '');
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);
  const from: FromContentList = { list: useLocation().search };
  const deferred = useDeferredValue(search);

  function show(nextSearch: string, nextPage: number) {
    const next = new URLSearchParams(params);
    if (nextSearch) {
      next.set('search', nextSearch);
    } else {
      next.delete('search');
    }
    if (nextPage > 1) {
      next.set('page', String(nextPage));
    } else {
      next.delete('page');
    }
    setParams(next, { replace: true });
  }
  const setPage = (nextPage: number) => show(search, nextPage);
  const contents = useQuery({
    queryKey: [...CONTENTS, deferred, page],
    queryFn: () => fetchContents(deferred, page),
    placeholderData: keepPreviousData,
  });
  usePageInRange(page, setPage, contents);

  return (
    <section className="card" aria-labelledby="contents-title">
      <div className="section-head">
        <h2 id="contents-title" tabIndex={-1}>{t('contents.title')}</h2>
        <Link to="/admin/catalog/contents/new" className="button primary">
          {t('contents.new')}
        </Link>
      </div>
      <div className="toolbar">
        <SearchBox
          value={search}
          label={t('contents.search')}
          placeholder={t('contents.searchPlaceholder')}
          onSearch={(text) => {
            setSearch(text);
            show(text, 1);
          }}
        />
      </div>
      <Pending query={contents} />
      {contents.isError && <p role="alert">{t('common:loadFailed')}</p>}
      {contents.isSuccess && contents.data.results?.length === 0 && <p className="muted">{t('contents.none')}</p>}
      <ul className="admin-list" aria-label={t('contents.title')}>
        {contents.data?.results?.map((content) => (
          <li key={content.id} className="admin-row">
            <Cover src={content.cover} title={content.title} />
            <span className="admin-row-title">
              <Link to={`/admin/catalog/contents/${content.id}`} state={from}>
                {content.title}
              </Link>
              <small className="muted">
                {content.feature_category_detail?.name} · {t('contents.chapterCount', { count: content.chapter_count ?? 0 })}
              </small>
              {content.suggestion?.status === 'pending' && <SuggestionStatusBadge status="pending" />}
            </span>
          </li>
        ))}
      </ul>
      <Pager
        page={page}
        count={contents.data?.count ?? 0}
        pageSize={PAGE_SIZE}
        onPage={setPage}
        heading="contents-title"
        label={t('contents.pages')}
      />
    </section>
  );
}
