import { useTranslation } from 'react-i18next';
import type { ImportReport, Outcome } from './transfer';

const COUNTS = ['created', 'updated', 'unchanged', 'unmatched', 'errors'] as const;

/** What an import did, or would do on a dry run: the counts, then each row with its outcome and messages. */
export function ImportReportTable({ report }: { report: ImportReport }) {
  const { t } = useTranslation('settings');
  return (
    <div className="import-report">
      <h3>{report.dry_run ? t('import.previewTitle') : t('import.resultTitle')}</h3>
      <p>
        {t('import.summary', { rows: report.rows ?? 0, format: report.format ?? '?' })}{' '}
        {COUNTS.map((key) => (
          <span key={key} className={`badge outcome-${key}`}>
            {t(`import.count.${key}`, { count: report[key] ?? 0 })}
          </span>
        ))}
      </p>
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('import.row')}</th>
              <th scope="col">{t('import.titleColumn')}</th>
              <th scope="col">{t('import.outcomeColumn')}</th>
              <th scope="col">{t('import.messages')}</th>
            </tr>
          </thead>
          <tbody>
            {(report.results ?? []).map((row, index) => (
              <tr key={`${row.row}-${index}`} className={row.outcome === 'error' ? 'row-error' : undefined}>
                <td>{row.row}</td>
                <td>{row.title}</td>
                <td>{row.outcome ? t(`import.outcome.${row.outcome satisfies Outcome}`) : ''}</td>
                <td>{row.messages?.join(' ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
