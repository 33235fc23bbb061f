import { describe, expect, it } from 'vitest';
import { aChapter } from '../api/testData';
import { dayName, groupByDay, localIsoDate, localWeekday, previousIsoDate, type FeedRelease } from './days';

function item(id: number, date: string): FeedRelease {
  const chapter = aChapter({ id, chapter_number: String(id), release_date: date });
  return { date, content: { id, title: 'Tale', cover: null }, chapters: 1, unread: 1, first: chapter, last: chapter };
}

describe('the feed by day', () => {
  it('groups consecutive lines of the same day, keeping the newest-first order', () => {
    const days = groupByDay([item(5, '2026-12-02'), item(4, '2026-12-02'), item(3, '2026-12-01'), item(2, '2026-11-20')]);
    expect(days.map((day) => [day.date, day.items.map((one) => one.first.id)])).toEqual([
      ['2026-12-02', [5, 4]],
      ['2026-12-01', [3]],
      ['2026-11-20', [2]],
    ]);
  });

  it('gives nothing for nothing', () => {
    expect(groupByDay([])).toEqual([]);
  });

  it('names today and yesterday, and writes other dates out in the language of the interface', () => {
    expect(dayName('2026-12-02', '2026-12-02', 'en')).toEqual({ kind: 'today' });
    expect(dayName('2026-12-01', '2026-12-02', 'en')).toEqual({ kind: 'yesterday' });
    expect(dayName('2026-02-28', '2026-03-01', 'fr')).toEqual({ kind: 'yesterday' });
    expect(dayName('2026-11-20', '2026-12-02', 'en-GB')).toEqual({ kind: 'date', text: 'Friday 20 November' });
    expect(dayName('2026-11-20', '2026-12-02', 'fr')).toEqual({ kind: 'date', text: 'Vendredi 20 novembre' });
    expect(dayName('2025-12-31', '2026-01-02', 'en-GB')).toEqual({ kind: 'date', text: 'Wednesday, 31 December 2025' });
  });

  it('takes today from the reader\'s clock, not from UTC', () => {
    const lateOnSunday = new Date(2026, 10, 29, 23, 30);
    expect(localWeekday(lateOnSunday)).toBe('sun');
    expect(localIsoDate(lateOnSunday)).toBe('2026-11-29');
    expect(previousIsoDate('2026-01-01')).toBe('2025-12-31');
  });

  it('takes today in the time zone the reader chose, when they chose one', () => {
    const sundayNightInParis = new Date('2026-11-29T23:30:00Z');
    expect(localWeekday(sundayNightInParis, 'Europe/Paris')).toBe('mon');
    expect(localIsoDate(sundayNightInParis, 'Europe/Paris')).toBe('2026-11-30');
    expect(localWeekday(sundayNightInParis, 'America/Los_Angeles')).toBe('sun');
    expect(localIsoDate(sundayNightInParis, 'America/Los_Angeles')).toBe('2026-11-29');
  });
});
