import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { SlidersHorizontal } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import {
  CATALOG_ORDERINGS,
  CATALOG_PAGE_SIZE,
  CONTENT_STATUSES,
  fetchContents,
  fetchTrackedSummary,
  keys,
  type CatalogOrdering,
  type CatalogQuery,
  type ContentStatus,
} from './catalogApi';
import { CatalogFilters } from './CatalogFilters';
import { ContentResultCard } from './ContentResultCard';
import { Pager } from '../ui/Pager';
import { usePageInRange } from '../ui/usePageInRange';
import { useAddToList } from './useAddToList';
import { useDebounced } from './useDebounced';
import './catalog.css';

function readQuery(params: URLSearchParams): CatalogQuery {
  const category = Number(params.get('category'));
  const status = params.get('status') as ContentStatus;
  const ordering = params.get('ordering') as CatalogOrdering;
  const page = Number(params.get('page'));
  return {
    search: params.get('search') ?? '',
    category: Number.isInteger(category) && category > 0 ? category : null,
    status: CONTENT_STATUSES.includes(status) ? status : null,
    language: params.get('language') || null,
    ordering: CATALOG_ORDERINGS.includes(ordering) ? ordering : 'title',
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

const FILTERS_ID = 'catalog-filters';

/** How many filters differ from "all", the order from the title's: what a folded set of filters still applies. */
export function chosenFilters(query: CatalogQuery): number {
  return [query.category, query.status, query.language].filter((value) => value !== null).length + (query.ordering === 'title' ? 0 : 1);
}

/**
 * On a phone, the filters fold behind this button, beside the search, which then leaves the first results in sight;
 * it counts those chosen. Wider screens have room for the filters, and no button (catalog.css hides it).
 */
function FiltersToggle({ open, chosen, onToggle }: { open: boolean; chosen: number; onToggle(): void }) {
  const { t } = useTranslation('catalog');
  return (
    <button type="button" className="filter-chip filters-toggle" aria-expanded={open} aria-controls={FILTERS_ID} onClick={onToggle}>
      <SlidersHorizontal size={16} aria-hidden="true" />
      {t('filters')}
      {chosen > 0 && (
        <>
          <span className="count" aria-hidden="true">
            {chosen}
          </span>
          <span className="visually-hidden">{t('filtersChosen', { count: chosen })}</span>
        </>
      )}
    </button>
  );
}

/**
 * Every content of the catalog, searched (titles, alternative titles, authors) and filtered; the address holds
 * the choices, so that back, reload and a shared link keep them.
 */
export function CatalogPage() {
  const { t } = useTranslation(['catalog', 'common']);
  const [params, setParams] = useSearchParams();
  const fromAddress = readQuery(params);
  const [search, setSearch] = useState(fromAddress.search);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const settledSearch = useDebounced(search);
  const query = { ...fromAddress, search: settledSearch.trim() };

  function change(values: Record<string, string | null>) {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [name, value] of Object.entries(values)) {
          if (value) {
            next.set(name, value);
          } else {
            next.delete(name);
          }
        }
        return next;
      },
      { replace: true },
    );
  }

  // a new search starts again from its first page
  useEffect(() => {
    if (settledSearch !== (params.get('search') ?? '')) {
      change({ search: settledSearch || null, page: null });
    }
  }, [settledSearch]);

  const results = useQuery({ queryKey: keys.contents(query), queryFn: () => fetchContents(query), placeholderData: keepPreviousData });
  // a link to a page the catalog no longer has
  usePageInRange(query.page, (page) => change({ page: page > 1 ? String(page) : null }), results);
  const tracked = useQuery({ queryKey: keys.tracked, queryFn: () => fetchTrackedSummary() });
  const adding = useAddToList();
  const contents = results.data?.results ?? [];
  const count = results.data?.count ?? 0;

  return (
    <section className="page catalog">
      <div className="page-head">
        <h1>{t('catalog:title')}</h1>
        <div className="page-actions">
          <Link to="/catalog/suggestions">{t('catalog:mySuggestions.title')}</Link>
          <Link to="/catalog/suggest" className="button">
            {t('catalog:suggest.action')}
          </Link>
        </div>
      </div>
      <form role="search" className="catalog-search" onSubmit={(event) => event.preventDefault()}>
        <div className="search-row">
          <input
            type="search"
            className="search"
            value={search}
            placeholder={t('catalog:searchPlaceholder')}
            aria-label={t('catalog:search')}
            onChange={(event) => setSearch(event.currentTarget.value)}
          />
          <FiltersToggle open={filtersOpen} chosen={chosenFilters(query)} onToggle={() => setFiltersOpen(!filtersOpen)} />
        </div>
        <CatalogFilters id={FILTERS_ID} folded={!filtersOpen} query={query} onChange={(name, value) => change({ [name]: value, page: null })} />
      </form>
      <p className="result-count muted" role="status">
        {results.isPending
          ? t(results.fetchStatus === 'paused' ? 'common:notKeptOffline' : 'common:loading')
          : results.isSuccess ? t('catalog:resultCount', { count }) : ''}
      </p>
      {results.isError && (
        <p role="alert">
          {t('common:loadFailed')}{' '}
          <button type="button" className="link" onClick={() => void results.refetch()}>
            {t('common:retry')}
          </button>
        </p>
      )}
      {results.isSuccess && contents.length === 0 && (
        <div className="empty">
          <p>{t('catalog:noMatch')}</p>
          <p>
            <Link to={`/catalog/suggest${query.search ? `?title=${encodeURIComponent(query.search)}` : ''}`} className="button primary">
              {query.search ? t('catalog:suggest.missing', { title: query.search }) : t('catalog:suggest.action')}
            </Link>
          </p>
        </div>
      )}
      <ul className="catalog-results" aria-label={t('catalog:results')} aria-busy={results.isFetching}>
        {contents.map((content) => (
          <ContentResultCard
            key={content.id}
            content={content}
            tracked={tracked.data ? tracked.data.contentIds.has(content.id!) : tracked.isError ? false : undefined}
            adding={adding.isPending && adding.variables?.id === content.id}
            onAdd={(chosen, planned) => adding.mutate({ id: chosen.id!, title: chosen.title, planned })}
          />
        ))}
      </ul>
      <Pager
        page={query.page}
        count={count}
        pageSize={CATALOG_PAGE_SIZE}
        label={t('catalog:resultPages')}
        onPage={(page) => {
          change({ page: page > 1 ? String(page) : null });
          window.scrollTo({ top: 0 });
        }}
      />
    </section>
  );
}
