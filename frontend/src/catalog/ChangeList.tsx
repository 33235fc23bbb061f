import { useTranslation } from 'react-i18next';
import { useLocale } from './format';
import { describeChanges } from './history';
import { useTimeZone } from '../preferences/useTimeZone';
import type { HistoryItem } from './catalogApi';

interface ChangeListProps {
  changes: HistoryItem['changes'] | null | undefined;
  /** The entry is new: each field has only the value it starts with (what it was "before" is the form's default). */
  added: boolean;
  className: string;
}

/** What a change did to an entry, field by field: "Score: 7 → 8", or "Score: 8" for an entry just added. */
export function ChangeList({ changes, added, className }: ChangeListProps) {
  const { t } = useTranslation(['catalog', 'common']);
  const locale = useLocale();
  const timeZone = useTimeZone();
  const lines = describeChanges({ changes: changes ?? null }, t, locale, timeZone);
  if (lines.length === 0) {
    return null;
  }
  return (
    <ul className={className}>
      {lines.map((line) => (
        <li key={line.field}>
          {added
            ? t('catalog:history.set', { field: line.label, value: line.after })
            : t('catalog:history.change', { field: line.label, before: line.before, after: line.after })}
        </li>
      ))}
    </ul>
  );
}
