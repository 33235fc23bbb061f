import type { QueryClient, QueryFilters } from '@tanstack/react-query';

/**
 * After a change, the queries it touches are read again. Invalidation alone is not enough: it restarts the reads of
 * queries that already have data, but joins a query's first read, and that read may have gone out before the
 * change and answer from before it (the statistics counted one chapter less after a tap in the library, and an
 * admin's search missed the category just added). Reads under way are cancelled first, then everything matching
 * is marked stale and what is on screen is read again.
 */
export async function readAgain(queries: QueryClient, filters?: QueryFilters) {
  await queries.cancelQueries(filters);
  await queries.invalidateQueries(filters);
}
