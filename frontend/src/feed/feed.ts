import { api, data, type Entry } from '../api/client';
import { advance, ENTRIES } from '../library/entries';
import { fetchEntryForContent } from '../catalog/catalogApi';
import { isChapterRead } from '../catalog/chapters';
import type { Weekday } from './days';

export const FEED_PAGE_SIZE = 30;
/** At most this many series release on one day for one reader; more would be a list of its own. */
export const TODAY_LIMIT = 100;

/*
 * Both queries hang under the entries' key: reading a chapter anywhere changes what is read in the feed and what
 * is left for today, so the library's one invalidation refreshes them too.
 */
export const feedKey = [...ENTRIES, 'feed'] as const;
export const releasingTodayKey = (day: Weekday) => [...ENTRIES, 'releasing', day] as const;

/** The new chapters one line per series and day: a back catalogue added at once is one line. */
export async function fetchFeedPage(page: number) {
  return data(await api.GET('/api/feed/releases', { params: { query: { page, page_size: FEED_PAGE_SIZE } } }));
}

export async function fetchReleasingToday(day: Weekday) {
  return data(
    await api.GET('/api/progress', {
      params: { query: { release_day: day, status: 'reading,on_hold', ordering: 'title', page_size: TODAY_LIMIT } },
    }),
  );
}

/**
 * What marking a series read up to `chapter` would do, by its entry as the server has it now (the feed may be older
 * than a chapter read on another device since): nothing, when that chapter is read already, or else how many
 * chapters it marks, when that can be told: the chapter is the series' latest, and all its unread ones are.
 */
export type ReadUpToPlan = { alreadyRead: true; entry: Entry } | { alreadyRead: false; entry?: Entry; marks?: number };

export async function planReadUpTo(contentId: number, chapter: string): Promise<ReadUpToPlan> {
  const now = await fetchEntryForContent(contentId);
  if (now && isChapterRead(chapter, now.last_chapter)) {
    return { alreadyRead: true, entry: now };
  }
  const marks = now?.latest_chapter?.chapter_number === chapter ? now.unread_count : undefined;
  return { alreadyRead: false, entry: now ?? undefined, marks };
}

/**
 * Every chapter of a series up to `chapter` read: marked through its entry, as the server has it now (the feed does
 * not carry it), so that the statistics count them, the first ones too; by the content when there is no entry any
 * more, which tracks the series again.
 */
export async function readUpTo(contentId: number, chapter: string, entry?: Entry): Promise<Entry> {
  if (entry) {
    return advance(entry.id!, undefined, chapter);
  }
  return data(await api.PUT('/api/contents/{contentId}/progress', { params: { path: { contentId } }, body: { last_chapter: chapter } }));
}
