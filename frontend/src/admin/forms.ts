/** The pure parts of the administrators' forms: what people type, turned into what the API takes. */

export const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Day = (typeof DAYS)[number];

/** At most this many chapters in one range: what `POST /api/chapters/range` takes in one transaction. */
export const MAX_RANGE = 2000;

export type ChapterRange = { ok: true; from: number; to: number } | { ok: false; reason: 'invalid' | 'backwards' | 'tooMany' };

/**
 * "1-50", "1–50" (en dash, as people and phones type it), "1 to 50" or "7" → from 1 to 50.
 * Whole numbers only: a range of "1.5" chapters means nothing. `max`: the longest range the form may send.
 */
export function parseChapterRange(text: string, max = MAX_RANGE): ChapterRange {
  const match = /^\s*(\d{1,6})\s*(?:(?:-|–|—|\.\.|to|à)\s*(\d{1,6})\s*)?$/i.exec(text);
  if (!match) {
    return { ok: false, reason: 'invalid' };
  }
  const from = Number(match[1]);
  const to = match[2] === undefined ? from : Number(match[2]);
  if (to < from) {
    return { ok: false, reason: 'backwards' };
  }
  if (to - from + 1 > max) {
    return { ok: false, reason: 'tooMany' };
  }
  return { ok: true, from, to };
}

/**
 * The number that most likely comes next, from a content's chapters newest first: one past the highest whole or
 * decimal number (after 120 or 120.5, 121); 1 for a content without chapters. Nothing to offer when none of them
 * is a number ("Prologue", "Extra" only).
 */
export function nextChapterNumber(newestFirst: { chapter_number?: string }[]): number | undefined {
  if (newestFirst.length === 0) {
    return 1;
  }
  const latest = newestFirst.map((chapter) => chapter.chapter_number ?? '').find((number) => /^\d+(\.\d+)?$/.test(number));
  return latest === undefined ? undefined : Math.floor(Number(latest)) + 1;
}

/** One title a line; blank lines and spaces around are dropped, and a title given twice (any case) counts once. */
export function parseAltTitles(text: string): string[] {
  const seen = new Set<string>();
  const titles: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const title = line.trim().replace(/\s+/g, ' ');
    if (title && !seen.has(title.toLocaleLowerCase())) {
      seen.add(title.toLocaleLowerCase());
      titles.push(title);
    }
  }
  return titles;
}

export function formatAltTitles(titles: string[] | undefined): string {
  return (titles ?? []).join('\n');
}

/** The days ticked, in week order whatever order they were ticked in. */
export function orderDays(days: Iterable<string>): Day[] {
  const chosen = new Set(days);
  return DAYS.filter((day) => chosen.has(day));
}

/** The rating field: empty means none; otherwise a number (from 0 to 10, which the server checks). */
export function parseRating(text: string): number | undefined | 'invalid' {
  const trimmed = text.trim().replace(',', '.');
  if (!trimmed) {
    return undefined;
  }
  const value = Number(trimmed);
  // a number out of range goes to the server, which says so beside the other fields' problems, all at once
  return Number.isFinite(value) ? value : 'invalid';
}
