import { describe, expect, it } from 'vitest';
import { currentZoneName, deviceTimeZone, isoDateIn, timeZoneGroups, timeZoneNames, utcOffset, weekdayIn } from './timeZone';

describe('time zones', () => {
  it('list every zone the browser knows, UTC included', () => {
    const names = timeZoneNames();
    expect(names).toContain('Europe/Paris');
    expect(names).toContain('UTC');
  });

  it('tell the date and weekday of a moment in a zone', () => {
    const moment = new Date('2026-01-01T02:00:00Z');
    expect(isoDateIn(moment, 'UTC')).toBe('2026-01-01');
    expect(isoDateIn(moment, 'America/New_York')).toBe('2025-12-31');
    expect(weekdayIn(moment, 'UTC')).toBe(4); // a Thursday
    expect(weekdayIn(moment, 'America/New_York')).toBe(3);
  });

  it('group every zone by part of the world, each named by its place and its offset at the time', () => {
    const winter = timeZoneGroups(Date.parse('2026-01-15T12:00:00Z'));
    const summer = timeZoneGroups(Date.parse('2026-07-15T12:00:00Z'));
    const zone = (groups: typeof winter, region: string, name: string) =>
      groups.find((group) => group.region === region)?.zones.find((each) => each.name === name)?.label;

    expect(zone(winter, 'Asia', 'Asia/Tokyo')).toBe('Tokyo (UTC+9)');
    expect(zone(winter, 'Europe', 'Europe/Paris')).toBe('Paris (UTC+1)');
    expect(zone(summer, 'Europe', 'Europe/Paris')).toBe('Paris (UTC+2)');
    expect(zone(winter, 'America', 'America/Argentina/Ushuaia')).toBe('Argentina / Ushuaia (UTC\u22123)');
    expect(zone(winter, 'other', 'UTC')).toBe('UTC (UTC)');
    expect(winter.flatMap((group) => group.zones.map((each) => each.name)).sort()).toEqual(timeZoneNames().sort());
  });

  it('name every zone by its current name, as the reader knows their city', () => {
    const names = timeZoneNames();
    expect(names).toContain('Asia/Kolkata');
    expect(names).toContain('Europe/Kyiv');
    expect(names).not.toContain('Asia/Calcutta');
    expect(names).not.toContain('Europe/Kiev');
    expect(names).toEqual([...new Set(names)].sort());
    expect(currentZoneName('Asia/Saigon')).toBe('Asia/Ho_Chi_Minh');
    expect(currentZoneName('Europe/Paris')).toBe('Europe/Paris');
    // whatever the browser calls it, the device's zone by its current name
    expect(deviceTimeZone()).toBe(currentZoneName(Intl.DateTimeFormat().resolvedOptions().timeZone));
  });

  it('keep a zone chosen elsewhere that the browser does not list, so that it shows as chosen', () => {
    const instant = Date.parse('2026-01-15T12:00:00Z');
    const zones = (groups: ReturnType<typeof timeZoneGroups>) => groups.flatMap((group) => group.zones);
    const listed = timeZoneNames().length;

    const etc = timeZoneGroups(instant, 'Etc/GMT+5').find((group) => group.region === 'Etc')!.zones;
    expect(etc).toEqual([{ name: 'Etc/GMT+5', label: 'GMT+5 (UTC\u22125)' }]);
    // chosen by its old name: listed once, by the current one
    const kolkata = zones(timeZoneGroups(instant, 'Asia/Calcutta')).filter((zone) => /Kolkata|Calcutta/.test(zone.name));
    expect(kolkata).toEqual([{ name: 'Asia/Kolkata', label: 'Kolkata (UTC+5:30)' }]);
    expect(zones(timeZoneGroups(instant, 'Mars/Olympus_Mons')).find((zone) => zone.name === 'Mars/Olympus_Mons')?.label).toBe('Olympus Mons');
    expect(zones(timeZoneGroups(instant, 'Europe/Paris'))).toHaveLength(listed);
    expect(zones(timeZoneGroups(instant, null))).toHaveLength(listed);
  });

  it('write an offset with its minutes only when there are some, and a true minus sign', () => {
    expect(utcOffset(0)).toBe('UTC');
    expect(utcOffset(5.5 * 3600000)).toBe('UTC+5:30');
    expect(utcOffset(-3 * 3600000)).toBe('UTC\u22123');
    expect(utcOffset(12.75 * 3600000)).toBe('UTC+12:45');
  });
});
