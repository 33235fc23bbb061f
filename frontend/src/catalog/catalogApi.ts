import { api, ApiError, data, type Content, type Entry, type Schemas } from '../api/client';
import { ENTRIES, entryForContent } from '../library/entries';

export type ContentStatus = NonNullable<Content['status']>;
export const CONTENT_STATUSES: ContentStatus[] = ['ongoing', 'completed', 'hiatus'];

export type CatalogOrdering = 'title' | '-title' | '-created_at' | '-updated_at';
export const CATALOG_ORDERINGS: CatalogOrdering[] = ['title', '-title', '-created_at', '-updated_at'];

/** Languages offered by the filter; the catalog stores ISO codes ("fr" by default). */
export const LANGUAGES = ['fr', 'en', 'ja', 'ko', 'zh', 'es', 'de', 'it'];

export const CATALOG_PAGE_SIZE = 20;
export const CHAPTERS_PAGE_SIZE = 50;
export const HISTORY_PAGE_SIZE = 10;

export interface CatalogQuery {
  search: string;
  category: number | null;
  status: ContentStatus | null;
  language: string | null;
  ordering: CatalogOrdering;
  page: number;
}

export async function fetchContents(query: CatalogQuery) {
  return data(
    await api.GET('/api/contents', {
      params: {
        query: {
          ...(query.search ? { search: query.search } : {}),
          ...(query.category ? { feature_category: query.category } : {}),
          ...(query.status ? { status: query.status } : {}),
          ...(query.language ? { language: query.language } : {}),
          ordering: query.ordering,
          page: query.page,
          page_size: CATALOG_PAGE_SIZE,
        },
      },
    }),
  );
}

/** Every category, for the filter (a catalog holds a few dozen at most; one page of 100 covers them). */
export async function fetchCategories() {
  return data(await api.GET('/api/categories', { params: { query: { page_size: 100 } } })).results ?? [];
}

export async function fetchContent(id: number): Promise<Content> {
  return data(await api.GET('/api/contents/{id}', { params: { path: { id } } }));
}

/**
 * The caller's entry for a content, or null when they do not track it: read from the list filtered by content,
 * which answers an empty page there, where `/api/contents/{id}/progress/` answers 404 (an error in the console of
 * every page of a series not tracked).
 */
export async function fetchEntryForContent(contentId: number): Promise<Entry | null> {
  const page = data(await api.GET('/api/progress', { params: { query: { content: contentId, page_size: 1 } } }));
  return page.results?.[0] ?? null;
}

/** What the caller's list holds as a whole: the contents it tracks. */
export interface TrackedSummary {
  contentIds: Set<number>;
}

/**
 * The caller's whole list, in pages of 100 entries (most readers need one). The catalog marks its results with the
 * contents, so that one cached query answers for every page of results instead of one request per result.
 */
export async function fetchTrackedSummary(maxPages = 20): Promise<TrackedSummary> {
  const contentIds = new Set<number>();
  for (let page = 1; page <= maxPages; page++) {
    const answer = data(await api.GET('/api/progress', { params: { query: { page, page_size: 100, ordering: '-updated_at' } } }));
    for (const entry of answer.results ?? []) {
      if (entry.content !== undefined) {
        contentIds.add(entry.content);
      }
    }
    if (!answer.next) {
      break;
    }
  }
  return { contentIds };
}

export async function fetchChapters(contentId: number, page: number) {
  return data(
    await api.GET('/api/chapters', { params: { query: { content: contentId, page, page_size: CHAPTERS_PAGE_SIZE } } }),
  );
}

/** Whether the content has a chapter of this number, written as it is or in another case ("extra" is "Extra"). */
export async function hasChapterNumbered(contentId: number, number: string): Promise<boolean> {
  const found = data(await api.GET('/api/chapters', { params: { query: { content: contentId, search: number, page_size: 100 } } }));
  return (found.results ?? []).some((chapter) => chapter.chapter_number?.toLowerCase() === number.toLowerCase());
}

/** A change to an entry: `changes` holds `[value before, value after]` by field. */
export type HistoryItem = Schemas['HistoryResponse'];

export type RecentChange = Schemas['RecentChange'];

/** The reader's changes to all their entries, newest first: a page of them. */
export async function fetchRecentChanges(page: number) {
  return data(await api.GET('/api/progress/history', { params: { query: { page, page_size: RECENT_PAGE_SIZE } } }));
}

/** A day or two of a reader's changes on a page. */
export const RECENT_PAGE_SIZE = 25;

export async function fetchHistory(entryId: number, page: number) {
  return data(
    await api.GET('/api/progress/{id}/history', { params: { path: { id: entryId }, query: { page, page_size: HISTORY_PAGE_SIZE } } }),
  );
}

/**
 * Adds a content to the list: being read (the server dates its start today), or planned (no start date). The entry
 * made is returned, for the toast to take it back; one already there (409) is not this press's to take back.
 */
export async function addToList(contentId: number, planned = false): Promise<{ created: true; entry: Entry } | { created: false }> {
  try {
    const entry = data(await api.POST('/api/progress', { body: { content: contentId, ...(planned ? { status: 'plan_to_read' as const } : {}) } }));
    return { created: true, entry };
  } catch (error) {
    if (error instanceof ApiError && error.status === 409) {
      return { created: false };
    }
    throw error;
  }
}

/** A PATCH body: only the fields that changed; null clears a score, a date or a text. */
export type EntryChanges = Schemas['ProgressPatch'];

export async function saveEntry(id: number, changes: EntryChanges): Promise<Entry> {
  return data(await api.PATCH('/api/progress/{id}', { params: { path: { id } }, body: changes }));
}

export async function removeEntry(id: number): Promise<void> {
  // kept alive: a removal held for its Undo is sent as the page goes away, and must still reach the server
  const result = await api.DELETE('/api/progress/{id}', { params: { path: { id } }, keepalive: true });
  if (!result.response.ok) {
    throw new ApiError(result.response.status, (result.error ?? {}) as Schemas['Problem']);
  }
}

export type ContentReaders = Schemas['ContentReaders'];

/** How many follow a content, and their mean score: counts only, no reader named. */
export async function fetchReaders(contentId: number): Promise<ContentReaders> {
  return data(await api.GET('/api/contents/{id}/readers', { params: { path: { id: contentId } } }));
}

/** Query keys: everything about the caller's entries sits under ENTRIES so that one write refreshes it all. */
export const keys = {
  contents: (query: CatalogQuery) => ['catalog', 'contents', query] as const,
  categories: ['catalog', 'categories'] as const,
  content: (id: number) => ['catalog', 'content', id] as const,
  chapters: (id: number, page: number) => ['catalog', 'chapters', id, page] as const,
  chapterNamed: (id: number, number: string) => ['catalog', 'chapters', id, 'named', number] as const,
  tracked: [...ENTRIES, 'tracked-contents'] as const,
  entryFor: entryForContent,
  // under ENTRIES: adding, removing or scoring the reader's own entry changes them (not kept offline: see kept())
  readers: (contentId: number) => [...ENTRIES, 'readers', contentId] as const,
  history: (entryId: number, page?: number) => [...ENTRIES, 'history', entryId, ...(page === undefined ? [] : [page])] as const,
};
