import type { NavigateFunction } from 'react-router';

/**
 * "Set chapter", offered by the toast of a series just added as being read: a reader coming from a spreadsheet is
 * partway through it, and the entry starts at no chapter. It takes them to the series page with the editor's last
 * chapter focused, asked for in the router's state (not the address: a shared link or a bookmark must not carry it),
 * which the page clears once the field has the focus, so that a reload or a return by Back does not focus it again.
 */
const SET_CHAPTER = { focus: 'last_chapter' } as const;

export function asksForChapter(state: unknown): boolean {
  return (state as Partial<typeof SET_CHAPTER> | null)?.focus === SET_CHAPTER.focus;
}

/** Where the reader is in the series, asked from wherever the toast was pressed. */
export function setChapter(navigate: NavigateFunction, contentId: number) {
  // on the series page already, under its editor: nowhere to go
  const field = lastChapterField(contentId);
  if (field) {
    field.focus();
  } else {
    void navigate(`/contents/${contentId}`, { state: SET_CHAPTER });
  }
}

/** The last chapter field of the series' editor, if on screen (EntryEditor names its form by content). */
function lastChapterField(contentId: number): HTMLInputElement | null {
  return document.querySelector<HTMLInputElement>(`form.entry-editor[data-content="${contentId}"] input[name="last_chapter"]`);
}
