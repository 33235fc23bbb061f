import { useQuery } from '@tanstack/react-query';
import { api, data } from '../api/client';
import { ENTRIES } from '../library/entries';

/** The lowest and the highest score the reader gave, as given (8.5, not its histogram's bar 8). */
export interface ScoreRange {
  low: number | null;
  high: number | null;
}

/**
 * The statistics count scores by whole number only; the reader's list, ordered by score one way then the other,
 * has the real ends in its first entry (unscored entries come last both ways). Under ENTRIES: a new score anywhere
 * reads it again.
 */
export function useScoreRange(enabled: boolean) {
  return useQuery({ queryKey: [...ENTRIES, 'score-range'], queryFn: fetchScoreRange, enabled });
}

async function fetchScoreRange(): Promise<ScoreRange> {
  const [low, high] = await Promise.all(
    (['score', '-score'] as const).map(async (ordering) => {
      const page = data(await api.GET('/api/progress', { params: { query: { ordering, page_size: 1 } } }));
      return page.results?.[0]?.score ?? null;
    }),
  );
  return { low, high };
}
