import type { TFunction } from 'i18next';
import type { HistoryItem } from './catalogApi';
import { formatDay, formatInstant, numberFormat } from '../ui/formats';

/** One field of a change, ready to read: "Status: Reading → Completed". */
export interface ChangeLine {
  field: string;
  label: string;
  before: string;
  after: string;
}

/** Fields a history shows, in the order the editor shows them; the content itself is the page's subject. */
const FIELD_ORDER = [
  'status',
  'last_chapter',
  'score',
  'started_on',
  'finished_on',
  'rereading',
  'reread_count',
  'favorite',
  'private',
  'reading_url',
  'tags',
  'notes',
  'updated_at',
];
const DATE_FIELDS = new Set(['started_on', 'finished_on']);

/** When a change happened, in the reader's language and time zone (undefined: the device's). */
export function formatMoment(at: string | undefined, language: string, timeZone: string | undefined): string {
  return at ? formatInstant(at, language, 'time', timeZone) : '';
}

export function formatValue(field: string, value: unknown, t: TFunction, language: string, timeZone?: string): string {
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) {
    return t('catalog:history.none');
  }
  if (field === 'status' && typeof value === 'string') {
    return t(`common:status.${value}`, { defaultValue: value });
  }
  if (DATE_FIELDS.has(field) && typeof value === 'string') {
    return formatDay(value, language, 'medium');
  }
  if (field === 'updated_at' && typeof value === 'string') {
    return formatInstant(value, language, 'time', timeZone);
  }
  if (typeof value === 'boolean') {
    return value ? t('catalog:history.yes') : t('catalog:history.no');
  }
  if (typeof value === 'number') {
    return numberFormat(language, { maximumFractionDigits: 1 }).format(value);
  }
  if (Array.isArray(value)) {
    return value.map(String).join(', ');
  }
  if (field === 'notes' && typeof value === 'string' && value.length > 60) {
    return `${value.slice(0, 60)}…`;
  }
  return String(value);
}

/**
 * The fields a change touched (a history record's, an imported row's), in the editor's order, each with its
 * translated name and values.
 */
export function describeChanges(
  item: { changes: HistoryItem['changes'] | null },
  t: TFunction,
  language: string,
  timeZone?: string,
): ChangeLine[] {
  const changes = item.changes ?? {};
  return Object.keys(changes)
    .filter((field) => field !== 'content')
    .sort((a, b) => rank(a) - rank(b))
    .map((field) => {
      const [before, after] = changes[field] ?? [];
      return {
        field,
        label: t(`catalog:field.${field}`, { defaultValue: field }),
        before: formatValue(field, before, t, language, timeZone),
        after: formatValue(field, after, t, language, timeZone),
      };
    });
}

function rank(field: string): number {
  const index = FIELD_ORDER.indexOf(field);
  return index === -1 ? FIELD_ORDER.length : index;
}

/**
 * Whether an undo has something to revert, as far as the page shown tells: a change still standing that is
 * neither the addition to the list nor an undo. On a later page, or with older changes on other pages, the
 * server decides.
 */
export function mayUndo(items: HistoryItem[], page: number, count: number): boolean {
  if (page !== 1 || count > items.length) {
    return true;
  }
  return items.some((item) => !item.undone && item.action !== 'create' && item.action !== 'undo');
}
