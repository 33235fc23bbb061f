import { useQueryClient } from '@tanstack/react-query';
import { api, data, type Schemas } from '../api/client';

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
 * A change to the catalog shows in every screen (catalog, library cards, feed, statistics): all queries are marked
 * stale, and those on screen are read again. Administrators change the catalog rarely enough for this to be cheap.
 */
export function useRefreshAll() {
  const queries = useQueryClient();
  return () => queries.invalidateQueries();
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

export async function fetchContent(id: number) {
  return data(await api.GET('/api/contents/{id}', { params: { path: { id } } }));
}

export async function fetchChapters(content: number, page: number) {
  return data(await api.GET('/api/chapters', { params: { query: { content, page, page_size: ALL } } }));
}

export async function fetchUsers(search: string, page: number) {
  return data(await api.GET('/api/users', { params: { query: { ...(search ? { search } : {}), page, page_size: PAGE_SIZE } } }));
}

