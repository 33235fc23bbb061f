import { useQuery } from '@tanstack/react-query';
import { api, data } from '../api/client';
import { ENTRIES } from './entries';

/** The caller's statistics, of which the library's tabs show the counts by status and of favourites. */
export function useMyStats() {
  return useQuery({
    queryKey: [...ENTRIES, 'stats'],
    queryFn: async () => data(await api.GET('/api/stats/me')),
  });
}
