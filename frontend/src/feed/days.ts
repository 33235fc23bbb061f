import type { Schemas } from '../api/client';
import { isoDateIn, weekdayIn } from '../preferences/timeZone';
import { dateFormat } from '../ui/formats';

/** A series' new chapters of one day. */
export type FeedRelease = Schemas['FeedRelease'];
export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

/** `Date.getDay()` order: Sunday first. */
const WEEKDAYS: Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/**
 * The reader's weekday now, in their own time zone (the one in their preferences, else the device's): what
 * "releases today" means to them.
 */
export function localWeekday(now: Date, timeZone?: string): Weekday {
  return WEEKDAYS[timeZone ? weekdayIn(now, timeZone) : now.getDay()];
}

/** `YYYY-MM-DD` of a moment in the reader's own time zone (the one in their preferences, else the device's). */
export function localIsoDate(now: Date, timeZone?: string): string {
  if (timeZone) {
    return isoDateIn(now, timeZone);
  }
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${month}-${day}`;
}

/** The calendar day before an ISO date, computed on the date alone (no time zone can shift it). */
export function previousIsoDate(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  return day.toISOString().slice(0, 10);
}

/** A group of the feed: one day, when its chapters came out (or were added, for those without a release date). */
export interface FeedDay {
  date: string;
  items: FeedRelease[];
}

/** The feed's lines grouped by day, in the server's order (newest first). */
export function groupByDay(items: FeedRelease[]): FeedDay[] {
  const days: FeedDay[] = [];
  for (const item of items) {
    const last = days.at(-1);
    if (last && last.date === item.date) {
      last.items.push(item);
    } else {
      days.push({ date: item.date, items: [item] });
    }
  }
  return days;
}

export type DayName = { kind: 'today' } | { kind: 'yesterday' } | { kind: 'date'; text: string };

/** How a group is titled: today and yesterday by name, other dates written out in the reader's language. */
export function dayName(date: string, today: string, language: string): DayName {
  if (date === today) {
    return { kind: 'today' };
  }
  if (date === previousIsoDate(today)) {
    return { kind: 'yesterday' };
  }
  const sameYear = date.slice(0, 4) === today.slice(0, 4);
  const text = dateFormat(language, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    ...(sameYear ? {} : { year: 'numeric' }),
    timeZone: 'UTC',
  }).format(new Date(`${date}T00:00:00Z`));
  return { kind: 'date', text: text.charAt(0).toUpperCase() + text.slice(1) };
}
