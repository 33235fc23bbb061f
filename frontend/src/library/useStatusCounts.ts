import { useQuery } from '@tanstack/react-query';
import { api, data } from '../api/client';
import { useTimeZone } from '../preferences/useTimeZone';
import { ENTRIES } from './entries';

/**
 * The caller's statistics, of which the library's tabs show the counts by status and of favourites. Days are
 * counted in the zone the client sends with every call (`Time-Zone`: the chosen one, else the device's), so that an
 * evening's reading is that evening's; read again when the reader chooses another.
 */
export function useMyStats() {
  const timeZone = useTimeZone();
  return useQuery({
    queryKey: [...ENTRIES, 'stats', timeZone],
    queryFn: async () => data(await api.GET('/api/stats/me')),
  });
}
