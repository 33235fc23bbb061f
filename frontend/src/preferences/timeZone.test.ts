import { describe, expect, it } from 'vitest';
import { isoDateIn, timeZoneGroups, timeZoneNames, utcOffset, weekdayIn } from './timeZone';

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

  it("keep a zone chosen elsewhere that the browser names otherwise, or not at all, so that it shows as chosen", () => {
    const instant = Date.parse('2026-01-15T12:00:00Z');
    const listed = timeZoneNames();
    // the same zone under its other name: whichever of the two this engine lists, the other one is added
    const other = listed.includes('Asia/Calcutta') ? 'Asia/Kolkata' : 'Asia/Calcutta';
    const zones = (groups: ReturnType<typeof timeZoneGroups>) => groups.flatMap((group) => group.zones);

    const asia = timeZoneGroups(instant, other).find((group) => group.region === 'Asia')!.zones;
    expect(asia.find((zone) => zone.name === other)?.label).toMatch(/^(Kolkata|Calcutta) \(UTC\+5:30\)$/);
    expect(asia.map((zone) => zone.name)).toEqual([...asia.map((zone) => zone.name)].sort());

    const unknown = zones(timeZoneGroups(instant, 'Mars/Olympus_Mons')).find((zone) => zone.name === 'Mars/Olympus_Mons');
    expect(unknown?.label).toBe('Olympus Mons');

    expect(zones(timeZoneGroups(instant, 'Europe/Paris')).filter((zone) => zone.name === 'Europe/Paris')).toHaveLength(1);
    expect(zones(timeZoneGroups(instant, null))).toHaveLength(listed.length);
  });

  it('write an offset with its minutes only when there are some, and a true minus sign', () => {
    expect(utcOffset(0)).toBe('UTC');
    expect(utcOffset(5.5 * 3600000)).toBe('UTC+5:30');
    expect(utcOffset(-3 * 3600000)).toBe('UTC\u22123');
    expect(utcOffset(12.75 * 3600000)).toBe('UTC+12:45');
  });
});
