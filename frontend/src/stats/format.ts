import { numberFormat } from '../ui/formats';

export function formatNumber(value: number, language: string, fractionDigits = 0): string {
  return numberFormat(language, { maximumFractionDigits: fractionDigits }).format(value);
}
