import type { Schemas } from '../api/client';

export type ReaderStats = Schemas['ReaderStats'];
export type DayCount = Schemas['DayCount'];

export interface Period {
  /** `YYYY-MM-DD`: the Monday that starts a week, or the day itself. */
  start: string;
  count: number;
}

const DAY_MS = 86_400_000;

function utcDate(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

/** The Monday of the (ISO) week of a date, as `YYYY-MM-DD`; dates are calendar days, taken as UTC. */
export function weekStart(date: string): string {
  const day = utcDate(date);
  const sinceMonday = (day.getUTCDay() + 6) % 7;
  return new Date(day.getTime() - sinceMonday * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Chapters read per week (Monday to Sunday), oldest first, the last `weeks` weeks up to the latest day given; weeks
 * without a day in the data count 0, so that the chart's gaps are gaps in reading, not in the data.
 */
export function weeklyCounts(days: DayCount[], weeks: number): Period[] {
  if (days.length === 0 || weeks <= 0) {
    return [];
  }
  const totals = new Map<string, number>();
  let latest = days[0].date;
  for (const day of days) {
    const week = weekStart(day.date);
    totals.set(week, (totals.get(week) ?? 0) + day.count);
    if (day.date > latest) {
      latest = day.date;
    }
  }
  const last = utcDate(weekStart(latest)).getTime();
  const result: Period[] = [];
  for (let index = weeks - 1; index >= 0; index--) {
    const start = new Date(last - index * 7 * DAY_MS).toISOString().slice(0, 10);
    result.push({ start, count: totals.get(start) ?? 0 });
  }
  return result;
}

/** The last `count` days of the data, oldest first. */
export function lastDays(days: DayCount[], count: number): Period[] {
  return [...days]
    .sort((a, b) => a.date.localeCompare(b.date))
    .slice(-count)
    .map((day) => ({ start: day.date, count: day.count }));
}

/** Sum of the periods, and the busiest one (the latest of equals), if any was busy at all. */
export function summarise(periods: Period[]): { total: number; best: Period | null } {
  let total = 0;
  let best: Period | null = null;
  for (const period of periods) {
    total += period.count;
    if (period.count > 0 && (!best || period.count >= best.count)) {
      best = period;
    }
  }
  return { total, best };
}

/** The score histogram as eleven bars, 0 to 10, whatever keys the server left out. */
export function scoreBars(histogram: ReaderStats['score_histogram']): { score: number; count: number }[] {
  return Array.from({ length: 11 }, (_, score) => ({ score, count: histogram?.[String(score)] ?? 0 }));
}
