import { describe, expect, it } from 'vitest';
import { intlLocale } from './intlLocale';

describe('the locale of dates and numbers', () => {
  it("takes the browser's variant of the interface's language, else the language itself", () => {
    expect(intlLocale('en', ['en-GB', 'fr-FR'])).toBe('en-GB');
    expect(intlLocale('fr', ['en-GB', 'fr-CA'])).toBe('fr-CA');
    expect(intlLocale('fr', ['en-GB'])).toBe('fr');
    expect(intlLocale('en', [])).toBe('en');
  });
});
