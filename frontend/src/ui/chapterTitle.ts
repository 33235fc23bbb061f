/** A word that names a chapter before its number, in the catalog's usual languages ("Chapter 10", "Ch. 10", "#10"). */
const CHAPTER_WORD = /^(chapter|chapitre|chap\.?|ch\.?|episode|épisode|ep\.?|ép\.?|#)?\s*#?\s*/i;

/**
 * A chapter's title when it says more than its number: "Romance Dawn" is shown, but "Chapter 10" or "10" for
 * chapter 10 only repeats what the screen already says ("Chapter 10 — Chapter 10"), in whatever language.
 */
export function chapterTitle(title: string | null | undefined, number: string | null | undefined): string {
  const text = title?.trim() ?? '';
  if (!text || !number) {
    return text;
  }
  return text.replace(CHAPTER_WORD, '').trim().toLowerCase() === number.trim().toLowerCase() ? '' : text;
}
