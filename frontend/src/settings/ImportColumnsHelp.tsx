import { useTranslation } from 'react-i18next';

/** A column of a spreadsheet the import reads: what it holds, and the headers that name it. */
interface ColumnHelp {
  name: string;
  headers: string;
}

/**
 * Which columns of a spreadsheet the import reads, and by which headers, folded under the introduction: a column
 * named otherwise is only said to be "not read" once the file is previewed, and the reader renames it then.
 */
export function ImportColumnsHelp() {
  const { t } = useTranslation('settings');
  const columns = t('import.columns.list', { returnObjects: true }) as ColumnHelp[];
  return (
    <details className="import-columns">
      <summary>{t('import.columns.summary')}</summary>
      <p className="muted">{t('import.columns.intro')}</p>
      <dl>
        {columns.map((column) => (
          <div key={column.name}>
            <dt>{column.name}</dt>
            <dd>{column.headers}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
