/**
 * Intl formatters, made once per locale and options: making one costs far more than using it (the statistics
 * page made one per bar and per table row: 115 ms of a phone's main thread under Lighthouse's slowdown).
 */
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

export function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return kept(dateFormats, locale, options, () => new Intl.DateTimeFormat(locale, options));
}

export function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  return kept(numberFormats, locale, options, () => new Intl.NumberFormat(locale, options));
}

/** What the language writes between a number's whole part and its fraction: "." in English, "," in French. */
export function decimalMark(locale: string): string {
  return numberFormat(locale).formatToParts(1.5).find((part) => part.type === 'decimal')?.value ?? '.';
}

const DAY_STYLES: Record<'short' | 'medium' | 'long', Intl.DateTimeFormatOptions> = {
  short: { day: 'numeric', month: 'short' }, // 3 Dec
  medium: { dateStyle: 'medium' }, // 3 Dec 2026
  long: { day: 'numeric', month: 'long', year: 'numeric' }, // 3 December 2026
};

/**
 * A calendar date (`YYYY-MM-DD`) in the reader's language, read as that day wherever the reader is (no time zone
 * shift); text that is not a date, as it is.
 */
export function formatDay(date: string, language: string, style: keyof typeof DAY_STYLES): string {
  const parsed = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime())) {
    return date;
  }
  return dateFormat(language, { ...DAY_STYLES[style], timeZone: 'UTC' }).format(parsed);
}

const MOMENT_STYLES: Record<'day' | 'time', Intl.DateTimeFormatOptions> = {
  day: { dateStyle: 'medium' }, // 3 Dec 2026
  time: { dateStyle: 'medium', timeStyle: 'short' }, // 3 Dec 2026, 14:05
};

/**
 * An instant (`2026-12-03T22:30:00Z`) in the reader's language and time zone: the day it was there, or that day
 * and the time. The zone is always given, so that no screen forgets it: the one in the reader's preferences
 * (`useTimeZone()`), undefined for the device's.
 */
export function formatInstant(at: string, language: string, style: keyof typeof MOMENT_STYLES, timeZone: string | undefined): string {
  return dateFormat(language, { ...MOMENT_STYLES[style], timeZone }).format(new Date(at));
}

function kept<F>(formats: Map<string, F>, locale: string, options: object, make: () => F): F {
  const key = `${locale} ${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = make();
    formats.set(key, format);
  }
  return format;
}
