import { characterCount } from '../ui/characters';
import type { Entry, ReadingStatus } from '../api/client';
import type { EntryChanges } from './catalogApi';

/** What the editor's inputs hold: text as typed ("" for an empty score or date), flags, the tags. */
export interface EntryForm {
  status: ReadingStatus;
  last_chapter: string;
  score: string;
  started_on: string;
  finished_on: string;
  rereading: boolean;
  reread_count: string;
  favorite: boolean;
  private: boolean;
  reading_url: string;
  tags: string[];
  notes: string;
}

/**
 * The form showing the entry; a score with a fraction is written with the reader's decimal mark ("6,5" in French),
 * as they would type it.
 */
export function formFromEntry(entry: Entry, decimalMark = '.'): EntryForm {
  return {
    status: entry.status ?? 'reading',
    last_chapter: entry.last_chapter ?? '',
    score: entry.score == null ? '' : String(entry.score).replace('.', decimalMark),
    started_on: entry.started_on ?? '',
    finished_on: entry.finished_on ?? '',
    rereading: entry.rereading ?? false,
    reread_count: String(entry.reread_count ?? 0),
    favorite: entry.favorite ?? false,
    private: entry.private ?? false,
    reading_url: entry.reading_url ?? '',
    tags: entry.tags ?? [],
    notes: entry.notes ?? '',
  };
}

/** A number as typed (a comma taken for a decimal point), or null for an empty input. */
function numberOrNull(text: string): number | null {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') {
    return null;
  }
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : null;
}

const sameTags = (a: string[], b: string[]) => a.length === b.length && a.every((tag, index) => tag === b[index]);

/**
 * The form for a newer version of the entry (an undo, a save, a change from another device): what the reader
 * typed since the form showed `before` stays, every other field shows `after`.
 */
export function rebasedForm(before: Entry, after: Entry, form: EntryForm, decimalMark = '.'): EntryForm {
  const shown = formFromEntry(before, decimalMark);
  const rebased = formFromEntry(after, decimalMark);
  for (const name of Object.keys(form) as (keyof EntryForm)[]) {
    const typed = form[name];
    const untouched = Array.isArray(typed) ? sameTags(typed, shown[name] as string[]) : typed === shown[name];
    if (!untouched) {
      (rebased as unknown as Record<string, unknown>)[name] = typed;
    }
  }
  return rebased;
}

/** An address typed without its scheme, as browsers show them ("mangaplus.shueisha.co.jp/…"), made absolute. */
export function withScheme(url: string): string {
  const trimmed = url.trim();
  if (trimmed === '' || /^[a-z][a-z0-9+.-]*:/i.test(trimmed) || !/^[^\s/]+\.[^\s/]+/.test(trimmed)) {
    return trimmed;
  }
  return `https://${trimmed}`;
}

/**
 * The PATCH body for what the reader changed, and nothing else: a field left as it was is not sent, so that
 * a save never overwrites what another device changed meanwhile in a field this one did not touch.
 */
export function changedFields(entry: Entry, form: EntryForm): EntryChanges {
  const before = formFromEntry(entry);
  const changes: EntryChanges = {};
  if (form.status !== before.status) changes.status = form.status;
  if (form.last_chapter.trim() !== before.last_chapter) changes.last_chapter = form.last_chapter.trim();
  if (numberOrNull(form.score) !== numberOrNull(before.score)) changes.score = numberOrNull(form.score);
  if (form.started_on !== before.started_on) changes.started_on = form.started_on || null;
  if (form.finished_on !== before.finished_on) changes.finished_on = form.finished_on || null;
  if (form.rereading !== before.rereading) changes.rereading = form.rereading;
  if ((numberOrNull(form.reread_count) ?? 0) !== (numberOrNull(before.reread_count) ?? 0)) {
    changes.reread_count = numberOrNull(form.reread_count) ?? 0;
  }
  if (form.favorite !== before.favorite) changes.favorite = form.favorite;
  if (form.private !== before.private) changes.private = form.private;
  if (withScheme(form.reading_url) !== before.reading_url) changes.reading_url = withScheme(form.reading_url);
  if (!sameTags(form.tags, before.tags)) changes.tags = form.tags;
  if (form.notes !== before.notes) changes.notes = form.notes;
  return changes;
}

/** As many tags as an entry may have. */
export const TAGS_MAX = 20;

/** As long as a tag may be: the server refuses a longer one. */
export const TAG_MAX_LENGTH = 50;

/** What parts a typed or pasted text into tags, as an import does with a spreadsheet's tags cell. */
const TAG_SEPARATORS = /[,;]/;

/**
 * The tags with those of `text` added: "to-buy, shelf" is two tags, as the import and the export have them.
 * The last part is given back as `rest` unless `whole`: while typing, it may not be finished yet. A part longer
 * than a tag may be stops there: it and what follows it stay in `rest` as they were typed, for the reader to
 * shorten (re-joined, a separator Backspace had just taken came back).
 */
export function addTyped(tags: string[], text: string, whole: boolean): { tags: string[]; rest: string } {
  const parts = text.split(TAG_SEPARATORS);
  const ended = whole ? parts.length : parts.length - 1;
  let added = tags;
  let at = 0;
  for (let index = 0; index < ended; index++) {
    if (tooLong(parts[index])) {
      return { tags: added, rest: text.slice(at).trimStart() };
    }
    added = addTag(added, parts[index]);
    at += parts[index].length + 1;
  }
  return { tags: added, rest: whole ? '' : parts[parts.length - 1] };
}

/** Longer than a tag may be, in characters as the server counts them (an emoji is one). */
const tooLong = (part: string) => characterCount(part.trim()) > TAG_MAX_LENGTH;

/** The first tag of a typed text that is longer than a tag may be, and its length, if any. */
export function tagTooLong(text: string): { tag: string; length: number } | undefined {
  const tag = text.split(TAG_SEPARATORS).map((part) => part.trim()).find(tooLong);
  return tag === undefined ? undefined : { tag, length: characterCount(tag) };
}

/** The tags with one more, unless it is blank or already there whatever its case. */
export function addTag(tags: string[], tag: string): string[] {
  const trimmed = tag.trim();
  if (!trimmed || tags.length >= TAGS_MAX || tags.some((existing) => existing.toLowerCase() === trimmed.toLowerCase())) {
    return tags;
  }
  return [...tags, trimmed];
}

/**
 * The chapter after the one typed, for the "+1" button: the catalog's next chapter when the input still shows
 * the saved last chapter (the server knows it), else the next whole number; null when there is no telling.
 */
export function nextChapterNumber(current: string, entry: Entry): string | null {
  const typed = current.trim();
  if (typed === (entry.last_chapter ?? '') && entry.next_chapter?.chapter_number) {
    return entry.next_chapter.chapter_number;
  }
  if (typed === '') {
    return '1';
  }
  return /^\d+(\.\d+)?$/.test(typed) ? String(Math.floor(Number(typed)) + 1) : null;
}
