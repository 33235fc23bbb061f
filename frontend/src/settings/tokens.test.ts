import { describe, expect, it } from 'vitest';
import { endOfDay, isExpired, today } from './tokens';

describe('API token dates', () => {
  it('a token that expires on a day works until the end of that day where the reader is', () => {
    const end = new Date(endOfDay('2026-07-01'));
    expect([end.getFullYear(), end.getMonth(), end.getDate(), end.getHours(), end.getMinutes()]).toEqual([2026, 6, 1, 23, 59]);
  });

  it("today is the reader's calendar day", () => {
    expect(today(new Date(2026, 0, 31, 23, 30))).toBe('2026-01-31');
    expect(today(new Date(2026, 1, 1, 0, 15))).toBe('2026-02-01');
  });

  it('a token is expired from its expiry on, and never without one', () => {
    const at = Date.parse('2026-07-01T12:00:00Z');
    expect(isExpired({ expires_at: '2026-07-01T12:00:00Z' }, at)).toBe(true);
    expect(isExpired({ expires_at: '2026-07-01T12:00:01Z' }, at)).toBe(false);
    expect(isExpired({}, at)).toBe(false);
  });
});
