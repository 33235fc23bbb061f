import { useTranslation } from 'react-i18next';
import type { Content } from '../api/client';
import { dateFormat } from '../ui/formats';

type Day = NonNullable<Content['release_days']>[number];
const DAY_INDEX: Record<Day, number> = { mon: 0, tue: 1, wed: 2, thu: 3, fri: 4, sat: 5, sun: 6 };

/**
 * Weekdays in full, as a list in the reader's language: "Monday and Thursday" or "lundi et jeudi" (short French
 * days read as words: "jeu." is a game).
 */
export function formatReleaseDays(days: Day[] | undefined, language: string): string {
  if (!days || days.length === 0) {
    return '';
  }
  const format = dateFormat(language, { weekday: 'long', timeZone: 'UTC' });
  // 2024-01-01 was a Monday
  const names = days.map((day) => format.format(new Date(Date.UTC(2024, 0, 1 + DAY_INDEX[day]))));
  return new Intl.ListFormat(language, { type: 'conjunction' }).format(names);
}

/** A language code as its name in the reader's language ("fr" → "French"), or the code itself. */
export function languageName(code: string | undefined, language: string): string {
  if (!code) {
    return '';
  }
  try {
    const name = new Intl.DisplayNames([language], { type: 'language' }).of(code);
    return name ? name.charAt(0).toLocaleUpperCase(language) + name.slice(1) : code;
  } catch {
    return code;
  }
}

/**
 * The locale for dates and numbers: the browser's own when it speaks the UI's language ("en-GB" for an English
 * UI in Britain, so 4 Mar 2026 rather than Mar 4, 2026), else the UI's language.
 */
export function displayLocale(language: string, preferred: readonly string[] = globalThis.navigator?.languages ?? []): string {
  const match = preferred.find((locale) => locale.toLowerCase().split('-')[0] === language.toLowerCase());
  return match ?? language;
}

export function useLocale(): string {
  const { i18n } = useTranslation();
  return displayLocale(i18n.language);
}
