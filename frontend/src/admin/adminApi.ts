import { useQueryClient } from '@tanstack/react-query';
import { api, data, type Schemas } from '../api/client';
import { readAgain } from '../api/readAgain';

export type Category = Schemas['CategoryResponse'];
export type Content = Schemas['ContentResponse'];
export type ContentRequest = Schemas['ContentRequest'];
export type Chapter = Schemas['ChapterResponse'];
export type AdminUser = Schemas['AdminUserResponse'];
export type SiteStats = Schemas['SiteStats'];

/** Every query of these screens starts with this key. */
export const ADMIN = ['admin'] as const;
export const CATEGORIES = [...ADMIN, 'categories'] as const;
export const CONTENTS = [...ADMIN, 'contents'] as const;
export const CHAPTERS = [...ADMIN, 'chapters'] as const;
export const USERS = [...ADMIN, 'users'] as const;

export const PAGE_SIZE = 20;
/** The most the API gives in one page: enough for every category of a catalog in one select. */
export const ALL = 100;

/**
 * A change to the catalog shows in every screen (catalog, library cards, feed, statistics): every query is read
 * again. Administrators change the catalog rarely enough for this to be cheap.
 */
export function useRefreshAll() {
  const queries = useQueryClient();
  return () => readAgain(queries);
}

export async function fetchCategories(page = 1, pageSize = ALL, search = '') {
  return data(await api.GET('/api/categories', { params: { query: { ...(search ? { search } : {}), page, page_size: pageSize } } }));
}

/** Every category, a page of 100 at a time: the content form's select offers them all. */
export async function fetchAllCategories(): Promise<Category[]> {
  const all: Category[] = [];
  for (let page = 1; ; page++) {
    const result = await fetchCategories(page, ALL);
    all.push(...(result.results ?? []));
    if (!result.next) {
      return all;
    }
  }
}

export async function fetchContents(search: string, page: number) {
  return data(
    await api.GET('/api/contents', {
      params: { query: { ...(search ? { search } : {}), ordering: 'title', page, page_size: PAGE_SIZE } },
    }),
  );
}

/** How many contents of a category the caller sees: public ones, and suggestions awaiting review. */
export async function countContentsIn(category: number): Promise<number> {
  const page = data(await api.GET('/api/contents', { params: { query: { feature_category: category, page_size: 1 } } }));
  return page.count ?? 0;
}

export async function fetchContent(id: number) {
  return data(await api.GET('/api/contents/{id}', { params: { path: { id } } }));
}

/** A content's chapters, the newest first: the ones an editor adds and corrects. */
export async function fetchChapters(content: number, page: number, search = '', pageSize = ALL) {
  return data(
    await api.GET('/api/chapters', {
      params: { query: { content, ordering: '-chapter_number', page, page_size: pageSize, ...(search ? { search } : {}) } },
    }),
  );
}

export async function fetchUsers(search: string, page: number) {
  return data(await api.GET('/api/users', { params: { query: { ...(search ? { search } : {}), page, page_size: PAGE_SIZE } } }));
}


export type Suggestion = Schemas['SuggestionResponse'];
export type SuggestionStatus = NonNullable<Suggestion['status']>;
export const SUGGESTION_STATUSES: SuggestionStatus[] = ['pending', 'approved', 'rejected', 'merged'];
export const SUGGESTIONS = [...ADMIN, 'suggestions'] as const;

/** Everyone's suggestions (the caller reviews them), newest first. */
export async function fetchSuggestions(status: SuggestionStatus | null, page: number) {
  return data(
    await api.GET('/api/suggestions', { params: { query: { ...(status ? { status } : {}), page, page_size: PAGE_SIZE } } }),
  );
}

/** Makes the content public, with these changes laid over it first (none: as suggested). */
export async function approveSuggestion(id: number, changes?: Schemas['ContentPatch']) {
  return data(await api.POST('/api/suggestions/{id}/approve', { params: { path: { id } }, ...(changes ? { body: changes } : {}) }));
}

export async function rejectSuggestion(id: number, reason: string) {
  return data(await api.POST('/api/suggestions/{id}/reject', { params: { path: { id } }, body: { reason } }));
}

/** Moves the suggestion's readers to `into`, a public content, and removes the suggested one. */
export async function mergeSuggestion(id: number, into: number) {
  return data(await api.POST('/api/suggestions/{id}/merge', { params: { path: { id } }, body: { into } }));
}
