import { dateFormat } from '../ui/formats';
/** The zone the device is set to, as the browser names it (`Europe/Paris`). */
export function deviceTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** Every zone the browser knows, by name, `UTC` included (some browsers list it, some do not). */
export function timeZoneNames(): string[] {
  const names = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return names.includes('UTC') ? [...names] : [...names, 'UTC'].sort();
}

/** `YYYY-MM-DD` of a moment in a zone (the device's when none is given). */
export function isoDateIn(moment: Date, timeZone?: string): string {
  const parts = dateFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(moment);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((each) => each.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** The day of the week of a moment in a zone, `Date.getDay()`'s way: 0 for Sunday. */
export function weekdayIn(moment: Date, timeZone?: string): number {
  return new Date(`${isoDateIn(moment, timeZone)}T00:00:00Z`).getUTCDay();
}

/** How far ahead of UTC a zone's clocks are at an instant, in milliseconds (the device's zone when none is given). */
export function zoneOffset(instant: number, timeZone?: string): number {
  const parts = dateFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((each) => each.type === type)?.value);
  const clock = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
  return clock - Math.floor(instant / 1000) * 1000;
}
