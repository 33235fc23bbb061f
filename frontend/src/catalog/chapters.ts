/**
 * The server's natural order of chapter numbers (`ChapterNumber.sortKey`): numbers first, by value
 * (2 < 10 < 10.5 < 11), a number followed by more right after it (2 < 2a < 3), then anything else by its text,
 * letters whatever their case. Comparing keys as text gives that order.
 */
export function chapterSortKey(chapterNumber: string): string {
  const match = /^(\d{1,19})(?:\.(\d+))?(\D[\s\S]*)?$/.exec(chapterNumber.trim());
  if (!match) {
    return `1${chapterNumber.toLowerCase()}`;
  }
  const integer = match[1].replace(/^0+(?=.)/, '');
  const fraction = (match[2] ?? '').replace(/0+$/, '');
  return `0${integer.padStart(19, '0')}${fraction ? `.${fraction}` : ''}${(match[3] ?? '').toLowerCase()}`;
}

/** Whether a chapter is at or before the reader's last chapter ("" = nothing read yet). */
export function isChapterRead(chapterNumber: string, lastChapter: string | undefined | null): boolean {
  if (!lastChapter) {
    return false;
  }
  return chapterSortKey(chapterNumber) <= chapterSortKey(lastChapter);
}
