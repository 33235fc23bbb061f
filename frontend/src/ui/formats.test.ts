import { describe, expect, it } from 'vitest';
import { dateFormat, formatDay, numberFormat } from './formats';

describe('formatters', () => {
  it('are made once for each locale and options, and format as Intl does', () => {
    const day = { day: 'numeric', month: 'short', timeZone: 'UTC' } as const;
    expect(dateFormat('fr', day)).toBe(dateFormat('fr', { ...day }));
    expect(dateFormat('fr', day)).not.toBe(dateFormat('en', day));
    expect(dateFormat('fr', day).format(new Date('2026-12-03T00:00:00Z'))).toBe('3 déc.');
    expect(numberFormat('fr')).toBe(numberFormat('fr', {}));
    expect(numberFormat('fr', { maximumFractionDigits: 1 }).format(9.5)).toBe('9,5');
  });

  it('write a calendar day as that day wherever the reader is, short, medium or long', () => {
    expect(formatDay('2026-12-03', 'en-GB', 'short')).toBe('3 Dec');
    expect(formatDay('2026-12-03', 'en-GB', 'medium')).toBe('3 Dec 2026');
    expect(formatDay('2026-12-03', 'fr', 'long')).toBe('3 décembre 2026');
    expect(formatDay('someday', 'en-GB', 'medium')).toBe('someday');
  });
});
