import { describe, expect, it } from 'vitest';
import { isoDateIn, timeZoneNames, weekdayIn } from './timeZone';

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
});
