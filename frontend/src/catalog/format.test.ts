import { describe, expect, it } from 'vitest';
import { formatReleaseDays } from './format';

describe('release days', () => {
  it('are weekdays in full, listed as the reader’s language lists them', () => {
    expect(formatReleaseDays(['mon', 'thu'], 'en')).toBe('Monday and Thursday');
    expect(formatReleaseDays(['thu'], 'fr')).toBe('jeudi');
    expect(formatReleaseDays(['mon', 'wed', 'sat'], 'fr')).toBe('lundi, mercredi et samedi');
    expect(formatReleaseDays([], 'en')).toBe('');
  });
});
