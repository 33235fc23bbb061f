import { describe, expect, it } from 'vitest';
import { endOfDay, isExpired, today } from './tokens';

describe('API token dates', () => {
  it('a token that expires on a day works until the end of that day where the device is, without a chosen zone', () => {
    const end = new Date(endOfDay('2026-07-01', undefined));
    expect([end.getFullYear(), end.getMonth(), end.getDate(), end.getHours(), end.getMinutes()]).toEqual([2026, 6, 1, 23, 59]);
  });

  it('a token that expires on a day works until the end of that day in the zone the reader chose', () => {
    expect(endOfDay('2026-07-01', 'Asia/Tokyo')).toBe('2026-07-01T14:59:59.999Z');
    expect(endOfDay('2026-07-01', 'America/New_York')).toBe('2026-07-02T03:59:59.999Z'); // summer time
    expect(endOfDay('2026-01-15', 'America/New_York')).toBe('2026-01-16T04:59:59.999Z');
    // the day the clocks go back an hour, at 3 in the morning: its end is on winter time
    expect(endOfDay('2026-10-25', 'Europe/Paris')).toBe('2026-10-25T22:59:59.999Z');
  });

  it("today is the reader's calendar day, in the zone they chose or else the device's", () => {
    expect(today(undefined, new Date(2026, 0, 31, 23, 30))).toBe('2026-01-31');
    expect(today(undefined, new Date(2026, 1, 1, 0, 15))).toBe('2026-02-01');
    expect(today('Asia/Tokyo', new Date('2026-01-31T16:00:00Z'))).toBe('2026-02-01');
    expect(today('America/New_York', new Date('2026-02-01T03:00:00Z'))).toBe('2026-01-31');
  });

  it('a token is expired from its expiry on, and never without one', () => {
    const at = Date.parse('2026-07-01T12:00:00Z');
    expect(isExpired({ expires_at: '2026-07-01T12:00:00Z' }, at)).toBe(true);
    expect(isExpired({ expires_at: '2026-07-01T12:00:01Z' }, at)).toBe(false);
    expect(isExpired({ expires_at: null }, at)).toBe(false);
  });
});
