import { dateFormat } from '../ui/formats';

/**
 * The zones Chromium and Node still list under a name the time zone database has since replaced (their ICU keeps
 * the old ones as its canonical names): a reader in Kolkata looks for Kolkata, not Calcutta. The server and every
 * browser know both names of each.
 */
const RENAMED: Record<string, string> = {
  'Africa/Asmera': 'Africa/Asmara',
  'America/Buenos_Aires': 'America/Argentina/Buenos_Aires',
  'America/Catamarca': 'America/Argentina/Catamarca',
  'America/Coral_Harbour': 'America/Atikokan',
  'America/Cordoba': 'America/Argentina/Cordoba',
  'America/Godthab': 'America/Nuuk',
  'America/Indianapolis': 'America/Indiana/Indianapolis',
  'America/Jujuy': 'America/Argentina/Jujuy',
  'America/Louisville': 'America/Kentucky/Louisville',
  'America/Mendoza': 'America/Argentina/Mendoza',
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Rangoon': 'Asia/Yangon',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'Europe/Kiev': 'Europe/Kyiv',
  'Pacific/Enderbury': 'Pacific/Kanton',
  'Pacific/Ponape': 'Pacific/Pohnpei',
  'Pacific/Truk': 'Pacific/Chuuk',
};

/** A zone by its current name: `Asia/Kolkata` for `Asia/Calcutta`. */
export function currentZoneName(name: string): string {
  return RENAMED[name] ?? name;
}

/** The zone the device is set to, by its current name (`Europe/Paris`, `Asia/Kolkata`). */
export function deviceTimeZone(): string {
  return currentZoneName(Intl.DateTimeFormat().resolvedOptions().timeZone);
}

/** Every zone the browser knows, by current name, `UTC` included (some browsers list it, some do not). */
export function timeZoneNames(): string[] {
  const names = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return [...new Set([...names.map(currentZoneName), 'UTC'])].sort();
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
 * A `chosen` zone the browser does not list is listed too (`Etc/GMT+5`, chosen through the API): it must still
 * show as chosen. One chosen by an older name shows by its current one.
 */
export function timeZoneGroups(instant: number, chosen?: string | null): ZoneGroup[] {
  const names = timeZoneNames();
  const kept = chosen && currentZoneName(chosen);
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
    // the zones listed are the browser's own; a kept one it cannot compute is still named, without an offset
    const unknown = name === kept && !knownZone(name);
    zones.push({ name, label: unknown ? place : `${place} (${utcOffset(zoneOffset(instant, name))})` });
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
