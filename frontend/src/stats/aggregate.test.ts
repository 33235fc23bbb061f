import { describe, expect, it } from 'vitest';
import { lastDays, scoreBars, summarise, weekStart, weeklyCounts, type DayCount } from './aggregate';

/** `count` consecutive days ending on `last`, all zero except those given. */
function days(last: string, count: number, reading: Record<string, number> = {}): DayCount[] {
  const end = new Date(`${last}T00:00:00Z`).getTime();
  return Array.from({ length: count }, (_, index) => {
    const date = new Date(end - (count - 1 - index) * 86_400_000).toISOString().slice(0, 10);
    return { date, count: reading[date] ?? 0 };
  });
}

describe('chapters read per week', () => {
  it('starts weeks on Monday', () => {
    expect(weekStart('2026-12-02')).toBe('2026-11-30'); // a Wednesday
    expect(weekStart('2026-11-30')).toBe('2026-11-30'); // the Monday itself
    expect(weekStart('2026-12-06')).toBe('2026-11-30'); // the Sunday after
    expect(weekStart('2027-01-01')).toBe('2026-12-28'); // across the year
  });

  it('adds up the days of each week, the current week last even when it has only begun', () => {
    const data = days('2026-12-02', 365, { '2026-12-02': 3, '2026-11-30': 1, '2026-11-29': 4, '2026-11-23': 2, '2026-11-10': 5 });
    expect(weeklyCounts(data, 4)).toEqual([
      { start: '2026-11-09', count: 5 },
      { start: '2026-11-16', count: 0 },
      { start: '2026-11-23', count: 6 },
      { start: '2026-11-30', count: 4 },
    ]);
  });

  it('counts weeks before the data as zero and leaves nothing out of the weeks it covers', () => {
    const data = days('2026-12-02', 10, { '2026-11-23': 7 });
    const weeks = weeklyCounts(data, 26);
    expect(weeks).toHaveLength(26);
    expect(weeks[0]).toEqual({ start: '2026-06-08', count: 0 });
    expect(weeks.reduce((sum, week) => sum + week.count, 0)).toBe(7);
  });

  it('gives nothing without data', () => {
    expect(weeklyCounts([], 26)).toEqual([]);
  });
});

describe('the other figures', () => {
  it('keeps the last days, oldest first', () => {
    const data = days('2026-12-02', 365, { '2026-12-01': 2 });
    const month = lastDays(data, 30);
    expect(month).toHaveLength(30);
    expect(month[0].start).toBe('2026-11-03');
    expect(month.at(-2)).toEqual({ start: '2026-12-01', count: 2 });
  });

  it('sums periods up and finds the busiest, the latest of equals', () => {
    expect(summarise([{ start: 'a', count: 2 }, { start: 'b', count: 5 }, { start: 'c', count: 5 }])).toEqual({ total: 12, best: { start: 'c', count: 5 } });
    expect(summarise([{ start: 'a', count: 0 }])).toEqual({ total: 0, best: null });
  });

  it('always shows the eleven scores', () => {
    const bars = scoreBars({ '8': 2, '10': 1 });
    expect(bars).toHaveLength(11);
    expect(bars[8]).toEqual({ score: 8, count: 2 });
    expect(bars[0]).toEqual({ score: 0, count: 0 });
  });
});
