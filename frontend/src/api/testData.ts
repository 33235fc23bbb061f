import type { Content, Entry, Schemas } from './client';

/**
 * Whole API objects for the unit tests, as the server sends them (every field there, null where it may be), each
 * with the fields a test is about given on top.
 */
const AT = '2026-01-03T10:00:00Z';

export function aChapter(fields: Partial<Schemas['ChapterSummary']> = {}): Schemas['ChapterSummary'] {
  return { id: 1, chapter_number: '1', title: '', release_date: null, ...fields };
}

export function aContent(fields: Partial<Content> = {}): Content {
  return {
    id: 1,
    title: 'A Tale',
    alt_titles: [],
    author: '',
    language: 'en',
    status: 'ongoing',
    release_days: [],
    rating: null,
    description: '',
    cover: null,
    feature_category: 1,
    feature_category_detail: { id: 1, name: 'Manga', description: '', created_at: AT, updated_at: AT },
    chapter_count: 0,
    suggestion: null,
    created_at: AT,
    updated_at: AT,
    ...fields,
  };
}

export function anEntry(fields: Partial<Entry> = {}): Entry {
  const content = fields.content_detail ?? aContent({ id: fields.content ?? 1 });
  return {
    id: 1,
    user: 1,
    content: content.id,
    content_detail: content,
    last_chapter: '',
    notes: '',
    status: 'reading',
    score: null,
    started_on: null,
    finished_on: null,
    rereading: false,
    reread_count: 0,
    favorite: false,
    reading_url: '',
    tags: [],
    private: false,
    unread_count: 0,
    next_chapter: null,
    latest_chapter: null,
    progress_date: AT,
    created_at: AT,
    updated_at: AT,
    ...fields,
  };
}

export function aSuggestion(fields: Partial<Schemas['SuggestionResponse']> = {}): Schemas['SuggestionResponse'] {
  return {
    id: 1,
    status: 'pending',
    content: 1,
    suggested_by: 2,
    suggested_by_username: 'ana',
    reason: '',
    created_at: AT,
    title: 'A Tale',
    reviewed_at: null,
    reviewed_by_username: null,
    content_detail: null,
    ...fields,
  };
}

/** An import's report of one row (a dry run of a spreadsheet, unless told otherwise), with the row given on top. */
export function anImportReport(
  row: Partial<Schemas['ImportResult']> = {},
  fields: Partial<Schemas['ImportReport']> = {},
): Schemas['ImportReport'] {
  return {
    format: 'csv',
    dry_run: true,
    rows: 1,
    created: 0,
    updated: 1,
    unchanged: 0,
    unmatched: 0,
    errors: 0,
    suggested: 0,
    ignored_columns: [],
    results: [
      { row: 2, title: 'One Piece', outcome: 'updated', entry: 1, content: 1, content_title: 'One Piece', changes: {}, messages: [], suggested: false, ...row },
    ],
    ...fields,
  };
}
