import { useQuery } from '@tanstack/react-query';
import { api, ApiError, data } from '../api/client';
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
    queryFn: () => readStats(timeZone),
  });
}

async function readStats(timeZone: string) {
  try {
    return data(await api.GET('/api/stats/me', { params: { query: { time_zone: timeZone } } }));
  } catch (error) {
    // a zone the device names and the server does not know (`Etc/Unknown`, one newer than its time zone data):
    // the days of UTC rather than no statistics and no counts on the library's tabs
    if (error instanceof ApiError && error.status === 400 && error.problem.errors?.time_zone) {
      return data(await api.GET('/api/stats/me'));
    }
    throw error;
  }
}
