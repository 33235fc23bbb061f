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

/** A zone as the picker shows it: `Tokyo (UTC+9)`, `Argentina / Buenos Aires (UTC−3)`. */
export interface ZoneChoice {
  name: string;
  label: string;
}

/** The zones of one part of the world, by the first part of their names (`Europe`), or `other` (`UTC`). */
export interface ZoneGroup {
  region: string;
  zones: ZoneChoice[];
}

/**
 * Every zone, grouped by part of the world and named by its place and its offset from UTC at `instant` (which
 * summer time moves), so that a reader finds their city's, or one of the same hour, in a list of 400.
 * A `kept` zone the browser does not list is listed too: browsers name some zones by their older names (Chromium
 * has `Asia/Calcutta`, not `Asia/Kolkata`), and a zone chosen on another device must still show as chosen.
 */
export function timeZoneGroups(instant: number, kept?: string | null): ZoneGroup[] {
  const names = timeZoneNames();
  if (kept && !names.includes(kept)) {
    names.push(kept);
    names.sort();
  }
  const groups = new Map<string, ZoneChoice[]>();
  for (const name of names) {
    const slash = name.indexOf('/');
    const region = slash < 0 ? 'other' : name.slice(0, slash);
    const place = (slash < 0 ? name : name.slice(slash + 1)).replaceAll('_', ' ').replaceAll('/', ' / ');
    const zones = groups.get(region) ?? [];
    // a kept zone this browser cannot compute is still named, without an offset
    zones.push({ name, label: knownZone(name) ? `${place} (${utcOffset(zoneOffset(instant, name))})` : place });
    groups.set(region, zones);
  }
  return [...groups].map(([region, zones]) => ({ region, zones }));
}

/** Whether this browser can tell the time in a zone of that name. */
function knownZone(name: string): boolean {
  try {
    dateFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** `UTC`, `UTC+9`, `UTC+5:30`, `UTC−3` (a minus sign, not a hyphen). */
export function utcOffset(milliseconds: number): string {
  const minutes = Math.round(Math.abs(milliseconds) / 60000);
  if (minutes === 0) {
    return 'UTC';
  }
  const sign = milliseconds < 0 ? '\u2212' : '+';
  const rest = minutes % 60;
  return `UTC${sign}${Math.floor(minutes / 60)}${rest ? `:${String(rest).padStart(2, '0')}` : ''}`;
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
