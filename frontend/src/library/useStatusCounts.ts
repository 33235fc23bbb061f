import { useQuery } from '@tanstack/react-query';
import { api, data } from '../api/client';
import { deviceTimeZone } from '../preferences/timeZone';
import { useTimeZone } from '../preferences/useTimeZone';
import { ENTRIES } from './entries';

/**
 * The caller's statistics, of which the library's tabs show the counts by status and of favourites. Days are
 * counted in the zone dates are shown in, so that an evening's reading is that evening's.
 */
export function useMyStats() {
  const timeZone = useTimeZone() ?? deviceTimeZone();
  return useQuery({
    queryKey: [...ENTRIES, 'stats', timeZone],
    queryFn: async () => data(await api.GET('/api/stats/me', { params: { query: { time_zone: timeZone } } })),
  });
}
