import { api, data, type Entry, type ReadingStatus } from '../api/client';

export type Ordering = '-updated_at' | 'title' | '-unread_count' | '-score';
export const ORDERINGS: Ordering[] = ['-updated_at', 'title', '-unread_count', '-score'];
export const PAGE_SIZE = 20;

export interface LibraryQuery {
  status: ReadingStatus | 'favorites';
  search: string;
  ordering: Ordering;
  unreadOnly: boolean;
  /** Entries with this tag only (any case), or all of them when empty. */
  tag: string;
}

/** Every query of the caller's entries starts with this key, so one write refreshes them all. */
export const ENTRIES = ['entries'] as const;

/** The caller's entry for one content (null when they do not track it): the series page's. */
export const entryForContent = (contentId: number) => [...ENTRIES, 'for-content', contentId] as const;

/** What the reader narrowed the list to besides its status: the search, the unread filter, the tag. */
function filters(query: LibraryQuery) {
  return {
    ...(query.search ? { search: query.search } : {}),
    ...(query.unreadOnly ? { has_unread: true } : {}),
    ...(query.tag ? { tag: query.tag } : {}),
  };
}

export async function fetchLibraryPage(query: LibraryQuery, page: number) {
  return data(
    await api.GET('/api/progress', {
      params: {
        query: {
          ...(query.status === 'favorites' ? { favorite: true } : { status: query.status }),
          ...filters(query),
          ordering: query.ordering,
          page,
          page_size: PAGE_SIZE,
        },
      },
    }),
  );
}

/**
 * The entries of every status that the query's search, tag and unread filter find: the first hundred, enough to
 * say under which statuses a searched series is.
 */
export async function fetchMatches(query: LibraryQuery) {
  return data(
    await api.GET('/api/progress', { params: { query: { ...filters(query), page_size: 100 } } }),
  );
}

/**
 * One chapter further; from `from` only (409 if the entry is elsewhere now), or from wherever it is without it. With
 * `to`, every chapter up to that one, each counted as read (the first ones too, which an edit of the last chapter
 * takes for where the reader started).
 */
export async function advance(id: number, from?: string, to?: string): Promise<Entry> {
  const query = { ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }) };
  return data(await api.POST('/api/progress/{id}/advance', { params: { path: { id }, query } }));
}

/**
 * The toast of chapters marked read on an entry, one per entry: the server's undo takes back the entry's latest
 * change, so an older toast's Undo, still on screen, would take back the newer mark instead of its own.
 */
export const markedToast = (entryId: number) => `marked:${entryId}`;

export async function fetchEntry(id: number): Promise<Entry> {
  return data(await api.GET('/api/progress/{id}', { params: { path: { id } } }));
}

export async function undo(id: number): Promise<Entry> {
  return data(await api.POST('/api/progress/{id}/undo', { params: { path: { id } } }));
}
