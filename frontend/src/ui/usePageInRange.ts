import { useLayoutEffect, useRef } from 'react';
import { ApiError } from '../api/client';

interface PagedQuery {
  error: unknown;
  isSuccess: boolean;
  isPlaceholderData: boolean;
}

/**
 * Takes a paged list back to a page that exists when the reader's is gone, which the server answers 404 "Invalid
 * page." (the list said it could not be loaded, with the deleted item and the old count still shown). That
 * answer holds no count: the list goes back to the page before, the new last page when a deletion emptied the
 * reader's (a step further each time if others deleted more meanwhile), or to the last page it showed if that
 * is nearer (Next on a pager that counted a page since gone). A page asked for before any was shown (a link from
 * when the list was longer) goes to the first, which always exists, rather than a request per page on the way
 * back. Before the browser paints, so that the failure is never shown.
 */
export function usePageInRange(page: number, onPage: (page: number) => void, list: PagedQuery) {
  const lastShown = useRef(0);
  const shown = list.isSuccess && !list.isPlaceholderData;
  const pastEnd = page > 1 && list.error instanceof ApiError && list.error.status === 404;
  useLayoutEffect(() => {
    if (shown) {
      lastShown.current = page;
    }
  }, [shown, page]);
  useLayoutEffect(() => {
    if (pastEnd) {
      onPage(lastShown.current > 0 ? Math.min(page - 1, lastShown.current) : 1);
    }
    // onPage may be a new function at each render (the catalog's); where it goes depends on the pages alone
  }, [pastEnd, page]);
}
