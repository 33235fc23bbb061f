import { dateFormat, numberFormat } from '../ui/formats';

/** A calendar date (`YYYY-MM-DD`) written out in the reader's language, as it is (no time zone shift). */
export function formatDay(date: string, language: string, style: 'short' | 'long'): string {
  const options: Intl.DateTimeFormatOptions =
    style === 'short' ? { day: 'numeric', month: 'short' } : { day: 'numeric', month: 'long', year: 'numeric' };
  return dateFormat(language, { ...options, timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}

export function formatNumber(value: number, language: string, fractionDigits = 0): string {
  return numberFormat(language, { maximumFractionDigits: fractionDigits }).format(value);
}
