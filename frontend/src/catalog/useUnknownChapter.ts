import { useQuery } from '@tanstack/react-query';
import { hasChapterNumbered, keys } from './catalogApi';
import { useDebounced } from './useDebounced';

/**
 * Whether a last chapter typed is words the series has no chapter of ("abc", "the end"): the server keeps it as
 * written, but nothing follows from it (no unread count, no next chapter), which the reader should know before
 * saving. A text with a digit is a number to the server ("Ch. 120" is 120); other words are looked up among the
 * content's chapters ("Extra", "Epilogue"), once typing pauses.
 */
export function useUnknownChapter(contentId: number, typed: string): boolean {
  const text = useDebounced(typed.trim(), 400);
  const words = text !== '' && !/\d/.test(text);
  const found = useQuery({
    queryKey: keys.chapterNamed(contentId, text.toLowerCase()),
    queryFn: () => hasChapterNumbered(contentId, text),
    enabled: words,
    staleTime: 60_000,
  });
  return words && typed.trim() === text && found.data === false;
}
