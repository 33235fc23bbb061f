import { useInfiniteQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { ArrowDownUp, Check, ListChecks } from 'lucide-react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { READING_STATUSES, type Entry, type ReadingStatus } from '../api/client';
import { EntryCard } from './EntryCard';
import { fetchLibraryPage, ORDERINGS, PAGE_SIZE, ENTRIES, type LibraryQuery, type Ordering } from './entries';
import { StatusTabs } from './StatusTabs';
import { TagFilter } from './TagFilter';
import { OtherLists } from './OtherLists';
import { useAdvance } from './useAdvance';
import { useMyStats } from './useStatusCounts';
import { Pending } from '../ui/LoadState';
import { useDebounced } from '../catalog/useDebounced';
import { refocus } from '../ui/refocus';
import { SelectionBar } from './SelectionBar';
import { useRemovals } from './heldRemovals';

function readQuery(params: URLSearchParams): LibraryQuery {
  const status = params.get('status');
  const ordering = params.get('ordering') as Ordering;
  return {
    status: status === 'favorites' || READING_STATUSES.includes(status as ReadingStatus) ? (status as LibraryQuery['status']) : 'reading',
    search: params.get('search') ?? '',
    ordering: ORDERINGS.includes(ordering) ? ordering : '-updated_at',
    unreadOnly: params.get('unread') === '1',
    tag: params.get('tag') ?? '',
  };
}

/** The reader's list, one status at a time; the address holds the choices, so back and reload keep them. */
export function LibraryPage() {
  const { t } = useTranslation(['library', 'common']);
  const [params, setParams] = useSearchParams();
  const fromAddress = readQuery(params);
  // what the reader types and ticks shows at once; the address follows, for back and reload
  const [search, setSearch] = useState(fromAddress.search);
  const [unreadOnly, setUnreadOnly] = useState(fromAddress.unreadOnly);
  // one request per pause in typing, not per key
  const query = { ...fromAddress, search: useDebounced(search, 250), unreadOnly };
  const advancing = useAdvance();
  // picking entries to change together: by id, so that a page more, or a list read again, keeps the ticks
  const [selecting, setSelecting] = useState(false);
  const [picked, setPicked] = useState<ReadonlySet<number>>(new Set());
  const selectButton = useRef<HTMLButtonElement>(null);
  const searchField = useRef<HTMLInputElement>(null);
  const tagFilter = useRef<HTMLSelectElement>(null);

  const pages = useInfiniteQuery({
    queryKey: [...ENTRIES, 'library', query],
    queryFn: ({ pageParam }) => fetchLibraryPage(query, pageParam),
    initialPageParam: 1,
    getNextPageParam: (last, all) => (last.next ? all.length + 1 : undefined),
  });
  const { hidden, counted } = useRemovals();
  const loaded = pages.data?.pages.flatMap((page) => page.results ?? []) ?? [];
  const entries = loaded.filter((entry) => !hidden.has(entry.id!));
  // the server still counts the entries removed with an Undo until the list is read again without them
  const matches = (pages.data?.pages[0]?.count ?? 0) - (loaded.length - entries.length);
  // only what the list shows: a tick on an entry another filter hides is not changed unseen
  const selected = entries.filter((entry) => picked.has(entry.id!));

  function toggle(entry: Entry) {
    const next = new Set(picked);
    if (!next.delete(entry.id!)) {
      next.add(entry.id!);
    }
    setPicked(next);
  }

  /**
   * The next page, and the focus on its first entry (its tick box while picking, the title being out of the
   * keyboard's way then): the button pressed is gone once the last page is there.
   */
  async function showMore() {
    if (pages.isFetchingNextPage) {
      return;
    }
    const shown = entries.length;
    await pages.fetchNextPage();
    const target = selecting ? '.entry-select input' : '.entry-title a';
    void refocus(() => document.querySelectorAll<HTMLElement>(`.entries > .entry-card ${target}`)[shown]);
  }

  function leaveSelection() {
    setSelecting(false);
    setPicked(new Set());
    // the bar that held the focus is gone: back to the button that opened it, or, the list now empty, the search
    void refocus(() => selectButton.current, () => searchField.current);
  }

  const filtered = Boolean(search || unreadOnly || query.tag);
  // a reader with entries under other statuses is past the first use: an empty tab is about that status
  const hasEntries = (useMyStats().data?.entries ?? 0) - counted.length > 0;
  // the statuses the catalog's buttons add a series to
  const fromCatalog = query.status === 'reading' || query.status === 'plan_to_read';

  /** Search, unread only and tag dropped; the status tab and the order stay. */
  function clearFilters() {
    setSearch('');
    setUnreadOnly(false);
    const next = new URLSearchParams(params);
    ['search', 'unread', 'tag'].forEach((name) => next.delete(name));
    setParams(next, { replace: true });
    // the button pressed is gone with the empty list
    void refocus(() => searchField.current);
  }

  /** Only the entries with this tag, from a card's chip: the chip pressed is redrawn, or gone, with the list. */
  function filterByTag(tag: string | null) {
    change('tag', tag);
    void refocus(() => tagFilter.current, () => searchField.current);
  }

  function change(name: string, value: string | null) {
    const next = new URLSearchParams(params);
    if (value) {
      next.set(name, value);
    } else {
      next.delete(name);
    }
    setParams(next, { replace: true });
  }

  return (
    <section className="page library">
      {/* Select beside the title, where phones' lists keep their Edit: a row of its own pushed the list down */}
      <div className="page-head">
        <h1>{t('library:title')}</h1>
        {/* nothing to select in an empty list */}
        {(selecting || entries.length > 0) && (
          <button
            type="button"
            ref={selectButton}
            className="filter-chip"
            aria-pressed={selecting}
            onClick={() => (selecting ? leaveSelection() : setSelecting(true))}
          >
            <ListChecks size={16} aria-hidden="true" />
            {t('library:bulk.select')}
          </button>
        )}
      </div>
      <StatusTabs current={query.status} />
      <div className="toolbar">
        <input
          type="search"
          ref={searchField}
          className="search"
          value={search}
          placeholder={t('library:searchPlaceholder')}
          aria-label={t('library:search')}
          onChange={(event) => {
            setSearch(event.currentTarget.value);
            change('search', event.currentTarget.value);
          }}
        />
        <button
          type="button"
          className="filter-chip"
          aria-pressed={unreadOnly}
          onClick={() => {
            setUnreadOnly(!unreadOnly);
            change('unread', unreadOnly ? null : '1');
          }}
        >
          {unreadOnly && <Check size={16} aria-hidden="true" />}
          {t('library:unreadOnly')}
        </button>
        <label className="compact">
          <ArrowDownUp size={18} aria-hidden="true" className="sort-icon" />
          <span className="visually-hidden">{t('library:sort')}</span>
          <select value={query.ordering} onChange={(event) => change('ordering', event.currentTarget.value)}>
            {ORDERINGS.map((ordering) => (
              <option key={ordering} value={ordering}>
                {t(`library:ordering.${ordering.replace('-', '')}`)}
              </option>
            ))}
          </select>
        </label>
        <TagFilter tag={query.tag} onChange={(tag) => change('tag', tag)} selectRef={tagFilter} />
        {query.tag && (
          <Link to="/settings#tags-title" className="manage-tags">
            {t('library:manageTags')}
          </Link>
        )}
      </div>
      <OtherLists query={query} />
      {/* what a search or a filter found, said to a screen reader as the list shows it */}
      <p role="status" className="visually-hidden">
        {filtered && pages.isSuccess ? t('library:matches', { count: matches }) : ''}
      </p>
      <Pending query={pages} />
      {pages.isError && !pages.data && (
        <p role="alert">
          {t('common:loadFailed')}{' '}
          <button type="button" className="link" onClick={() => void pages.refetch()}>
            {t('common:retry')}
          </button>
        </p>
      )}
      {/* the entries shown all removed, a page more may still hold some: that is no empty list */}
      {pages.isSuccess && entries.length === 0 && !pages.hasNextPage && (
        <div className="empty">
          {filtered ? (
            <>
              <p>{t('library:noMatch')}</p>
              {/* the way out of an empty search is to drop it, not the catalog */}
              <button type="button" onClick={clearFilters}>
                {t('library:clearFilters')}
              </button>
            </>
          ) : hasEntries ? (
            <>
              <p>{t(`library:emptyStatus.${query.status}`)}</p>
              <p>{t(`library:emptyStatusHint.${query.status}`)}</p>
              {fromCatalog && (
                <Link to="/catalog" className="button">
                  {t('library:browseCatalog')}
                </Link>
              )}
            </>
          ) : (
            <>
              <p>{t('library:empty')}</p>
              <Link to="/catalog" className="button">
                {t('library:browseCatalog')}
              </Link>
              {/* a reader who kept a spreadsheet brings it rather than adding eighty series one by one */}
              <p className="empty-import">
                <Link to="/settings#import-title">{t('library:importList')}</Link>
              </p>
            </>
          )}
        </div>
      )}
      <ul className="entries" aria-label={t('library:entries')}>
        {entries.map((entry) => (
          <EntryCard
            key={entry.id}
            entry={entry}
            headingLevel={2}
            waiting={advancing.waiting(entry)}
            onAdvance={advancing.advance}
            onTag={filterByTag}
            showStatus={query.status === 'favorites'}
            selection={selecting ? { selected: picked.has(entry.id!), onToggle: toggle } : undefined}
          />
        ))}
      </ul>
      {pages.hasNextPage && (
        <button
          type="button"
          className="more"
          onClick={() => void showMore()}
          // not `disabled` while loading: a disabled button loses the focus
          aria-disabled={pages.isFetchingNextPage}
        >
          {t('library:more', { count: PAGE_SIZE })}
        </button>
      )}
      {selecting && (
        <SelectionBar
          selected={selected}
          shown={entries.length}
          onSelectAll={() => setPicked(new Set(entries.map((entry) => entry.id!)))}
          // the entries shown only, as "all" picks them: a tick a search hides is the reader's still
          onSelectNone={() => setPicked(new Set([...picked].filter((id) => !entries.some((entry) => entry.id === id))))}
          onDone={leaveSelection}
        />
      )}
    </section>
  );
}
