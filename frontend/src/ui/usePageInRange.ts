import { useLayoutEffect } from 'react';
import { ApiError } from '../api/client';

/**
 * Takes a paged list back to a page that exists when the reader's is gone, which the server answers 404 "Invalid
 * page." (the list said it could not be loaded, with the deleted item and the old count still shown). A page the
 * list was showing was emptied by a deletion: the previous one, the new last page (a step further each time if
 * others deleted more meanwhile: the answer holds no count). A page never shown (a link or a bookmark from when
 * the list was longer): the first one, which always exists, rather than a request per page on the way back.
 * Before the browser paints, so that the failure is never shown.
 */
export function usePageInRange(page: number, onPage: (page: number) => void, list: { error: unknown; data?: unknown }) {
  const pastEnd = page > 1 && list.error instanceof ApiError && list.error.status === 404;
  const wasShown = list.data !== undefined;
  useLayoutEffect(() => {
    if (pastEnd) {
      onPage(wasShown ? page - 1 : 1);
    }
    // onPage may be a new function at each render (the catalog's); where it goes depends on the page alone
  }, [pastEnd, page]);
}
